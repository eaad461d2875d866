package vn.lienthong.scheduling.control;

import java.time.Instant;

/**
 * One reason a booking cannot take place as planned, naming the other meeting involved.
 *
 * @param pointId   the meeting point in both meetings ({@link Kind#POINT}), otherwise {@code null}
 * @param unit      the code of the unit that point belongs to, when known
 * @param meetingId the other meeting; {@code null} only for a {@link Kind#CAPACITY} conflict of a booking that
 *                  alone needs more ports than the bridge has, whose title and times are then the booking's own
 * @param start     the other meeting's start as booked (without the readiness buffer)
 */
public record Conflict(Kind kind, Long pointId, String unit, Long meetingId, String title, Instant start,
        Instant end) {

    public enum Kind {
        /** A meeting point is booked for two meetings at once, readiness time included. */
        POINT,
        /** The same person chairs two meetings at once. */
        CHAIR,
        /** Together the meetings connected at one instant need more ports than the bridge (MCU) has. */
        CAPACITY
    }
}
