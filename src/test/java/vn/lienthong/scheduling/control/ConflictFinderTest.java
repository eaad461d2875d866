package vn.lienthong.scheduling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienthong.scheduling.control.Bookings.NEW;
import static vn.lienthong.scheduling.control.Bookings.booking;
import static vn.lienthong.scheduling.control.Bookings.chaired;
import static vn.lienthong.scheduling.control.Bookings.withPoints;
import static vn.lienthong.scheduling.control.Conflict.Kind.CAPACITY;
import static vn.lienthong.scheduling.control.Conflict.Kind.CHAIR;
import static vn.lienthong.scheduling.control.Conflict.Kind.POINT;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Meeting points and chairs in two meetings at once; the bridge's ports are in {@link BridgeCapacityTest}.
 */
class ConflictFinderTest {

    private static final Function<Long, String> UNITS = Map.of(1L, "94", 2L, "943", 3L, "31528")::get;

    private final ConflictFinder finder = new ConflictFinder();

    @Test
    void aPointInTwoOverlappingMeetingsConflictsNamingThePointItsUnitAndTheOtherMeeting() {
        Booking other = booking(7, "09:00", "11:00", 3, 4);

        List<Conflict> conflicts = finder.find(booking(NEW, "08:00", "10:00", 1, 2, 3), List.of(other), UNITS);

        assertEquals(List.of(new Conflict(POINT, 3L, "31528", 7L, "Cuộc họp 7", other.start(), other.end())),
                conflicts);
    }

    @Test
    void theReadinessTimeBeforeTheBookingCounts() {
        Booking endsAt0745 = booking(7, "07:00", "07:45", 1);

        assertEquals(List.of(POINT), kinds(finder.find(booking(NEW, "08:00", "09:00", 1), List.of(endsAt0745), UNITS)));
    }

    @Test
    void theReadinessTimeBeforeTheOtherMeetingCounts() {
        Booking startsAt0910 = booking(7, "09:10", "10:00", 1);

        assertEquals(List.of(POINT), kinds(finder.find(booking(NEW, "08:00", "09:00", 1), List.of(startsAt0910),
                UNITS)));
    }

    @Test
    void meetingsThatMeetExactlyWhenTheReadinessTimeBeginsDoNotConflict() {
        Booking endsWhenReadinessBegins = booking(7, "07:00", "07:30", 1);
        Booking readyWhenBookingEnds = booking(8, "09:30", "10:00", 1);
        Booking oneMinuteTooLate = booking(9, "07:00", "07:31", 1);

        List<Conflict> conflicts = finder.find(booking(NEW, "08:00", "09:00", 1),
                List.of(endsWhenReadinessBegins, readyWhenBookingEnds, oneMinuteTooLate), UNITS);

        assertEquals(List.of(9L), meetingIds(conflicts));
    }

    @Test
    void theReadinessTimeIsConfigurable() {
        Booking endsAt0745 = booking(7, "07:00", "07:45", 1);
        Booking endsAt0715 = booking(8, "06:00", "07:15", 1);
        Booking candidate = booking(NEW, "08:00", "09:00", 1);

        List<Conflict> withoutReadiness = new ConflictFinder(Duration.ZERO, 130).find(candidate,
                List.of(endsAt0745, endsAt0715), UNITS);
        List<Conflict> withAnHour = new ConflictFinder(Duration.ofHours(1), 130).find(candidate,
                List.of(endsAt0745, endsAt0715), UNITS);

        assertEquals(List.of(), withoutReadiness);
        assertEquals(List.of(8L, 7L), meetingIds(withAnHour));
    }

    @Test
    void thereIsOneConflictPerOtherMeetingAndSharedPointOrderedByStart() {
        Booking later = booking(5, "09:00", "10:00", 2, 3);
        Booking earlier = booking(6, "08:00", "09:00", 1, 2, 9);

        List<Conflict> conflicts = finder.find(booking(NEW, "08:00", "10:00", 1, 2, 3), List.of(later, earlier),
                UNITS);

        assertEquals(List.of("6:1", "6:2", "5:2", "5:3"),
                conflicts.stream().map(c -> c.meetingId() + ":" + c.pointId()).toList());
    }

    @Test
    void pointsOfOnlyOneMeetingOrMeetingsApartInTimeDoNotConflict() {
        Booking otherPoints = booking(5, "08:00", "10:00", 4, 5);
        Booking samePointsInTheAfternoon = booking(6, "14:00", "16:00", 1, 2);

        assertEquals(List.of(), finder.find(booking(NEW, "08:00", "10:00", 1, 2),
                List.of(otherPoints, samePointsInTheAfternoon), UNITS));
    }

    @Test
    void aMeetingBeingChangedIsNotCheckedAgainstItsStoredSelf() {
        Booking stored = booking(5, "08:00", "10:00", 1, 2);
        Booking moved = booking(5, "09:00", "11:00", 1, 2);

        assertEquals(List.of(), finder.find(moved, List.of(stored), UNITS));
    }

    @Test
    void aPointWhoseUnitIsUnknownIsStillReported() {
        List<Conflict> conflicts = finder.find(booking(NEW, "08:00", "10:00", 42), List.of(booking(5, "09:00",
                "10:00", 42)), UNITS);

        assertEquals(List.of(new Conflict(POINT, 42L, null, 5L, "Cuộc họp 5", Bookings.at("09:00"),
                Bookings.at("10:00"))), conflicts);
    }

    @Test
    void theSameChairInTwoOverlappingMeetingsConflicts() {
        Booking other = chaired(5, "09:00", "10:00", "chutich", 7);

        List<Conflict> conflicts = finder.find(chaired(NEW, "08:00", "09:30", "chutich", 1), List.of(other), UNITS);

        assertEquals(List.of(new Conflict(CHAIR, null, null, 5L, "Cuộc họp 5", other.start(), other.end())),
                conflicts);
    }

    @Test
    void aChairNeedsNoReadinessTimeBetweenMeetings() {
        Booking endsAt0745 = chaired(5, "07:00", "07:45", "chutich", 7);
        Booking endsAt0800 = chaired(6, "07:00", "08:00", "chutich", 8);

        assertEquals(List.of(), finder.find(chaired(NEW, "08:00", "09:00", "chutich", 1),
                List.of(endsAt0745, endsAt0800), UNITS));
    }

    @Test
    void differentOrUnnamedChairsDoNotConflict() {
        Booking otherChair = chaired(5, "08:00", "09:00", "phochutich", 7);
        Booking noChair = chaired(6, "08:00", "09:00", null, 8);

        assertEquals(List.of(), finder.find(chaired(NEW, "08:00", "09:00", "chutich", 1),
                List.of(otherChair, noChair), UNITS));
        assertEquals(List.of(), finder.find(chaired(NEW, "08:00", "09:00", null, 1), List.of(noChair), UNITS));
    }

    @Test
    void everyConflictIsReturnedAtOncePointsThenChairsThenCapacity() {
        ConflictFinder smallBridge = new ConflictFinder(Duration.ofMinutes(30), 4);
        Booking sharesPointAndChair = chaired(5, "08:30", "09:30", "chutich", 1, 9);
        Booking fillsTheBridge = chaired(6, "08:00", "09:00", "phochutich", 10, 11);

        List<Conflict> conflicts = smallBridge.find(chaired(NEW, "08:00", "09:00", "chutich", 1, 2),
                List.of(fillsTheBridge, sharesPointAndChair), UNITS);

        assertEquals(List.of(POINT, CHAIR, CAPACITY, CAPACITY), kinds(conflicts));
        assertEquals(List.of(5L, 5L, 6L, 5L), meetingIds(conflicts));
    }

    @Test
    void aNationalMeetingIsCheckedAgainstThousandsOfBookingsMeetingByMeeting() {
        Booking national = withPoints(NEW, "08:00", "11:00", 1, 3_322);
        List<Booking> existing = new ArrayList<>();
        for (int i = 1; i <= 3_000; i++) {
            // every third meeting uses one point of the national meeting and one of its own
            long shared = i % 3 == 0 ? i : 10_000 + i;
            existing.add(booking(i, "09:00", "10:00", shared, 20_000 + i));
        }

        List<Conflict> conflicts = new ConflictFinder(Duration.ofMinutes(30), 10_000).find(national, existing,
                id -> null);

        assertEquals(1_000, conflicts.size());
        assertEquals(List.of(POINT), conflicts.stream().map(Conflict::kind).distinct().toList());
    }

    private static List<Conflict.Kind> kinds(List<Conflict> conflicts) {
        return conflicts.stream().map(Conflict::kind).toList();
    }

    private static List<Long> meetingIds(List<Conflict> conflicts) {
        return conflicts.stream().map(Conflict::meetingId).toList();
    }
}
