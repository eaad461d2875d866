package vn.lienthong.notification.entity;

/** What a unit is told about a meeting. */
public enum NotificationKind {
    /** The meeting is approved and the unit invited (also when a change adds the unit). */
    INVITED,
    /** An approved meeting the unit is invited to changed its time, place, agenda, chair or invitation. */
    CHANGED,
    /** A change of an approved meeting no longer invites the unit. */
    UNINVITED,
    /** An approved meeting was called off; the notification carries the reason. */
    CANCELLED
}
