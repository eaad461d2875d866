package vn.lienthong.live.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A delegate's line in the roll call: one of the persons a unit named in its answer, by their place in that list,
 * with the name copied (the unit may answer again later). Only the secretariat sets it, with the unit's rules: absent
 * needs a reason, represented needs a representative.
 */
@Entity
@Table(name = "live_attendance_person")
@IdClass(PersonKey.class)
public class PersonAttendance {

    @Id
    @Column(name = "meeting_id")
    private long meetingId;

    @Id
    @Column(name = "unit_code")
    private String unitCode;

    @Id
    private int ordinal;

    @Column(name = "person_name")
    private String personName;

    @Enumerated(EnumType.STRING)
    private AttendanceState state;

    private String reason;

    @Column(name = "represented_by")
    private String representedBy;

    @Column(name = "set_by")
    private String setBy;

    @Column(name = "set_at")
    private Instant setAt;

    protected PersonAttendance() {
    }

    public PersonAttendance(long meetingId, String unitCode, int ordinal, String personName) {
        this.meetingId = meetingId;
        this.unitCode = unitCode;
        this.ordinal = ordinal;
        this.personName = personName;
    }

    public void declare(AttendanceState given, String reason, String representedBy, String by, Instant now) {
        Attendance.Texts texts = Attendance.Texts.checked(given, reason, representedBy);
        this.state = given;
        this.reason = texts.reason();
        this.representedBy = texts.representedBy();
        this.setBy = by;
        this.setAt = now;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getPersonName() {
        return personName;
    }

    public AttendanceState getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public String getRepresentedBy() {
        return representedBy;
    }
}
