package vn.lienthong.live.entity;

/** What a point's technician reports after checking the equipment. */
public enum Readiness {
    READY, PROBLEM
}
