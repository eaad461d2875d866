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
import java.util.stream.Collectors;
import vn.lienthong.audit.control.AuditLog;
import vn.lienthong.audit.control.AuditLog.Action;
import vn.lienthong.live.control.AttendanceCsv;
import vn.lienthong.live.control.LiveState;
import vn.lienthong.live.entity.Attendance;
import vn.lienthong.live.entity.AttendanceKey;
import vn.lienthong.live.entity.AttendanceState;
import vn.lienthong.live.entity.LiveMeeting;
import vn.lienthong.live.entity.PersonAttendance;
import vn.lienthong.live.entity.PersonKey;
import vn.lienthong.live.entity.Presence;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Meeting;

/** The roll call: the secretariat's corrections per unit, and the roll call as a spreadsheet. */
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
    AuditLog audit;

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
        String before = attendance == null ? null : attendance.getState().name();
        if (attendance == null) {
            attendance = Attendance.declared(meetingId, unitCode);
            attendance.override(given, reason, representedBy, by, now);
            em.persist(attendance);
        } else {
            attendance.override(given, reason, representedBy, by, now);
        }
        em.flush();
        audit.record(Action.UPDATE, "Attendance", meetingId + "/" + unitCode, before, given.name());
        JsonObject line = state.attendance(meeting, unitCode);
        changes.publish(live, "attendance", line, now);
        return line;
    }

    /** Sets a delegate's line, the person at place {@code ordinal} (from 0) of the unit's answer. */
    public JsonObject overridePerson(long meetingId, String unitCode, int ordinal, AttendanceState given,
                                     String reason, String representedBy) {
        Meeting meeting = access.meeting(meetingId);
        String by = access.runner(meeting).username();
        Invitation invitation = meeting.invitation(unitCode)
                .orElseThrow(() -> ProblemException.notFound("live.unitNotInvited", unitCode));
        if (ordinal < 0 || ordinal >= invitation.getDelegates().size()) {
            throw ProblemException.notFound("live.delegateNotFound", ordinal, unitCode);
        }
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        live.requireRollCallOpen();
        PersonAttendance person = em.find(PersonAttendance.class, new PersonKey(meetingId, unitCode, ordinal));
        if (person == null) {
            person = new PersonAttendance(meetingId, unitCode, ordinal, invitation.getDelegates().get(ordinal).name());
            person.declare(given, reason, representedBy, by, now);
            em.persist(person);
        } else {
            person.declare(given, reason, representedBy, by, now);
        }
        em.flush();
        audit.record(Action.UPDATE, "PersonAttendance", meetingId + "/" + unitCode + "/" + ordinal, null,
                given.name());
        JsonObject line = state.attendance(meeting, unitCode);
        changes.publish(live, "attendance", line, now);
        return line;
    }

    /** The roll call with each unit's stays, as CSV for a spreadsheet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] csv(long meetingId) {
        Meeting meeting = access.meeting(meetingId);
        Map<String, Attendance> attendance = state.attendance(meetingId);
        Map<String, List<Presence>> stays = em.createNamedQuery(Presence.OF_MEETING, Presence.class)
                .setParameter("meeting", meetingId).getResultStream()
                .collect(Collectors.groupingBy(Presence::getUnitCode));
        return AttendanceCsv.write(LiveState.lines(meeting), attendance, state.persons(meetingId), stays);
    }
}
