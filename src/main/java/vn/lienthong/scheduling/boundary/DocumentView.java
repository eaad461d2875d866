package vn.lienthong.scheduling.boundary;

import java.time.OffsetDateTime;
import vn.lienthong.scheduling.entity.MeetingDocument;

/** A meeting document as the API lists it; its bytes are read from its own address. */
public record DocumentView(long id, String name, String contentType, long size, String sha256, String uploadedBy,
        OffsetDateTime uploadedAt) {

    static DocumentView of(MeetingDocument document) {
        return new DocumentView(document.getId(), document.getName(), document.getContentType(), document.getSize(),
                document.getSha256(), document.getUploadedBy(), Times.vietnam(document.getUploadedAt()));
    }
}
