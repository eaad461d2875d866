package vn.lienthong.live.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import vn.lienthong.platform.problem.ProblemException;

/**
 * How one meeting point stands in one meeting: what its technician reported after the checks (READY, or PROBLEM
 * with a note saying what is wrong) and whether it is connected, since when it was last heard of and who says so.
 */
@Entity
@Table(name = "live_point")
@IdClass(PointKey.class)
public class PointStatus {

    public static final int MAX_NOTE_LENGTH = 500;

    @Id
    @Column(name = "meeting_id")
    private long meetingId;

    @Id
    @Column(name = "point_id")
    private long pointId;

    @Column(name = "unit_code")
    private String unitCode;

    @Enumerated(EnumType.STRING)
    private Readiness readiness;

    @Column(name = "checks_json")
    private String checksJson;

    private String note;

    @Column(name = "checked_by")
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Enumerated(EnumType.STRING)
    private Connection connection = Connection.OFFLINE;

    @Enumerated(EnumType.STRING)
    @Column(name = "connection_source")
    private Connection.Source source;

    @Column(name = "last_seen")
    private Instant lastSeen;

    @Enumerated(EnumType.STRING)
    @Column(name = "media_state")
    private MediaLink media;

    @Column(name = "media_packet_loss")
    private Double packetLoss;

    @Column(name = "media_at")
    private Instant mediaAt;

    @Column(name = "media_check_by")
    private String mediaCheckBy;

    @Column(name = "media_check_at")
    private Instant mediaCheckAt;

    protected PointStatus() {
    }

    public PointStatus(long meetingId, long pointId, String unitCode) {
        this.meetingId = meetingId;
        this.pointId = pointId;
        this.unitCode = unitCode;
    }

    /**
     * Records the technician's report, replacing the previous one.
     *
     * @param checksJson the checks as a JSON object of booleans, already validated
     */
    public void report(Readiness status, String checksJson, String note, String by, Instant now) {
        if (status == null) {
            throw ProblemException.invalid("status", "live.readinessRequired");
        }
        String given = note == null || note.isBlank() ? null : note.strip();
        if (status == Readiness.PROBLEM && given == null) {
            throw ProblemException.invalid("note", "live.problemNoteRequired");
        }
        if (given != null && given.length() > MAX_NOTE_LENGTH) {
            throw ProblemException.invalid("note", "live.noteTooLong", MAX_NOTE_LENGTH);
        }
        this.readiness = status;
        this.checksJson = checksJson;
        this.note = given;
        this.checkedBy = by;
        this.checkedAt = now;
    }

    /**
     * The point is heard of: it is ONLINE from now on, last seen now.
     *
     * @return whether it was offline before (a join)
     */
    public boolean heard(Connection.Source from, Instant now) {
        boolean joined = connection != Connection.ONLINE;
        connection = Connection.ONLINE;
        source = from;
        lastSeen = now;
        return joined;
    }

    /** @return whether it was online before (a leave) */
    public boolean lost(Connection.Source from, Instant now) {
        boolean left = connection == Connection.ONLINE;
        connection = Connection.OFFLINE;
        source = from;
        if (from == Connection.Source.INTEGRATION) {
            lastSeen = now;
        }
        return left;
    }

    /** Whether a browser point has been silent for longer than {@code silence} at {@code now}. */
    public boolean isSilent(Duration silence, Instant now) {
        return connection == Connection.ONLINE && source == Connection.Source.BROWSER
                && (lastSeen == null || lastSeen.plus(silence).isBefore(now));
    }

    /**
     * Records what the point's browser says of its media path; packet loss is a percentage (0-100) or unknown.
     *
     * @return whether the wall should hear of it: the state changed, or the loss moved by a point or more since
     *         the wall last heard of it
     */
    public boolean mediaReported(MediaLink state, Double loss, Instant now) {
        if (state == null) {
            throw ProblemException.invalid("state", "live.mediaStateRequired");
        }
        if (loss != null && (loss.isNaN() || loss < 0 || loss > 100)) {
            throw ProblemException.invalid("packetLoss", "live.packetLossRange");
        }
        Double rounded = loss == null ? null : Math.round(loss * 100) / 100.0;
        boolean notable = state != media || (rounded == null) != (packetLoss == null)
                || rounded != null && Math.round(Math.abs(rounded - packetLoss) * 100) >= 100;
        mediaAt = now;
        if (notable) {
            // the loss kept is the one the wall was told of, so that a slow drift is noticed too
            media = state;
            packetLoss = rounded;
        }
        return notable;
    }

    /** The secretariat asks the point to publish its camera and microphone for a check. */
    public void mediaCheckAsked(String by, Instant now) {
        mediaCheckBy = by;
        mediaCheckAt = now;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getPointId() {
        return pointId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public Readiness getReadiness() {
        return readiness;
    }

    public String getChecksJson() {
        return checksJson;
    }

    public String getNote() {
        return note;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public Connection getConnection() {
        return connection;
    }

    public Connection.Source getSource() {
        return source;
    }

    public Instant getLastSeen() {
        return lastSeen;
    }

    public MediaLink getMedia() {
        return media;
    }

    public Double getPacketLoss() {
        return packetLoss;
    }

    public Instant getMediaAt() {
        return mediaAt;
    }

    public String getMediaCheckBy() {
        return mediaCheckBy;
    }

    public Instant getMediaCheckAt() {
        return mediaCheckAt;
    }
}
