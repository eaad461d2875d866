package vn.lienthong.scheduling.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds everything a booking collides with, all at once so that the clerk can fix the form in one go:
 * <ul>
 * <li>{@link Conflict.Kind#POINT}: a meeting point in another meeting whose time, each meeting's readiness time
 * before its start included, overlaps; one conflict per other meeting and point.</li>
 * <li>{@link Conflict.Kind#CHAIR}: the same chair in another meeting overlapping in its own time (a chair needs no
 * readiness time); one conflict per other meeting.</li>
 * <li>{@link Conflict.Kind#CAPACITY}: at the busiest instant of the booking more points connected than the bridge
 * has ports; one conflict per other meeting connected at that instant.</li>
 * </ul>
 * Times are half-open: a meeting ending at 08:00 and one whose readiness time begins at 08:00 do not collide.
 *
 * <p>Not every meeting point takes a port of the bridge: the caller may say which do (see
 * {@link #find(Booking, Collection, Function, Predicate)}); the POINT and CHAIR rules apply to every point.
 */
public final class ConflictFinder {

    public static final Duration DEFAULT_READINESS_BUFFER = Duration.ofMinutes(30);
    public static final int DEFAULT_BRIDGE_PORTS = 130;

    private static final Comparator<Booking> BY_START_THEN_ID =
            Comparator.comparing(Booking::start).thenComparingLong(Booking::meetingId);

    private static final Predicate<Long> EVERY_POINT = point -> true;

    private final Duration readinessBuffer;
    private final int bridgePorts;

    public ConflictFinder() {
        this(DEFAULT_READINESS_BUFFER, DEFAULT_BRIDGE_PORTS);
    }

    public ConflictFinder(Duration readinessBuffer, int bridgePorts) {
        if (readinessBuffer.isNegative() || bridgePorts < 1) {
            throw new IllegalArgumentException("buffer " + readinessBuffer + ", ports " + bridgePorts);
        }
        this.readinessBuffer = readinessBuffer;
        this.bridgePorts = bridgePorts;
    }

    /**
     * @param candidate   the booking to check
     * @param existing    the stored meetings around its time; the candidate's own stored version (same id) is
     *                    skipped, so that a change is not checked against the meeting it changes
     * @param unitOfPoint the unit code of a meeting point, for the clerk; may answer {@code null}
     * @return POINT conflicts, then CHAIR, then CAPACITY, each by the other meeting's start, id and point
     */
    public List<Conflict> find(Booking candidate, Collection<Booking> existing, Function<Long, String> unitOfPoint) {
        return find(candidate, existing, unitOfPoint, EVERY_POINT);
    }

    /**
     * As {@link #find(Booking, Collection, Function)}, counting for the bridge's capacity only the points that
     * {@code usesBridge}: room systems that dial into the MCU hold a port each, while points that join through
     * the browser are served elsewhere and hold none. Conflicts over a point or a chair are found for all points.
     *
     * @param usesBridge whether a meeting point (by id) holds a port of the bridge while connected
     */
    public List<Conflict> find(Booking candidate, Collection<Booking> existing, Function<Long, String> unitOfPoint,
            Predicate<Long> usesBridge) {
        List<Booking> others = new ArrayList<>();
        for (Booking other : existing) {
            if (other.meetingId() != candidate.meetingId() && overlapsWithReadiness(candidate, other)) {
                others.add(other);
            }
        }
        others.sort(BY_START_THEN_ID);
        List<Conflict> conflicts = new ArrayList<>();
        for (Booking other : others) {
            for (long point : sharedPoints(candidate.pointIds(), other.pointIds())) {
                conflicts.add(conflict(Conflict.Kind.POINT, point, unitOfPoint.apply(point), other));
            }
        }
        for (Booking other : others) {
            if (candidate.chair() != null && candidate.chair().equals(other.chair())
                    && overlaps(candidate.start(), candidate.end(), other.start(), other.end())) {
                conflicts.add(conflict(Conflict.Kind.CHAIR, null, null, other));
            }
        }
        BridgeLoad.Peak peak = BridgeLoad.peak(onBridge(candidate, usesBridge),
                others.stream().map(other -> onBridge(other, usesBridge)).toList(), readinessBuffer);
        if (peak.points() > bridgePorts) {
            if (peak.meetings().isEmpty()) {
                conflicts.add(new Conflict(Conflict.Kind.CAPACITY, null, null, null, candidate.title(),
                        candidate.start(), candidate.end()));
            }
            peak.meetings().forEach(other -> conflicts.add(conflict(Conflict.Kind.CAPACITY, null, null, other)));
        }
        return conflicts;
    }

    /** The booking with only the points that hold a port of the bridge; the same booking if all of them do. */
    private static Booking onBridge(Booking booking, Predicate<Long> usesBridge) {
        if (usesBridge == EVERY_POINT) {
            return booking;
        }
        Set<Long> ports = new HashSet<>();
        for (Long point : booking.pointIds()) {
            if (usesBridge.test(point)) {
                ports.add(point);
            }
        }
        return new Booking(booking.meetingId(), booking.title(), booking.start(), booking.end(), ports,
                booking.chair());
    }

    private boolean overlapsWithReadiness(Booking a, Booking b) {
        return overlaps(a.start().minus(readinessBuffer), a.end(), b.start().minus(readinessBuffer), b.end());
    }

    private static boolean overlaps(Instant startA, Instant endA, Instant startB, Instant endB) {
        return startA.isBefore(endB) && startB.isBefore(endA);
    }

    /** The points in both, sorted; walks the smaller set and asks the larger, so a national meeting costs little. */
    private static List<Long> sharedPoints(Set<Long> a, Set<Long> b) {
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        List<Long> shared = new ArrayList<>();
        for (Long point : small) {
            if (large.contains(point)) {
                shared.add(point);
            }
        }
        shared.sort(null);
        return shared;
    }

    private static Conflict conflict(Conflict.Kind kind, Long pointId, String unit, Booking other) {
        return new Conflict(kind, pointId, unit, other.meetingId(), other.title(), other.start(), other.end());
    }
}
