package vn.lienthong.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a meeting's minutes, as it was saved; written once and never changed. */
@Entity
@Table(name = "minutes_version")
public class MinutesVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id")
    private long meetingId;

    private int number;

    @Enumerated(EnumType.STRING)
    private VersionKind kind;

    private String author;

    @Column(name = "author_unit")
    private String authorUnit;

    @Column(name = "saved_at")
    private Instant savedAt;

    private String content;

    private String sha256;

    private String reason;

    @Column(name = "based_on")
    private Integer basedOn;

    protected MinutesVersion() {
    }

    MinutesVersion(long meetingId, int number, VersionKind kind, Author author, String content, String sha256,
                   String reason, Integer basedOn) {
        this.meetingId = meetingId;
        this.number = number;
        this.kind = kind;
        this.author = author.username();
        this.authorUnit = author.unitCode();
        this.savedAt = author.at();
        this.content = content;
        this.sha256 = sha256;
        this.reason = reason;
        this.basedOn = basedOn;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public int getNumber() {
        return number;
    }

    public VersionKind getKind() {
        return kind;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorUnit() {
        return authorUnit;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    /** The normalised JSON of the minutes. */
    public String getContent() {
        return content;
    }

    /** The stored hash of a locked version; {@code null} for drafts. */
    public String getSha256() {
        return sha256;
    }

    public String getReason() {
        return reason;
    }

    public Integer getBasedOn() {
        return basedOn;
    }

    public boolean isLocked() {
        return kind.isLocked();
    }
}
