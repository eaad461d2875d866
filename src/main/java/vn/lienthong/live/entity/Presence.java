package vn.lienthong.live.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stay of a unit's point in a live meeting: from its join to its leave (open while it is connected). */
@Entity
@Table(name = "live_presence")
@NamedQuery(name = Presence.OPEN, query = "SELECT p FROM Presence p WHERE p.meetingId = :meeting"
        + " AND p.pointId = :point AND p.leftAt IS NULL")
@NamedQuery(name = Presence.OF_MEETING, query = "SELECT p FROM Presence p WHERE p.meetingId = :meeting"
        + " ORDER BY p.unitCode, p.joinedAt")
public class Presence {

    public static final String OPEN = "Presence.open";
    public static final String OF_MEETING = "Presence.ofMeeting";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id")
    private long meetingId;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "point_id")
    private long pointId;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected Presence() {
    }

    public Presence(long meetingId, String unitCode, long pointId, Instant joinedAt) {
        this.meetingId = meetingId;
        this.unitCode = unitCode;
        this.pointId = pointId;
        this.joinedAt = joinedAt;
    }

    /** Closes the stay at {@code now}, or at its start when {@code now} is earlier (a point last heard before). */
    public void leave(Instant now) {
        if (leftAt == null) {
            leftAt = now.isBefore(joinedAt) ? joinedAt : now;
        }
    }

    public Stay stay() {
        return new Stay(joinedAt, leftAt);
    }

    public String getUnitCode() {
        return unitCode;
    }

    public long getPointId() {
        return pointId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }
}
