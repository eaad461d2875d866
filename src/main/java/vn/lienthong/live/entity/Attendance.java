package vn.lienthong.live.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.lienthong.platform.problem.ProblemException;

/**
 * A unit's line in the roll call. The unit's point joining the live meeting marks it present online by itself
 * ({@link #automatic}); the secretariat's word ({@link #override}) wins over that and is never undone by a point
 * joining or leaving. Absent needs a reason, represented needs the name of whoever represents the unit.
 */
@Entity
@Table(name = "live_attendance")
@IdClass(AttendanceKey.class)
public class Attendance {

    public static final int MAX_TEXT_LENGTH = 500;
    public static final int MAX_REPRESENTATIVE_LENGTH = 200;

    @Id
    @Column(name = "meeting_id")
    private long meetingId;

    @Id
    @Column(name = "unit_code")
    private String unitCode;

    @Enumerated(EnumType.STRING)
    private AttendanceState state;

    private String reason;

    @Column(name = "represented_by")
    private String representedBy;

    private boolean auto;

    @Column(name = "set_by")
    private String setBy;

    @Column(name = "set_at")
    private Instant setAt;

    protected Attendance() {
    }

    private Attendance(long meetingId, String unitCode) {
        this.meetingId = meetingId;
        this.unitCode = unitCode;
    }

    /** The unit's point joined the live meeting. */
    public static Attendance automatic(long meetingId, String unitCode, Instant now) {
        Attendance attendance = new Attendance(meetingId, unitCode);
        attendance.state = AttendanceState.PRESENT_ONLINE;
        attendance.auto = true;
        attendance.setBy = "system";
        attendance.setAt = now;
        return attendance;
    }

    public static Attendance declared(long meetingId, String unitCode) {
        return new Attendance(meetingId, unitCode);
    }

    /** The secretariat's word on the unit. */
    public void override(AttendanceState given, String reason, String representedBy, String by, Instant now) {
        Texts texts = Texts.checked(given, reason, representedBy);
        this.state = given;
        this.reason = texts.reason();
        this.representedBy = texts.representedBy();
        this.auto = false;
        this.setBy = by;
        this.setAt = now;
    }

    /** The checked free texts of an attendance: a reason for absence, a representative's name. */
    record Texts(String reason, String representedBy) {

        static Texts checked(AttendanceState state, String reason, String representedBy) {
            if (state == null) {
                throw ProblemException.invalid("state", "live.attendanceStateRequired");
            }
            String why = blankToNull(reason);
            String who = blankToNull(representedBy);
            if (state == AttendanceState.ABSENT && why == null) {
                throw ProblemException.invalid("reason", "live.absenceReasonRequired");
            }
            if (state == AttendanceState.REPRESENTED && who == null) {
                throw ProblemException.invalid("representedBy", "live.representativeRequired");
            }
            if (why != null && why.length() > MAX_TEXT_LENGTH) {
                throw ProblemException.invalid("reason", "live.reasonTooLong", MAX_TEXT_LENGTH);
            }
            if (who != null && who.length() > MAX_REPRESENTATIVE_LENGTH) {
                throw ProblemException.invalid("representedBy", "live.representativeTooLong",
                        MAX_REPRESENTATIVE_LENGTH);
            }
            return new Texts(state == AttendanceState.ABSENT ? why : null,
                    state == AttendanceState.REPRESENTED ? who : null);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    public boolean isPresent() {
        return state.isPresent();
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getUnitCode() {
        return unitCode;
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

    public boolean isAuto() {
        return auto;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
