package vn.lienthong.scheduling.entity;

/**
 * Where the reading of a document's text stands. A PDF starts {@code PENDING} and is read once after its upload
 * commits: {@code EXTRACTED} with its text (searchable), {@code NONE} when it has no text layer (a scan), or
 * {@code FAILED} when it cannot be read (the upload stays). Other types have no text read out: {@code NONE}.
 */
public enum TextStatus {
    PENDING, EXTRACTED, NONE, FAILED
}
