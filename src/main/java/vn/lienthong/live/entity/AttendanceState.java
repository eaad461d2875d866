package vn.lienthong.live.entity;

/** A unit's (or person's) place in the roll call. */
public enum AttendanceState {
    PRESENT_ONLINE, PRESENT_ROOM, ABSENT, REPRESENTED;

    /** Whether the unit counts as present: online, in the room, or through whoever represents it. */
    public boolean isPresent() {
        return this != ABSENT;
    }
}
