package vn.lienthong.scheduling.entity;

/** What sort of meeting is booked. */
public enum MeetingKind {
    /** An online conference across the levels: province, districts, communes (hội nghị trực tuyến). */
    CONFERENCE,
    /** A unit's own meeting (cuộc họp). */
    MEETING,
    /** A working session with some units (buổi làm việc). */
    WORKING_SESSION
}
