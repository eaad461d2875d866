package vn.lienthong.live.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lienthong.live.entity.Attendance;
import vn.lienthong.live.entity.Ballot;
import vn.lienthong.live.entity.Hand;
import vn.lienthong.live.entity.LiveMeeting;
import vn.lienthong.live.entity.PersonAttendance;
import vn.lienthong.live.entity.PersonPresence;
import vn.lienthong.live.entity.PointStatus;
import vn.lienthong.live.entity.Presence;
import vn.lienthong.live.entity.Stay;
import vn.lienthong.live.entity.Vote;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Meeting;
import vn.lienthong.scheduling.entity.Rsvp;

/**
 * Reads the live state of a meeting from its tables, whole (the snapshot) or piece by piece (what an event
 * carries). Runs inside the caller's transaction.
 */
@ApplicationScoped
public class LiveState {

    @PersistenceContext
    EntityManager em;

    @Inject
    LiveSettings settings;

    public Instant readinessOpens(Meeting meeting) {
        return LiveMeeting.readinessOpens(meeting.getStart(), settings.readinessWindow());
    }

    /**
     * The meeting's live row, created on first use and locked for the rest of the transaction: every change of a
     * meeting's live state goes through here first, so changes of one meeting run one after the other.
     */
    public LiveMeeting locked(long meetingId) {
        LiveMeeting live = em.find(LiveMeeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (live != null) {
            return live;
        }
        em.createNativeQuery("INSERT IGNORE INTO live_meeting (meeting_id, phase, seq) VALUES (?, 'SCHEDULED', 0)")
                .setParameter(1, meetingId).executeUpdate();
        return em.find(LiveMeeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The meeting's live row as this transaction reads it, without a lock; empty before its first change. */
    public Optional<LiveMeeting> read(long meetingId) {
        return Optional.ofNullable(em.find(LiveMeeting.class, meetingId));
    }

    /**
     * The number of the meeting's last committed event as the database has it now, read past the persistence
     * context. Within a repeatable-read transaction it is the number the transaction's reads reflect; under read
     * committed it may be newer, which tells a reader that a change was committed while it read.
     */
    public long committedSeq(long meetingId) {
        return ((Number) em.createNativeQuery("SELECT seq FROM live_meeting WHERE meeting_id = ?")
                .setParameter(1, meetingId).getSingleResult()).longValue();
    }

    /** The invitation whose meeting point {@code pointId} is, found by the database, not among all invitations. */
    public Optional<Invitation> invitationWithPoint(long meetingId, long pointId) {
        return em.createQuery("SELECT i FROM Invitation i WHERE i.meeting.id = :meeting AND i.pointId = :point",
                Invitation.class).setParameter("meeting", meetingId).setParameter("point", pointId)
                .getResultStream().findFirst();
    }

    /** The invitation of one unit, found by its key. */
    public Optional<Invitation> invitation(long meetingId, String unitCode) {
        return em.createQuery("SELECT i FROM Invitation i WHERE i.meeting.id = :meeting AND i.unitCode = :unit",
                Invitation.class).setParameter("meeting", meetingId).setParameter("unit", unitCode)
                .getResultStream().findFirst();
    }

    public JsonObject snapshot(Meeting meeting, LiveMeeting live, Instant now) {
        long id = meeting.getId();
        Map<Long, PointStatus> points = em.createQuery("SELECT p FROM PointStatus p WHERE p.meetingId = :meeting",
                PointStatus.class).setParameter("meeting", id).getResultStream()
                .collect(Collectors.toMap(PointStatus::getPointId, Function.identity()));
        JsonArrayBuilder pointsJson = Json.createArrayBuilder();
        for (Invitation invitation : meeting.getInvitations()) {
            if (invitation.getPointId() != null) {
                pointsJson.add(LiveJson.point(invitation.getPointId(), invitation.getUnitCode(),
                        invitation.getUnitName(), points.get(invitation.getPointId())));
            }
        }
        RollCallSheet sheet = rollCall(meeting, now);
        JsonArrayBuilder units = Json.createArrayBuilder();
        sheet.lines().forEach(line -> units.add(LiveJson.unit(line, sheet)));
        JsonArrayBuilder votes = Json.createArrayBuilder();
        em.createNamedQuery(Vote.OF_MEETING, Vote.class).setParameter("meeting", id).getResultList()
                .forEach(vote -> votes.add(vote(vote)));
        return Json.createObjectBuilder()
                .add("meetingId", id)
                .add("title", meeting.getTitle())
                .add("hostUnit", meeting.getHostUnitCode())
                .add("chair", meeting.getChair().name())
                .add("lifecycle", lifecycle(meeting, live, now))
                .add("points", pointsJson)
                .add("rollCall", Json.createObjectBuilder()
                        .add("tiers", LiveJson.tiers(sheet.tiers()))
                        .add("units", units))
                .add("hands", LiveJson.hands(hands(id)))
                .add("floor", LiveJson.floor(live, unitNames(meeting)))
                .add("votes", votes)
                .build();
    }

    public JsonObject lifecycle(Meeting meeting, LiveMeeting live, Instant now) {
        return LiveJson.lifecycle(live, meeting, readinessOpens(meeting), now);
    }

    public JsonObject point(Meeting meeting, Invitation invitation) {
        PointStatus status = em.find(PointStatus.class,
                new vn.lienthong.live.entity.PointKey(meeting.getId(), invitation.getPointId()));
        return LiveJson.point(invitation.getPointId(), invitation.getUnitCode(), invitation.getUnitName(), status);
    }

    /** A unit's line of the roll call with the tiers' counts after the change. */
    public JsonObject attendance(Meeting meeting, String unitCode) {
        RollCallSheet sheet = rollCall(meeting, Instant.now());
        RollCall.Line line = sheet.lines().stream().filter(l -> l.unitCode().equals(unitCode)).findFirst()
                .orElseThrow();
        return Json.createObjectBuilder().add("unit", LiveJson.unit(line, sheet))
                .add("tiers", LiveJson.tiers(sheet.tiers())).build();
    }

    /** The roll call as it stands at {@code now}, with every unit's and delegate's stays added up. */
    public RollCallSheet rollCall(Meeting meeting, Instant now) {
        long id = meeting.getId();
        Map<String, List<Stay>> unitStays = em.createNamedQuery(Presence.OF_MEETING, Presence.class)
                .setParameter("meeting", id).getResultStream()
                .collect(Collectors.groupingBy(Presence::getUnitCode,
                        Collectors.mapping(Presence::stay, Collectors.toList())));
        Map<String, Stays.Summary> units = new HashMap<>();
        unitStays.forEach((unit, stays) -> units.put(unit, Stays.of(stays, now)));
        Map<String, Map<Integer, Stays.Summary>> persons = new HashMap<>();
        em.createNamedQuery(PersonPresence.OF_MEETING, PersonPresence.class).setParameter("meeting", id)
                .getResultStream()
                .collect(Collectors.groupingBy(PersonPresence::getUnitCode, Collectors.groupingBy(
                        PersonPresence::getOrdinal, Collectors.mapping(PersonPresence::stay, Collectors.toList()))))
                .forEach((unit, byOrdinal) -> byOrdinal.forEach((ordinal, stays) -> persons
                        .computeIfAbsent(unit, u -> new HashMap<>()).put(ordinal, Stays.of(stays, now))));
        return new RollCallSheet(lines(meeting, delegates(id)), attendance(id), persons(id), units, persons);
    }

    public JsonObject queue(long meetingId) {
        return Json.createObjectBuilder().add("queue", LiveJson.hands(hands(meetingId))).build();
    }

    public JsonObject floor(Meeting meeting, LiveMeeting live) {
        return Json.createObjectBuilder().add("floor", LiveJson.floor(live, unitNames(meeting))).build();
    }

    public JsonObject vote(Vote vote) {
        return LiveJson.vote(vote, ballots(vote.getId()));
    }

    public List<Hand> hands(long meetingId) {
        return em.createNamedQuery(Hand.QUEUE, Hand.class).setParameter("meeting", meetingId).getResultList();
    }

    public List<Ballot> ballots(long voteId) {
        return em.createQuery("SELECT b FROM Ballot b WHERE b.voteId = :vote ORDER BY b.castAt, b.unitCode",
                Ballot.class).setParameter("vote", voteId).getResultList();
    }

    public Map<String, Attendance> attendance(long meetingId) {
        return em.createQuery("SELECT a FROM Attendance a WHERE a.meetingId = :meeting", Attendance.class)
                .setParameter("meeting", meetingId).getResultStream()
                .collect(Collectors.toMap(Attendance::getUnitCode, Function.identity()));
    }

    /** The secretariat's word on delegates, per unit and place in the unit's list. */
    public Map<String, Map<Integer, PersonAttendance>> persons(long meetingId) {
        return em.createQuery("SELECT p FROM PersonAttendance p WHERE p.meetingId = :meeting", PersonAttendance.class)
                .setParameter("meeting", meetingId).getResultStream()
                .collect(Collectors.groupingBy(PersonAttendance::getUnitCode,
                        Collectors.toMap(PersonAttendance::getOrdinal, Function.identity())));
    }

    /**
     * The invited units as the roll call counts them: expected when they confirmed, and the host always.
     *
     * @param delegates the delegates per unit, as {@link #delegates} reads them
     */
    public static List<RollCall.Line> lines(Meeting meeting, Map<String, List<String>> delegates) {
        return meeting.getInvitations().stream().map(i -> new RollCall.Line(i.getUnitCode(), i.getUnitName(),
                i.getUnitLevel(), i.getRsvp() == Rsvp.ATTENDING || i.getUnitCode().equals(meeting.getHostUnitCode()),
                delegates.getOrDefault(i.getUnitCode(), List.of()))).toList();
    }

    /**
     * The delegates of every invited unit in their units' order, by one query: walking the invitations would read
     * them one unit at a time, 3,322 queries for a national meeting.
     */
    public Map<String, List<String>> delegates(long meetingId) {
        Map<String, List<String>> delegates = new HashMap<>();
        em.createQuery("SELECT i.unitCode, d.name, d.position FROM Invitation i JOIN i.delegates d WHERE i.meeting.id = :meeting"
                        + " ORDER BY i.unitCode, INDEX(d)", Object[].class).setParameter("meeting", meetingId)
                .getResultStream().forEach(row -> delegates.computeIfAbsent((String) row[0], u -> new ArrayList<>())
                        .add(row[2] == null ? (String) row[1] : row[1] + ", " + row[2]));
        return delegates;
    }


    private static Map<String, String> unitNames(Meeting meeting) {
        Map<String, String> names = new HashMap<>();
        meeting.getInvitations().forEach(i -> names.put(i.getUnitCode(), i.getUnitName()));
        return names;
    }
}
