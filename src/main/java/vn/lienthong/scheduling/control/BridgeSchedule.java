package vn.lienthong.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.lienthong.directory.entity.EndpointKind;
import vn.lienthong.scheduling.entity.BridgeLock;
import vn.lienthong.scheduling.entity.MeetingStatus;

/**
 * The bridge's timetable: the meetings that hold points, chairs and ports, and the lock that makes checking them
 * and booking one step.
 *
 * <p>Capacity: only room systems (SIP, H.323) dial into the bridge and hold one of its ports each; points that
 * join from the browser are carried by the web media server and hold none. A national meeting of 3,322 points,
 * nearly all of them communes in the browser, thus needs as many ports as it has room systems.
 */
@ApplicationScoped
public class BridgeSchedule {

    private static final List<MeetingStatus> HOLDING = List.of(MeetingStatus.DRAFT, MeetingStatus.SUBMITTED,
            MeetingStatus.APPROVED);
    private static final int IN_LIST_CHUNK = 2_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    SchedulingSettings settings;

    /**
     * Runs {@code work} in a transaction of its own whose first statement locks the bridge. With InnoDB's
     * REPEATABLE READ a transaction sees the data as of its first plain read; taking the lock first means that
     * read comes after every booking that held the lock before has committed, so the conflict check sees them.
     * Work done before (reading the directory, resolving the invitation) belongs outside, to keep the lock short.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T locked(Supplier<T> work) {
        long t = StageTimer.start();
        em.find(BridgeLock.class, BridgeLock.THE_BRIDGE, LockModeType.PESSIMISTIC_WRITE);
        StageTimer.end("lock", t);
        t = StageTimer.start();
        T result = work.get();
        StageTimer.end("locked", t);
        return result;
    }

    /** A meeting found in the timetable, with what deciding who may read its title needs. */
    public record Stored(Booking booking, boolean confidential, String hostUnit, String createdByUnit,
            Set<String> invitedUnits) {
    }

    /** One conflict of one occurrence of a booking; {@code other} is {@code null} for a booking too big alone. */
    public record Found(int occurrence, Conflict conflict, Stored other) {
    }

    /**
     * Everything each candidate collides with, among the stored meetings that hold their resources. Candidates
     * that are stored meetings themselves (a change, an approval) are not checked against their stored version.
     *
     * @param candidates  the occurrences of a booking, in occurrence order
     * @param unitOfPoint the unit of each of the candidates' points
     */
    public List<Found> conflicts(List<Booking> candidates, Map<Long, String> unitOfPoint) {
        long t = StageTimer.start();
        Map<Long, Stored> stored = storedAround(candidates);
        StageTimer.end("stored", t);
        t = StageTimer.start();
        Set<Long> bridgePoints = new HashSet<>(em.createQuery(
                        "SELECT p.id FROM MeetingPoint p WHERE p.kind <> :browser", Long.class)
                .setParameter("browser", EndpointKind.BROWSER).getResultList());
        StageTimer.end("bridge-points", t);
        t = StageTimer.start();
        List<Booking> others = new ArrayList<>(stored.size());
        stored.values().forEach(s -> others.add(s.booking()));
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (Conflict conflict : settings.conflictFinder().find(candidates.get(i), others, unitOfPoint::get,
                    bridgePoints::contains)) {
                found.add(new Found(i, conflict, conflict.meetingId() == null ? null : stored.get(conflict.meetingId())));
            }
        }
        StageTimer.end("find", t);
        return found;
    }

    /**
     * The meetings holding resources whose time, readiness included, comes near one of the candidates. The start
     * is bounded on both sides (no meeting is longer than {@link SchedulingSettings#longestStoredMeeting()}), so
     * the query is a few range scans of the start-time index, one per occurrence, even among a million meetings.
     */
    private Map<Long, Stored> storedAround(List<Booking> candidates) {
        Duration buffer = settings.readinessBuffer();
        Duration longest = settings.longestStoredMeeting();
        StringBuilder windows = new StringBuilder();
        Map<String, Instant> parameters = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Booking candidate = candidates.get(i);
            windows.append(i == 0 ? "" : " OR ").append("(m.startsAt > :lo").append(i).append(" AND m.startsAt < :hi")
                    .append(i).append(" AND m.endsAt > :from").append(i).append(')');
            Instant readyFrom = candidate.start().minus(buffer);
            parameters.put("lo" + i, readyFrom.minus(longest));
            parameters.put("hi" + i, candidate.end().plus(buffer));
            parameters.put("from" + i, readyFrom);
        }
        var query = em.createQuery("SELECT m.id, m.title, m.startsAt, m.endsAt, m.chair.username, m.confidential,"
                + " m.hostUnitCode, m.createdByUnit FROM Meeting m WHERE m.status IN :holding AND (" + windows + ")",
                Object[].class).setParameter("holding", HOLDING);
        parameters.forEach(query::setParameter);
        List<Object[]> meetings = query.getResultList();
        Map<Long, Set<Long>> points = new HashMap<>();
        Map<Long, Set<String>> units = new HashMap<>();
        List<Long> ids = meetings.stream().map(row -> (Long) row[0]).toList();
        for (int from = 0; from < ids.size(); from += IN_LIST_CHUNK) {
            for (Object[] row : em.createQuery("SELECT i.meeting.id, i.unitCode, i.pointId FROM Invitation i"
                            + " WHERE i.meeting.id IN :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST_CHUNK)))
                    .getResultList()) {
                Long meeting = (Long) row[0];
                units.computeIfAbsent(meeting, id -> new HashSet<>()).add((String) row[1]);
                if (row[2] != null) {
                    points.computeIfAbsent(meeting, id -> new HashSet<>()).add((Long) row[2]);
                }
            }
        }
        Map<Long, Stored> stored = new HashMap<>();
        for (Object[] row : meetings) {
            Long id = (Long) row[0];
            Booking booking = new Booking(id, (String) row[1], instant(row[2]), instant(row[3]),
                    points.getOrDefault(id, Set.of()), (String) row[4]);
            stored.put(id, new Stored(booking, Boolean.TRUE.equals(row[5]), (String) row[6], (String) row[7],
                    units.getOrDefault(id, Set.of())));
        }
        return stored;
    }

    /** A time as the query returns it: the converter's instant, or the driver's timestamp if it was bypassed. */
    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
