package vn.lienthong.scheduling.control;

import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * When a meeting takes place, in Asia/Ho_Chi_Minh whatever offset the request used; stored as instants.
 */
public record MeetingSlot(ZonedDateTime start, ZonedDateTime end) {

    public Duration duration() {
        return Duration.between(start, end);
    }
}
