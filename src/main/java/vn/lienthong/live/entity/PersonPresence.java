package vn.lienthong.live.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One stay of a delegate in a meeting: from the secretariat checking them in (or marking them present) to checking
 * them out (or marking them absent, or the meeting ending); open while they are in.
 */
@Entity
@Table(name = "live_person_presence")
@NamedQuery(name = PersonPresence.OPEN, query = "SELECT p FROM PersonPresence p WHERE p.meetingId = :meeting"
        + " AND p.unitCode = :unit AND p.ordinal = :ordinal AND p.checkedOutAt IS NULL")
@NamedQuery(name = PersonPresence.OPEN_IN_MEETING, query = "SELECT p FROM PersonPresence p"
        + " WHERE p.meetingId = :meeting AND p.checkedOutAt IS NULL")
@NamedQuery(name = PersonPresence.OF_MEETING, query = "SELECT p FROM PersonPresence p WHERE p.meetingId = :meeting"
        + " ORDER BY p.unitCode, p.ordinal, p.checkedInAt")
public class PersonPresence {

    public static final String OPEN = "PersonPresence.open";
    public static final String OPEN_IN_MEETING = "PersonPresence.openInMeeting";
    public static final String OF_MEETING = "PersonPresence.ofMeeting";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id")
    private long meetingId;

    @Column(name = "unit_code")
    private String unitCode;

    private int ordinal;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_in_by")
    private String checkedInBy;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    @Column(name = "checked_out_by")
    private String checkedOutBy;

    protected PersonPresence() {
    }

    public PersonPresence(long meetingId, String unitCode, int ordinal, String by, Instant now) {
        this.meetingId = meetingId;
        this.unitCode = unitCode;
        this.ordinal = ordinal;
        this.checkedInBy = by;
        this.checkedInAt = now;
    }

    public void checkOut(String by, Instant now) {
        if (checkedOutAt == null) {
            checkedOutAt = now.isBefore(checkedInAt) ? checkedInAt : now;
            checkedOutBy = by;
        }
    }

    public String getUnitCode() {
        return unitCode;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public Instant getCheckedOutAt() {
        return checkedOutAt;
    }

    public Stay stay() {
        return new Stay(checkedInAt, checkedOutAt);
    }
}
