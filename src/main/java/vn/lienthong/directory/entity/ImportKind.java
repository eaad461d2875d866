package vn.lienthong.directory.entity;

/** What a CSV file holds. */
public enum ImportKind {
    /** A unit list ({@code code,name,type,parent_code,level}): the state of the units on one day. */
    UNITS,
    /** A succession table (old unit -> new unit) from a reorganisation. */
    SUCCESSIONS
}
