package vn.lienthong.live.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One numbered change of a live meeting as it was pushed: kept so that a client that missed it can replay it. */
@Entity
@Table(name = "live_event")
@IdClass(EventKey.class)
@NamedQuery(name = LiveEvent.AFTER, query = "SELECT e FROM LiveEvent e WHERE e.meetingId = :meeting"
        + " AND e.seq > :after AND e.seq <= :upTo ORDER BY e.seq")
public class LiveEvent {

    public static final String AFTER = "LiveEvent.after";

    @Id
    @Column(name = "meeting_id")
    private long meetingId;

    @Id
    private long seq;

    private String type;

    private String data;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected LiveEvent() {
    }

    public LiveEvent(long meetingId, long seq, String type, String data, Instant occurredAt) {
        this.meetingId = meetingId;
        this.seq = seq;
        this.type = type;
        this.data = data;
        this.occurredAt = occurredAt;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getSeq() {
        return seq;
    }

    public String getType() {
        return type;
    }

    public String getData() {
        return data;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
