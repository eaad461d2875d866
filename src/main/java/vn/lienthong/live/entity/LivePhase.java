package vn.lienthong.live.entity;

/**
 * Where a live meeting stands: {@code SCHEDULED -> READINESS -> LIVE -> ENDED}, and {@code CANCELLED} when the
 * meeting is cancelled before it ends. READINESS opens by itself a set time before the start; LIVE and ENDED are
 * a person's decision. The transitions are {@link LiveMeeting}'s methods.
 */
public enum LivePhase {
    SCHEDULED, READINESS, LIVE, ENDED, CANCELLED;

    /** Whether nothing changes any more. */
    public boolean isOver() {
        return this == ENDED || this == CANCELLED;
    }
}
