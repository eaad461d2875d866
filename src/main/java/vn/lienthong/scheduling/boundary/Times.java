package vn.lienthong.scheduling.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import vn.lienthong.scheduling.control.MeetingTimes;

/** Instants as the API writes them: ISO-8601 in Vietnamese time, e.g. {@code 2031-03-10T08:00:00+07:00}. */
final class Times {

    private Times() {
    }

    static OffsetDateTime vietnam(Instant instant) {
        return instant == null ? null : instant.atZone(MeetingTimes.VIETNAM).toOffsetDateTime();
    }
}
