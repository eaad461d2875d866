package vn.lienthong.scheduling.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.platform.problem.ProblemException;

/**
 * A unit invited to a meeting, with its name as the directory gave it on the meeting date (a unit renamed or
 * merged later keeps the name of that day here) and the meeting point it joins from. Created and changed only
 * through its {@link Meeting}, except for the unit's answer (RSVP), which only {@link #answer} gives: ATTENDING
 * with up to {@value #MAX_DELEGATES} delegates, or DECLINED with a reason, while the meeting is still on and
 * before its answer deadline. A later answer replaces the earlier one, delegates included.
 */
@Entity
@Table(name = "invitation")
@IdClass(InvitationKey.class)
public class Invitation {

    public static final int MAX_DELEGATES = 20;
    public static final int MAX_REASON_LENGTH = 500;

    /** How a deadline reads in a message, in either language: Vietnamese time, as a clerk reads the clock. */
    private static final DateTimeFormatter DEADLINE_FORMAT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Id
    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "unit_level")
    private int unitLevel;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "point_id")
    private Long pointId;

    @Enumerated(EnumType.STRING)
    private Rsvp rsvp = Rsvp.PENDING;

    @Column(name = "rsvp_reason")
    private String reason;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @ElementCollection
    @CollectionTable(name = "invitation_delegate", joinColumns = {
            @JoinColumn(name = "meeting_id", referencedColumnName = "meeting_id"),
            @JoinColumn(name = "unit_code", referencedColumnName = "unit_code")})
    @OrderColumn(name = "ordinal")
    private List<Delegate> delegates = new ArrayList<>();

    protected Invitation() {
    }

    Invitation(Meeting meeting, Invitee invitee) {
        this.meeting = meeting;
        this.unitCode = invitee.unitCode();
        describe(invitee);
    }

    /** Takes the unit's name and point for a changed meeting; the unit's answer stays. */
    final void describe(Invitee invitee) {
        if (!invitee.unitCode().equals(unitCode)) {
            throw new IllegalArgumentException("invitation of " + unitCode + " cannot describe " + invitee.unitCode());
        }
        this.unitName = invitee.unitName();
        this.unitLevel = invitee.level();
        this.parentCode = invitee.parentCode();
        this.pointId = invitee.pointId();
    }

    /**
     * Records the unit's answer, replacing any earlier one.
     *
     * @param answer     {@code ATTENDING} or {@code DECLINED}
     * @param reason     required when declining; an optional note otherwise
     * @param delegates  who attends, in order; none when declining
     * @param answeredBy the username of whoever answers for the unit
     * @param now        when the answer is given, checked against the meeting's deadline
     */
    public void answer(Rsvp answer, String reason, List<Delegate> delegates, String answeredBy, Instant now) {
        if (answer == null || answer == Rsvp.PENDING) {
            throw ProblemException.invalid("answer", "rsvp.answerRequired");
        }
        if (!meeting.getStatus().holdsResources()) {
            throw ProblemException.conflict("rsvp.meetingClosed", meeting.getStatus().name());
        }
        if (meeting.getStatus() != MeetingStatus.APPROVED) {
            throw ProblemException.conflict("rsvp.notApproved", meeting.getStatus().name());
        }
        if (now.isAfter(meeting.getAnswerDeadline())) {
            throw ProblemException.conflict("rsvp.deadlinePassed", DEADLINE_FORMAT.format(meeting.getAnswerDeadline()));
        }
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        if (answer == Rsvp.DECLINED && given == null) {
            throw ProblemException.invalid("reason", "rsvp.reasonRequired");
        }
        if (given != null && given.length() > MAX_REASON_LENGTH) {
            throw ProblemException.invalid("reason", "rsvp.reasonTooLong", MAX_REASON_LENGTH);
        }
        List<Delegate> sent = delegates == null ? List.of() : List.copyOf(delegates);
        if (answer == Rsvp.DECLINED && !sent.isEmpty()) {
            throw ProblemException.invalid("delegates", "rsvp.noDelegatesWhenDeclining");
        }
        if (sent.size() > MAX_DELEGATES) {
            throw ProblemException.invalid("delegates", "rsvp.tooManyDelegates", MAX_DELEGATES);
        }
        this.rsvp = answer;
        this.reason = given;
        this.answeredBy = answeredBy;
        this.answeredAt = now;
        this.delegates.clear();
        this.delegates.addAll(sent);
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public int getUnitLevel() {
        return unitLevel;
    }

    public String getParentCode() {
        return parentCode;
    }

    public Long getPointId() {
        return pointId;
    }

    public Rsvp getRsvp() {
        return rsvp;
    }

    /** Why the unit declines, or its note; {@code null} when none. */
    public String getReason() {
        return reason;
    }

    /** Who gave the current answer; {@code null} while the unit has not answered. */
    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public List<Delegate> getDelegates() {
        return List.copyOf(delegates);
    }
}
