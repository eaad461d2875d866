package vn.lienthong.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.lienthong.audit.control.AuditLog.Action;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.live.control.LiveSettings;
import vn.lienthong.live.control.LiveState;
import vn.lienthong.live.entity.Attendance;
import vn.lienthong.live.entity.AttendanceKey;
import vn.lienthong.live.entity.Hand;
import vn.lienthong.live.entity.LiveMeeting;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * Running a live meeting: opening it (the snapshot), starting and ending it, the queue of raised hands and the
 * floor. Who may: {@link LiveAccess}. Every change locks the meeting's live row first and writes a numbered event.
 */
@ApplicationScoped
@Transactional
public class LiveMeetings {

    private static final int SNAPSHOT_ATTEMPTS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    LiveAccess access;

    @Inject
    LiveState state;

    @Inject
    Changes changes;

    @Inject
    LivePoints points;

    @Inject
    LiveSettings settings;

    @Inject
    LiveAudit audit;

    @Inject
    LiveSnapshots snapshots;

    /** The live state as a whole with the number of the last event it includes. */
    public record Snapshot(long seq, JsonObject data) {

        public String message() {
            return "{\"seq\":" + seq + ",\"type\":\"snapshot\",\"data\":" + data + "}";
        }
    }

    /** What a client that last saw event {@code since} needs: the events after it, or a snapshot. */
    public record Missed(long since, long seq, java.util.List<LiveChanged> events, Snapshot snapshot) {
    }

    /**
     * The snapshot, read without the meeting's row lock ({@link LiveSnapshots}); under it only when the meeting
     * kept changing while it was read.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Snapshot open(long meetingId) {
        for (int attempt = 0; attempt < SNAPSHOT_ATTEMPTS; attempt++) {
            java.util.Optional<Snapshot> snapshot = snapshots.unlocked(meetingId);
            if (snapshot.isPresent()) {
                return snapshot.get();
            }
            snapshots.bringUpToDate(meetingId);
        }
        return snapshots.locked(meetingId);
    }

    /**
     * The events after {@code since}, if that many are still replayed ({@code lienthong.live.replay-limit}) and
     * {@code since} is a number this meeting reached; otherwise a snapshot.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Missed since(long meetingId, long since) {
        Snapshot snapshot = open(meetingId);
        long seq = snapshot.seq();
        if (since >= 0 && since <= seq && seq - since <= settings.replayLimit()) {
            return new Missed(since, seq, changes.between(meetingId, since, seq), null);
        }
        return new Missed(since, seq, null, snapshot);
    }

    public JsonObject start(long meetingId) {
        Meeting meeting = access.meeting(meetingId);
        CallerIdentity who = access.runner(meeting);
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        live.start(meeting.getStatus(), state.readinessOpens(meeting), now, who.username());
        JsonObject lifecycle = state.lifecycle(meeting, live, now);
        audit.record(Action.START_MEETING, meeting, null, LiveAudit.details("phase", "LIVE"));
        changes.publish(live, "phase", lifecycle, now);
        points.joinOnlinePoints(meeting, live, now);
        return lifecycle;
    }

    public JsonObject end(long meetingId) {
        Meeting meeting = access.meeting(meetingId);
        CallerIdentity who = access.runner(meeting);
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        boolean hadFloor = live.getFloorUnit() != null;
        live.end(now, who.username());
        changes.closePresences(meetingId, now);
        JsonObject lifecycle = state.lifecycle(meeting, live, now);
        audit.record(Action.END_MEETING, meeting, null, LiveAudit.details("phase", "ENDED"));
        changes.publish(live, "phase", lifecycle, now);
        if (hadFloor) {
            changes.publish(live, "floor", state.floor(meeting, live), now);
        }
        return lifecycle;
    }

    /** The caller's unit raises its hand: only while live, only a present unit, one hand at a time. */
    public JsonObject raiseHand(long meetingId, String topic) {
        Meeting meeting = access.meeting(meetingId);
        Invitation unit = access.participant(meeting);
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        live.requireLive();
        Attendance attendance = em.find(Attendance.class, new AttendanceKey(meetingId, unit.getUnitCode()));
        if (attendance == null || !attendance.isPresent()) {
            throw ProblemException.conflict("live.notPresent", unit.getUnitCode());
        }
        if (hand(meetingId, unit.getUnitCode()) != null) {
            throw ProblemException.conflict("live.handAlreadyRaised");
        }
        em.persist(new Hand(meetingId, unit.getUnitCode(), topic, access.caller().username(), now));
        em.flush();
        audit.record(Action.RAISE_HAND, meeting, unit.getUnitCode(), LiveAudit.details("topic", topic));
        return queueChanged(live, now);
    }

    /** Takes a hand down: the unit itself, or whoever runs the meeting. */
    public JsonObject lowerHand(long meetingId, String unitCode) {
        Meeting meeting = access.meeting(meetingId);
        boolean own = access.caller().unitCode().equals(unitCode);
        if (own) {
            access.participant(meeting);
        } else {
            access.runner(meeting);
        }
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        live.requireLive();
        Hand hand = hand(meetingId, unitCode);
        if (hand == null) {
            throw ProblemException.conflict("live.noHand", unitCode);
        }
        em.remove(hand);
        em.flush();
        audit.record(Action.LOWER_HAND, meeting, unitCode, LiveAudit.details("topic", hand.getTopic()));
        return queueChanged(live, now);
    }

    /** Gives the floor to an invited unit; its raised hand, if any, leaves the queue. */
    public JsonObject grantFloor(long meetingId, String unitCode) {
        Meeting meeting = access.meeting(meetingId);
        CallerIdentity who = access.runner(meeting);
        if (unitCode == null || !meeting.invites(unitCode)) {
            throw ProblemException.invalid("unit", "live.unitNotInvited", String.valueOf(unitCode));
        }
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        String before = live.getFloorUnit();
        live.giveFloor(unitCode, who.username(), now);
        audit.record(Action.GRANT_FLOOR, meeting, unitCode, LiveAudit.details("previousFloor", before));
        JsonObject floor = state.floor(meeting, live);
        changes.publish(live, "floor", floor, now);
        Hand hand = hand(meetingId, unitCode);
        if (hand != null) {
            em.remove(hand);
            em.flush();
            queueChanged(live, now);
        }
        return floor;
    }

    public JsonObject endFloor(long meetingId) {
        Meeting meeting = access.meeting(meetingId);
        access.runner(meeting);
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        String speaker = live.getFloorUnit();
        live.endFloor();
        audit.record(Action.END_FLOOR, meeting, speaker, LiveAudit.details());
        JsonObject floor = state.floor(meeting, live);
        changes.publish(live, "floor", floor, now);
        return floor;
    }

    private JsonObject queueChanged(LiveMeeting live, Instant now) {
        JsonObject queue = state.queue(live.getMeetingId());
        changes.publish(live, "hands", queue, now);
        return queue;
    }

    private Hand hand(long meetingId, String unitCode) {
        return em.createNamedQuery(Hand.OF_UNIT, Hand.class).setParameter("meeting", meetingId)
                .setParameter("unit", unitCode).getResultStream().findFirst().orElse(null);
    }
}
