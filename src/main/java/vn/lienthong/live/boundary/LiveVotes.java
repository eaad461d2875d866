package vn.lienthong.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import vn.lienthong.audit.control.AuditLog.Action;
import vn.lienthong.live.control.LiveState;
import vn.lienthong.live.entity.Attendance;
import vn.lienthong.live.entity.AttendanceKey;
import vn.lienthong.live.entity.Ballot;
import vn.lienthong.live.entity.BallotKey;
import vn.lienthong.live.entity.LiveMeeting;
import vn.lienthong.live.entity.Vote;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * Show-of-hands votes: whoever runs the meeting opens a question and closes it; each present unit votes once
 * while it is open; everyone sees the tally grow.
 */
@ApplicationScoped
@Transactional
public class LiveVotes {

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

    public JsonObject open(long meetingId, String question, List<String> options) {
        Meeting meeting = access.meeting(meetingId);
        String by = access.runner(meeting).username();
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        live.requireLive();
        Vote vote = new Vote(meetingId, question, options, by, now);
        em.persist(vote);
        em.flush();
        audit.record(Action.OPEN_VOTE, meeting, null, LiveAudit.details("vote", vote.getId(), "question",
                vote.getQuestion(), "options", vote.getOptions()));
        return voteChanged(live, vote, now);
    }

    /** The caller's unit votes for option {@code option} (from 0); a second ballot is refused. */
    public JsonObject cast(long meetingId, long voteId, Integer option) {
        Meeting meeting = access.meeting(meetingId);
        Invitation unit = access.participant(meeting);
        if (option == null) {
            throw ProblemException.invalid("option", "live.optionRequired");
        }
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        live.requireLive();
        Vote vote = vote(meetingId, voteId);
        Attendance attendance = em.find(Attendance.class, new AttendanceKey(meetingId, unit.getUnitCode()));
        if (attendance == null || !attendance.isPresent()) {
            throw ProblemException.conflict("live.notPresent", unit.getUnitCode());
        }
        if (em.find(Ballot.class, new BallotKey(voteId, unit.getUnitCode())) != null) {
            throw ProblemException.conflict("live.alreadyVoted", unit.getUnitCode());
        }
        em.persist(vote.cast(unit.getUnitCode(), option, access.caller().username(), now));
        em.flush();
        audit.record(Action.CAST_BALLOT, meeting, unit.getUnitCode(), LiveAudit.details("vote", voteId,
                "question", vote.getQuestion(), "option", vote.getOptions().get(option)));
        return voteChanged(live, vote, now);
    }

    public JsonObject close(long meetingId, long voteId) {
        Meeting meeting = access.meeting(meetingId);
        access.runner(meeting);
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        Vote vote = vote(meetingId, voteId);
        vote.close(now);
        em.flush();
        audit.record(Action.CLOSE_VOTE, meeting, null, LiveAudit.details("vote", voteId, "question",
                vote.getQuestion(), "ballots", state.ballots(voteId).size()));
        return voteChanged(live, vote, now);
    }

    private JsonObject voteChanged(LiveMeeting live, Vote vote, Instant now) {
        JsonObject json = state.vote(vote);
        changes.publish(live, "vote", json, now);
        return json;
    }

    private Vote vote(long meetingId, long voteId) {
        Vote vote = em.find(Vote.class, voteId);
        if (vote == null || vote.getMeetingId() != meetingId) {
            throw ProblemException.notFound("live.voteNotFound", voteId);
        }
        return vote;
    }
}
