package vn.lienthong.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document attached to a meeting. Its bytes are stored apart, in chunks, while they arrive; the document learns
 * its size and checksum only once all of them are in, through {@link #received}.
 */
@Entity
@Table(name = "meeting_document")
public class MeetingDocument {

    public static final int MAX_NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id")
    private long meetingId;

    private String name;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected MeetingDocument() {
    }

    public MeetingDocument(long meetingId, String name, String contentType, String uploadedBy, Instant uploadedAt) {
        this.meetingId = meetingId;
        this.name = name;
        this.contentType = contentType;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.sha256 = "";
    }

    /** Records what was received: the number of bytes and their hex SHA-256. */
    public void received(long size, String sha256) {
        if (size <= 0 || sha256.length() != 64) {
            throw new IllegalArgumentException("a document has bytes and a SHA-256 of 64 hex digits");
        }
        this.size = size;
        this.sha256 = sha256;
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
