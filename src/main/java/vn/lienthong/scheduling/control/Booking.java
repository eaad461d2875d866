package vn.lienthong.scheduling.control;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A meeting as the conflict checks see it: when it runs, which meeting points it connects and who chairs it.
 *
 * @param meetingId the stored meeting; for a meeting not stored yet any id no stored meeting has, e.g. 0
 * @param pointIds  the meeting points connected, the host's included
 * @param chair     the chair's username, or {@code null} when the chair is not a user of the system
 */
public record Booking(long meetingId, String title, Instant start, Instant end, Set<Long> pointIds, String chair) {

    public Booking {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        // a HashSet, not Set.copyOf: the immutable sets probe linearly, and point ids are sequential database
        // keys, which pile up into long runs there and made checking a national meeting some fifty times slower
        pointIds = pointIds == null ? Set.of() : Collections.unmodifiableSet(new HashSet<>(pointIds));
    }
}
