package vn.lienthong.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What one unit was told about one meeting, with the meeting as it stood then. Rows are written set-based by
 * {@code Announcements}, one statement per kind for all units at once; here they are only read and marked read.
 * Read is per unit: whichever of its users reads it, it is read for all of them.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private Long id;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "meeting_id")
    private long meetingId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private String title;

    @Column(name = "starts_at")
    private Instant start;

    @Column(name = "ends_at")
    private Instant end;

    @Column(name = "host_unit")
    private String hostUnit;

    @Column(name = "host_name")
    private String hostName;

    private String reason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "read_by")
    private String readBy;

    protected Notification() {
    }

    /** Marks it read for its unit; the first reader is kept. */
    public void markRead(String username, Instant at) {
        if (readAt == null) {
            readAt = at;
            readBy = username;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStart() {
        return start;
    }

    public Instant getEnd() {
        return end;
    }

    public String getHostUnit() {
        return hostUnit;
    }

    public String getHostName() {
        return hostName;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
