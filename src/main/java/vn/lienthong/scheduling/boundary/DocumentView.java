package vn.lienthong.scheduling.boundary;

import java.time.OffsetDateTime;
import vn.lienthong.scheduling.entity.DocumentPurpose;
import vn.lienthong.scheduling.entity.MeetingDocument;
import vn.lienthong.scheduling.entity.TextStatus;

/**
 * A meeting document as the API lists it; its bytes are read from its own address. {@code purpose}: one of the
 * meeting's papers or a signed scan of its minutes; {@code textStatus}: whether its text was read for the search.
 */
public record DocumentView(long id, String name, String contentType, long size, String sha256, String uploadedBy,
        OffsetDateTime uploadedAt, DocumentPurpose purpose, TextStatus textStatus) {

    static DocumentView of(MeetingDocument document) {
        return new DocumentView(document.getId(), document.getName(), document.getContentType(), document.getSize(),
                document.getSha256(), document.getUploadedBy(), Times.vietnam(document.getUploadedAt()),
                document.getPurpose(), document.getTextStatus());
    }
}
