package vn.lienthong.scheduling.entity;

/**
 * What a meeting document is for: one of the meeting's papers (reports, slides, letters), or a signed scan of its
 * locked minutes, which is accepted only as a PDF or an image.
 */
public enum DocumentPurpose {
    DOCUMENT, SIGNED_MINUTES
}
