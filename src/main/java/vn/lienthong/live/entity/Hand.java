package vn.lienthong.live.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.lienthong.platform.problem.ProblemException;

/** A unit's request to speak, with an optional topic; the queue is the order of raising. */
@Entity
@Table(name = "live_hand")
@NamedQuery(name = Hand.QUEUE, query = "SELECT h FROM Hand h WHERE h.meetingId = :meeting ORDER BY h.id")
@NamedQuery(name = Hand.OF_UNIT, query = "SELECT h FROM Hand h WHERE h.meetingId = :meeting AND h.unitCode = :unit")
public class Hand {

    public static final String QUEUE = "Hand.queue";
    public static final String OF_UNIT = "Hand.ofUnit";
    public static final int MAX_TOPIC_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id")
    private long meetingId;

    @Column(name = "unit_code")
    private String unitCode;

    private String topic;

    @Column(name = "raised_by")
    private String raisedBy;

    @Column(name = "raised_at")
    private Instant raisedAt;

    protected Hand() {
    }

    public Hand(long meetingId, String unitCode, String topic, String raisedBy, Instant raisedAt) {
        String given = topic == null || topic.isBlank() ? null : topic.strip();
        if (given != null && given.length() > MAX_TOPIC_LENGTH) {
            throw ProblemException.invalid("topic", "live.topicTooLong", MAX_TOPIC_LENGTH);
        }
        this.meetingId = meetingId;
        this.unitCode = unitCode;
        this.topic = given;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getTopic() {
        return topic;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }
}
