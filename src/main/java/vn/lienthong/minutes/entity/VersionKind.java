package vn.lienthong.minutes.entity;

/** How a version came about. FINAL and AMENDMENT versions are locked and hashed. */
public enum VersionKind {
    SAVE, RESTORE, FINAL, AMENDMENT;

    public boolean isLocked() {
        return this == FINAL || this == AMENDMENT;
    }
}
