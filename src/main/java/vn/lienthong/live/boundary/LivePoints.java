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
import java.util.Set;
import java.util.TreeSet;
import vn.lienthong.live.control.Checks;
import vn.lienthong.live.control.LiveSettings;
import vn.lienthong.live.control.LiveState;
import vn.lienthong.live.entity.Attendance;
import vn.lienthong.live.entity.AttendanceKey;
import vn.lienthong.live.entity.Connection;
import vn.lienthong.live.entity.LiveMeeting;
import vn.lienthong.live.entity.MediaLink;
import vn.lienthong.scheduling.entity.MeetingStatus;
import vn.lienthong.live.entity.LivePhase;
import vn.lienthong.live.entity.PointKey;
import vn.lienthong.live.entity.PointStatus;
import vn.lienthong.live.entity.Presence;
import vn.lienthong.live.entity.Readiness;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * The meeting points of a live meeting: the technicians' readiness reports, the connection heard from the join
 * pages (heartbeats) or reported by SIP/H.323 integrations, and what a join or a leave means while the meeting is
 * live: a stay recorded, and the unit marked present unless the secretariat said otherwise.
 */
@ApplicationScoped
@Transactional
public class LivePoints {

    @PersistenceContext
    EntityManager em;

    @Inject
    LiveAccess access;

    @Inject
    LiveState state;

    @Inject
    Changes changes;

    @Inject
    LiveSettings settings;

    public JsonObject readiness(long meetingId, long pointId, Readiness status, Map<String, Boolean> checks,
                                String note) {
        Meeting meeting = access.meeting(meetingId);
        Invitation unit = pointOf(meeting.getId(), pointId);
        String by = access.technician(meeting, unit).username();
        String normalized = Checks.normalized(checks);
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        live.requireReadinessOpen();
        status(meetingId, unit).report(status, normalized, note, by, now);
        return pointChanged(meeting, live, unit, now);
    }

    /** A SIP/H.323 point's connection as its integration reports it. */
    public JsonObject connection(long meetingId, long pointId, Connection connection) {
        Meeting meeting = access.meeting(meetingId);
        Invitation unit = pointOf(meeting.getId(), pointId);
        access.integration(meeting);
        if (connection == null) {
            throw ProblemException.invalid("status", "live.connectionRequired");
        }
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        requireNotOver(live);
        PointStatus point = status(meetingId, unit);
        boolean changed = connection == Connection.ONLINE
                ? point.heard(Connection.Source.INTEGRATION, now) && joined(live, unit, now)
                : point.lost(Connection.Source.INTEGRATION, now) && left(live, unit, now);
        return changed ? pointChanged(meeting, live, unit, now) : state.point(meeting, unit);
    }

    /**
     * The join page of the caller's unit is open: its point is online, last seen now. Only a change of the
     * connection is an event; the time last seen is in the next snapshot.
     */
    public void heartbeat(long meetingId) {
        Meeting meeting = access.meeting(meetingId);
        String unitCode = access.caller().unitCode();
        Invitation unit = withPoint(state.invitation(meetingId, unitCode)
                .orElseThrow(() -> ProblemException.forbidden("live.notInvited", unitCode)));
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        requireNotOver(live);
        if (status(meetingId, unit).heard(Connection.Source.BROWSER, now) && joined(live, unit, now)) {
            pointChanged(meeting, live, unit, now);
        }
    }

    /**
     * What the caller's unit's browser reports of its video path to the media server; the wall hears of it when
     * the state changes or the packet loss moves notably.
     */
    public JsonObject media(long meetingId, MediaLink link, Double packetLoss) {
        Meeting meeting = access.meeting(meetingId);
        Invitation unit = withPoint(access.participant(meeting));
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        requireNotOver(live);
        boolean notable = status(meetingId, unit).mediaReported(link, packetLoss, now);
        return notable ? pointChanged(meeting, live, unit, now) : state.point(meeting, unit);
    }

    /** Whoever runs the meeting asks a point to publish its camera and microphone for a check, during readiness. */
    public JsonObject askMediaCheck(long meetingId, String unitCode) {
        Meeting meeting = access.meeting(meetingId);
        String by = access.runner(meeting).username();
        Invitation unit = withPoint(state.invitation(meetingId, String.valueOf(unitCode))
                .orElseThrow(() -> ProblemException.notFound("live.unitNotInvited", unitCode)));
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        live.requireInReadiness();
        status(meetingId, unit).mediaCheckAsked(by, now);
        return pointChanged(meeting, live, unit, now);
    }

    /**
     * The meetings a sweep at {@code now} has work in: browser points silent for too long, a readiness check whose
     * time has come, or a cancelled meeting still on the wall.
     */
    public Set<Long> due(Instant now) {
        TreeSet<Long> meetings = new TreeSet<>(em.createQuery("SELECT DISTINCT p.meetingId FROM PointStatus p"
                        + " WHERE p.connection = :online AND p.source = :browser AND p.lastSeen < :cutoff", Long.class)
                .setParameter("online", Connection.ONLINE).setParameter("browser", Connection.Source.BROWSER)
                .setParameter("cutoff", now.minus(settings.offlineAfter())).getResultList());
        meetings.addAll(em.createQuery("SELECT l.meetingId FROM LiveMeeting l, Meeting m WHERE m.id = l.meetingId"
                        + " AND ((l.phase = :scheduled AND m.startsAt <= :horizon)"
                        + " OR (l.phase IN :running AND m.status IN :stopped))", Long.class)
                .setParameter("scheduled", LivePhase.SCHEDULED)
                .setParameter("horizon", now.plus(settings.readinessWindow()))
                .setParameter("running", List.of(LivePhase.SCHEDULED, LivePhase.READINESS, LivePhase.LIVE))
                .setParameter("stopped", List.of(MeetingStatus.CANCELLED, MeetingStatus.REJECTED))
                .setMaxResults(500).getResultList());
        return meetings;
    }

    /** Marks the browser points of the meeting that fell silent offline; called by {@link OfflineSweep}. */
    public void sweep(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null) {
            return;
        }
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        List<PointStatus> silent = em.createQuery("SELECT p FROM PointStatus p WHERE p.meetingId = :meeting"
                + " AND p.connection = :online", PointStatus.class).setParameter("meeting", meetingId)
                .setParameter("online", Connection.ONLINE).getResultList();
        for (PointStatus point : silent) {
            if (point.isSilent(settings.offlineAfter(), now)) {
                // the page went away after its last heartbeat, not when the sweep noticed
                Instant lastHeard = point.getLastSeen() == null ? now : point.getLastSeen();
                point.lost(Connection.Source.BROWSER, now);
                Invitation unit = pointOf(meetingId, point.getPointId());
                left(live, unit, lastHeard);
                pointChanged(meeting, live, unit, now);
            }
        }
    }

    /** The meeting went live: the points already online join it now. */
    void joinOnlinePoints(Meeting meeting, LiveMeeting live, Instant now) {
        em.createQuery("SELECT p FROM PointStatus p WHERE p.meetingId = :meeting AND p.connection = :online",
                PointStatus.class).setParameter("meeting", meeting.getId()).setParameter("online", Connection.ONLINE)
                .getResultList().forEach(point -> joined(live, pointOf(meeting.getId(), point.getPointId()), now));
    }

    /**
     * A point joined; while live its stay starts and its unit is present unless overridden. The unit's line of the
     * roll call (its stays among it) changes: a roll call event.
     */
    private boolean joined(LiveMeeting live, Invitation unit, Instant now) {
        if (live.getPhase() != LivePhase.LIVE) {
            return true;
        }
        em.persist(new Presence(live.getMeetingId(), unit.getUnitCode(), unit.getPointId(), now));
        if (em.find(Attendance.class, new AttendanceKey(live.getMeetingId(), unit.getUnitCode())) == null) {
            em.persist(Attendance.automatic(live.getMeetingId(), unit.getUnitCode(), now));
        }
        em.flush();
        changes.publish(live, "attendance", state.attendance(unit.getMeeting(), unit.getUnitCode()), now);
        return true;
    }

    /** A point left at {@code at}: its open stay ends then; the unit's line of the roll call changes. */
    private boolean left(LiveMeeting live, Invitation unit, Instant at) {
        List<Presence> open = em.createNamedQuery(Presence.OPEN, Presence.class)
                .setParameter("meeting", live.getMeetingId()).setParameter("point", unit.getPointId())
                .getResultList();
        open.forEach(p -> p.leave(at));
        if (!open.isEmpty()) {
            em.flush();
            changes.publish(live, "attendance", state.attendance(unit.getMeeting(), unit.getUnitCode()),
                    Instant.now());
        }
        return true;
    }

    private JsonObject pointChanged(Meeting meeting, LiveMeeting live, Invitation unit, Instant now) {
        em.flush();
        JsonObject point = state.point(meeting, unit);
        changes.publish(live, "point", point, now);
        return point;
    }

    private PointStatus status(long meetingId, Invitation unit) {
        PointStatus point = em.find(PointStatus.class, new PointKey(meetingId, unit.getPointId()));
        if (point == null) {
            point = new PointStatus(meetingId, unit.getPointId(), unit.getUnitCode());
            em.persist(point);
        }
        return point;
    }

    private static Invitation withPoint(Invitation unit) {
        if (unit.getPointId() == null) {
            throw ProblemException.conflict("live.noPoint", unit.getUnitCode());
        }
        return unit;
    }

    private static void requireNotOver(LiveMeeting live) {
        if (live.getPhase().isOver()) {
            throw ProblemException.conflict("live.over", live.getPhase().name());
        }
    }

    /** The invitation whose point {@code pointId} is: 404 for a point that is not in the meeting. */
    private Invitation pointOf(long meetingId, long pointId) {
        return state.invitationWithPoint(meetingId, pointId)
                .orElseThrow(() -> ProblemException.notFound("live.pointNotInMeeting", pointId));
    }
}
