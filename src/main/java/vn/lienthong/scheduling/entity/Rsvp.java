package vn.lienthong.scheduling.entity;

/** An invited unit's answer. */
public enum Rsvp {
    PENDING, ATTENDING, DECLINED
}
