package vn.lienthong.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.live.control.LiveState;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.boundary.MeetingAccess;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * Who may do what in a live meeting.
 * <ul>
 * <li>Following it (snapshot, events, socket, roll call export): whoever may see the meeting; a confidential
 * meeting does not exist (404) for a unit that is not invited.</li>
 * <li>Running it (start, end, floor, votes, roll call corrections): the meeting's chair, a CHAIR of the host unit,
 * or a secretariat or administrator of the host or a unit above it.</li>
 * <li>Reporting a point's readiness: a TECHNICIAN of the point's unit, or whoever runs the meeting.</li>
 * <li>Reporting a SIP/H.323 point's connection: a secretariat or administrator of the host or above (the account
 * the integration signs in with).</li>
 * <li>Taking part (heartbeat, hands, ballots): a clerk, chair or secretariat of an invited unit, for that unit.</li>
 * </ul>
 */
@ApplicationScoped
public class LiveAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MeetingAccess access;

    @Inject
    LiveState state;

    /** The meeting if the caller may follow it: 401 without a caller, 404 if it does not exist for them. */
    public Meeting meeting(long meetingId) {
        caller.identity();
        return access.visible(em.find(Meeting.class, meetingId), meetingId);
    }

    public CallerIdentity runner(Meeting meeting) {
        CallerIdentity who = caller.identity();
        if (!runs(who, meeting)) {
            throw ProblemException.forbidden("live.runnerOnly");
        }
        return who;
    }

    public CallerIdentity technician(Meeting meeting, Invitation pointOf) {
        CallerIdentity who = caller.identity();
        boolean own = who.has(Role.TECHNICIAN) && who.unitCode().equals(pointOf.getUnitCode());
        if (!own && !runs(who, meeting)) {
            throw ProblemException.forbidden("live.technicianOnly", pointOf.getUnitCode());
        }
        return who;
    }

    public CallerIdentity integration(Meeting meeting) {
        CallerIdentity who = caller.requireAny(Role.ADMIN, Role.SECRETARIAT);
        access.requireManages(who, meeting);
        return who;
    }

    /** The caller's unit's invitation if it takes part in the meeting: 403 otherwise. */
    public Invitation participant(Meeting meeting) {
        CallerIdentity who = caller.requireAny(Role.CLERK, Role.CHAIR, Role.SECRETARIAT);
        return state.invitation(meeting.getId(), who.unitCode())
                .orElseThrow(() -> ProblemException.forbidden("live.notInvited", who.unitCode()));
    }

    /** The identity of the caller, who was checked before. */
    public CallerIdentity caller() {
        return caller.identity();
    }

    private boolean runs(CallerIdentity who, Meeting meeting) {
        if (who.has(Role.CHAIR) && (who.username().equals(meeting.getChair().username())
                || who.unitCode().equals(meeting.getHostUnitCode()))) {
            return true;
        }
        if (!who.has(Role.SECRETARIAT) && !who.has(Role.ADMIN)) {
            return false;
        }
        try {
            access.requireManages(who, meeting);
            return true;
        } catch (ProblemException notAbove) {
            return false;
        }
    }
}
