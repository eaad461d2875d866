package vn.lienthong.scheduling.boundary;

/** Fired when a document whose text is to be read has been stored; observed after the commit. */
public record DocumentStored(long meetingId, long documentId) {
}
