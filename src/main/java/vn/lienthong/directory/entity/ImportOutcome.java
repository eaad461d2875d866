package vn.lienthong.directory.entity;

/** The counts an import ends with: units created, changed (a new version), closed, left as they were, and rows rejected. */
public record ImportOutcome(int created, int changed, int closed, int unchanged, int rejected) {
}
