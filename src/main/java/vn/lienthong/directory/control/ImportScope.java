package vn.lienthong.directory.control;

/**
 * Which stored units a unit list speaks for, and may therefore close when it does not name them.
 */
public enum ImportScope {
    /** The list covers only the provinces (level-1 units) it names; units of other provinces are left alone. */
    PROVINCES,
    /** The list is the whole country: every unit it does not name has ceased to exist. */
    FULL
}
