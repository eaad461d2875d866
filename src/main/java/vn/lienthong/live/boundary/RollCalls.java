package vn.lienthong.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.lienthong.audit.control.AuditLog.Action;
import vn.lienthong.live.control.LiveState;
import vn.lienthong.live.entity.Attendance;
import vn.lienthong.live.entity.AttendanceKey;
import vn.lienthong.live.entity.AttendanceState;
import vn.lienthong.live.entity.LiveMeeting;
import vn.lienthong.live.entity.PersonAttendance;
import vn.lienthong.live.entity.PersonKey;
import vn.lienthong.live.entity.PersonPresence;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * The roll call: the secretariat's corrections per unit and per delegate, and the delegates' check-ins and
 * check-outs. A delegate marked present (online, in the room, or represented) is checked in from then on unless
 * already in; marked absent or checked out, their stay ends. The exports: {@link RollCallExports}.
 */
@ApplicationScoped
@Transactional
public class RollCalls {

    @PersistenceContext
    EntityManager em;

    @Inject
    LiveAccess access;

    @Inject
    LiveState state;

    @Inject
    Changes changes;

    @Inject
    LiveAudit audit;

    /** Sets a unit's line: present online or in the room, absent with a reason, or represented by someone. */
    public JsonObject override(long meetingId, String unitCode, AttendanceState given, String reason,
                               String representedBy) {
        Meeting meeting = access.meeting(meetingId);
        String by = access.runner(meeting).username();
        if (!meeting.invites(unitCode)) {
            throw ProblemException.notFound("live.unitNotInvited", unitCode);
        }
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        live.requireRollCallOpen();
        Attendance attendance = em.find(Attendance.class, new AttendanceKey(meetingId, unitCode));
        var before = attendance == null ? null : LiveAudit.details("state", attendance.getState().name(),
                "reason", attendance.getReason(), "representedBy", attendance.getRepresentedBy());
        if (attendance == null) {
            attendance = Attendance.declared(meetingId, unitCode);
            attendance.override(given, reason, representedBy, by, now);
            em.persist(attendance);
        } else {
            attendance.override(given, reason, representedBy, by, now);
        }
        em.flush();
        audit.record(Action.ROLL_CALL, meeting, unitCode, before, LiveAudit.details("state", given.name(),
                "reason", attendance.getReason(), "representedBy", attendance.getRepresentedBy()));
        return changed(meeting, live, unitCode, now);
    }

    /** Sets a delegate's line, the person at place {@code ordinal} (from 0) of the unit's answer. */
    public JsonObject overridePerson(long meetingId, String unitCode, int ordinal, AttendanceState given,
                                     String reason, String representedBy) {
        DelegateAct act = delegateAct(meetingId, unitCode, ordinal);
        act.live().requireRollCallOpen();
        PersonAttendance person = person(act.unit(), ordinal);
        var before = person.getState() == null ? null : word(person);
        person.declare(given, reason, representedBy, act.by(), act.now());
        keep(person);
        if (given.isPresent()) {
            checkIn(act.unit(), ordinal, act.by(), act.now());
        } else {
            checkOut(act.unit(), ordinal, act.by(), act.now());
        }
        em.flush();
        audit.record(Action.ROLL_CALL, act.meeting(), unitCode, before, word(person));
        return changed(act.meeting(), act.live(), unitCode, act.now());
    }

    /**
     * A delegate arrives: their stay starts now (a second check-in while in changes nothing); a delegate not yet
     * marked is present in the room from now on, the word already given on them stays.
     */
    public JsonObject checkInPerson(long meetingId, String unitCode, int ordinal) {
        DelegateAct act = delegateAct(meetingId, unitCode, ordinal);
        act.live().requireLive();
        PersonAttendance person = person(act.unit(), ordinal);
        if (person.getState() == null || !person.getState().isPresent()) {
            person.declare(AttendanceState.PRESENT_ROOM, null, null, act.by(), act.now());
            keep(person);
        }
        if (checkIn(act.unit(), ordinal, act.by(), act.now())) {
            em.flush();
            audit.record(Action.CHECK_IN, act.meeting(), unitCode, word(person));
        }
        return changed(act.meeting(), act.live(), unitCode, act.now());
    }

    /** A delegate leaves before the end: their stay ends now; they were present all the same. */
    public JsonObject checkOutPerson(long meetingId, String unitCode, int ordinal) {
        DelegateAct act = delegateAct(meetingId, unitCode, ordinal);
        act.live().requireLive();
        if (!checkOut(act.unit(), ordinal, act.by(), act.now())) {
            throw ProblemException.conflict("live.notCheckedIn", act.unit().getDelegates().get(ordinal).name());
        }
        em.flush();
        audit.record(Action.CHECK_OUT, act.meeting(), unitCode, word(person(act.unit(), ordinal)));
        return changed(act.meeting(), act.live(), unitCode, act.now());
    }

    /** A delegate acted on by whoever runs the meeting ({@code by}), with the meeting's live row locked. */
    private record DelegateAct(Meeting meeting, String by, Invitation unit, Instant now, LiveMeeting live) {
    }

    /** 404 for a meeting the caller may not see or a delegate the unit did not name, 403 unless they run it. */
    private DelegateAct delegateAct(long meetingId, String unitCode, int ordinal) {
        Meeting meeting = access.meeting(meetingId);
        String by = access.runner(meeting).username();
        Invitation invitation = delegateOf(meeting, unitCode, ordinal);
        Instant now = Instant.now();
        return new DelegateAct(meeting, by, invitation, now, changes.locked(meeting, now));
    }

    private JsonObject changed(Meeting meeting, LiveMeeting live, String unitCode, Instant now) {
        JsonObject line = state.attendance(meeting, unitCode);
        changes.publish(live, "attendance", line, now);
        return line;
    }

    /** @return whether a stay started (none was open) */
    private boolean checkIn(Invitation unit, int ordinal, String by, Instant now) {
        if (!open(unit, ordinal).isEmpty()) {
            return false;
        }
        em.persist(new PersonPresence(unit.getMeeting().getId(), unit.getUnitCode(), ordinal, by, now));
        return true;
    }

    /** @return whether a stay ended (one was open) */
    private boolean checkOut(Invitation unit, int ordinal, String by, Instant now) {
        List<PersonPresence> open = open(unit, ordinal);
        open.forEach(stay -> stay.checkOut(by, now));
        return !open.isEmpty();
    }

    private List<PersonPresence> open(Invitation unit, int ordinal) {
        return em.createNamedQuery(PersonPresence.OPEN, PersonPresence.class)
                .setParameter("meeting", unit.getMeeting().getId()).setParameter("unit", unit.getUnitCode())
                .setParameter("ordinal", ordinal).getResultList();
    }

    private void keep(PersonAttendance person) {
        if (!em.contains(person)) {
            em.persist(person);
        }
    }

    /** The delegate's line; a new one (not stored until the word on them is given) when there is none. */
    private PersonAttendance person(Invitation unit, int ordinal) {
        long meetingId = unit.getMeeting().getId();
        PersonAttendance person = em.find(PersonAttendance.class, new PersonKey(meetingId, unit.getUnitCode(),
                ordinal));
        if (person == null) {
            person = new PersonAttendance(meetingId, unit.getUnitCode(), ordinal,
                    unit.getDelegates().get(ordinal).name());
        }
        return person;
    }

    private static Invitation delegateOf(Meeting meeting, String unitCode, int ordinal) {
        Invitation invitation = meeting.invitation(unitCode)
                .orElseThrow(() -> ProblemException.notFound("live.unitNotInvited", unitCode));
        if (ordinal < 0 || ordinal >= invitation.getDelegates().size()) {
            throw ProblemException.notFound("live.delegateNotFound", ordinal, unitCode);
        }
        return invitation;
    }

    private static Map<String, Object> word(PersonAttendance person) {
        return LiveAudit.details("delegate", person.getPersonName(), "ordinal", person.getOrdinal(),
                "state", person.getState() == null ? null : person.getState().name(), "reason", person.getReason(),
                "representedBy", person.getRepresentedBy());
    }
}
