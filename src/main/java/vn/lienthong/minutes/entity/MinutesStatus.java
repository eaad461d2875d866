package vn.lienthong.minutes.entity;

/** Where minutes stand: written and rewritten, locked by the chair, or locked and since corrected. */
public enum MinutesStatus {
    DRAFT, FINAL, AMENDED;

    public boolean isLocked() {
        return this != DRAFT;
    }
}
