package vn.lienthong.scheduling.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document attached to a meeting. Its bytes are stored apart, in chunks, while they arrive; the document learns
 * its size and checksum only once all of them are in, through {@link #received}. The text of a PDF is read out
 * after the upload commits and recorded once ({@link #textRead}); only {@code EXTRACTED} documents have text.
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

    @Enumerated(EnumType.STRING)
    private DocumentPurpose purpose = DocumentPurpose.DOCUMENT;

    @Enumerated(EnumType.STRING)
    @Column(name = "text_status")
    private TextStatus textStatus = TextStatus.PENDING;

    /** Up to megabytes of text, read only for the search index: not loaded with the list of documents. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "text_content")
    private String textContent;

    protected MeetingDocument() {
    }

    /** @param hasText whether its text is to be read out (a PDF): {@code PENDING}; otherwise {@code NONE} */
    public MeetingDocument(long meetingId, String name, String contentType, DocumentPurpose purpose,
                           boolean hasText, String uploadedBy, Instant uploadedAt) {
        this.purpose = purpose;
        this.textStatus = hasText ? TextStatus.PENDING : TextStatus.NONE;
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

    /**
     * Records the text read out of the document: {@code EXTRACTED} with non-blank text, or {@code NONE} or
     * {@code FAILED} without. The text is read once: a document no longer {@code PENDING} keeps what it has.
     *
     * @return whether the result was recorded
     */
    public boolean textRead(TextStatus status, String text) {
        if (textStatus != TextStatus.PENDING || status == TextStatus.PENDING) {
            return false;
        }
        if (status == TextStatus.EXTRACTED && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("extracted text is not blank");
        }
        this.textStatus = status;
        this.textContent = status == TextStatus.EXTRACTED ? text : null;
        return true;
    }

    public DocumentPurpose getPurpose() {
        return purpose;
    }

    public TextStatus getTextStatus() {
        return textStatus;
    }

    public String getTextContent() {
        return textContent;
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
