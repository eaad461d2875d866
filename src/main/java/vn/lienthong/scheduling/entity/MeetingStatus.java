package vn.lienthong.scheduling.entity;

/**
 * Where a meeting stands: {@code DRAFT -> SUBMITTED -> APPROVED | REJECTED}, and {@code CANCELLED} from any of
 * them. The transitions themselves are {@link Meeting}'s methods.
 */
public enum MeetingStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, CANCELLED;

    /**
     * Whether a meeting in this state holds its meeting points, its chair and its bridge ports. A draft does too:
     * a booking reserves from the moment it is made, first come first served, so two offices never plan on the
     * same room at the same time.
     */
    public boolean holdsResources() {
        return this == DRAFT || this == SUBMITTED || this == APPROVED;
    }

    /** Whether the meeting's content and times may still change. */
    public boolean isChangeable() {
        return holdsResources();
    }
}
