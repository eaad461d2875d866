package vn.lienthong.scheduling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienthong.scheduling.control.Bookings.NEW;
import static vn.lienthong.scheduling.control.Bookings.booking;
import static vn.lienthong.scheduling.control.Bookings.withPoints;
import static vn.lienthong.scheduling.control.Conflict.Kind.CAPACITY;
import static vn.lienthong.scheduling.control.Conflict.Kind.POINT;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Only the points that dial into the bridge hold its ports; points joining from the browser hold none, but they
 * are still booked points that two meetings cannot share.
 */
class RoomSystemPortsTest {

    /** Points 1 to 99 are room systems; from 1,000 on they join from the browser. */
    private static final Predicate<Long> ROOM_SYSTEMS = point -> point < 1_000;

    private final ConflictFinder tenPorts = new ConflictFinder(Duration.ofMinutes(30), 10);

    @Test
    void aNationalMeetingOfThousandsOfBrowserPointsNeedsOnlyThePortsOfItsRoomSystems() {
        Booking national = withPoints(NEW, "08:00", "11:00", 1_000, 3_312);
        Booking withRooms = new Booking(NEW, "Hội nghị toàn quốc", national.start(), national.end(),
                union(national, withPoints(NEW, "08:00", "11:00", 1, 10)), null);

        assertEquals(List.of(), tenPorts.find(withRooms, List.of(), id -> null, ROOM_SYSTEMS));
        assertEquals(List.of(CAPACITY), tenPorts.find(withRooms, List.of(), id -> null).stream()
                .map(Conflict::kind).toList(), "counting every point, the same meeting is far too big");
    }

    @Test
    void roomSystemsOfOverlappingMeetingsAddUp() {
        Booking other = withPoints(7, "09:00", "10:00", 1, 6);
        Booking candidate = new Booking(NEW, "Họp", other.start(), other.end(),
                union(withPoints(NEW, "09:00", "10:00", 50, 5), withPoints(NEW, "09:00", "10:00", 2_000, 500)), null);

        List<Conflict> conflicts = tenPorts.find(candidate, List.of(other), id -> null, ROOM_SYSTEMS);

        assertEquals(List.of(CAPACITY), conflicts.stream().map(Conflict::kind).toList());
        assertEquals(7L, conflicts.get(0).meetingId());
    }

    @Test
    void aBrowserPointIsStillBookedOnlyOnceAtATime() {
        Booking other = booking(7, "09:00", "10:00", 1_500);

        List<Conflict> conflicts = tenPorts.find(booking(NEW, "09:30", "10:30", 1_500, 1), List.of(other),
                id -> "31570", ROOM_SYSTEMS);

        assertEquals(List.of(new Conflict(POINT, 1_500L, "31570", 7L, "Cuộc họp 7", other.start(), other.end())),
                conflicts);
    }

    private static Set<Long> union(Booking a, Booking b) {
        Set<Long> points = new HashSet<>(a.pointIds());
        points.addAll(b.pointIds());
        return points;
    }
}
