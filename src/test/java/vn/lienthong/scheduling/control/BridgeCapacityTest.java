package vn.lienthong.scheduling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienthong.scheduling.control.Bookings.NEW;
import static vn.lienthong.scheduling.control.Bookings.at;
import static vn.lienthong.scheduling.control.Bookings.withPoints;
import static vn.lienthong.scheduling.control.Conflict.Kind.CAPACITY;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bridge's ports: at no instant of a booking, readiness time included, may the meetings connected together
 * use more ports than the bridge has. Points are numbered apart so that no meeting point conflict interferes.
 */
class BridgeCapacityTest {

    private static final Duration NO_READINESS = Duration.ZERO;
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    @Test
    void exactlyAsManyPointsAsTheBridgeHasPortsIsAllowed() {
        Booking candidate = withPoints(NEW, "08:00", "10:00", 1, 100);
        Booking other = withPoints(5, "09:00", "11:00", 1_000, 30);

        assertEquals(List.of(), new ConflictFinder().find(candidate, List.of(other), id -> null));
    }

    @Test
    void onePointMoreThanTheBridgeHasPortsConflictsWithEveryMeetingConnectedThen() {
        Booking candidate = withPoints(NEW, "08:00", "10:00", 1, 100);
        Booking other = withPoints(5, "09:00", "11:00", 1_000, 31);

        List<Conflict> conflicts = new ConflictFinder().find(candidate, List.of(other), id -> null);

        assertEquals(List.of(new Conflict(CAPACITY, null, null, 5L, "Cuộc họp 5", at("09:00"), at("11:00"))),
                conflicts);
    }

    @Test
    void manySmallMeetingsOverTheLimitTogetherConflictOnlyWhereTheyMeet() {
        // ten ports; the booking holds two all morning, meetings of three points come and go
        Booking candidate = withPoints(NEW, "08:00", "12:00", 1, 2);
        Booking a = withPoints(11, "08:00", "09:00", 100, 3);
        Booking b = withPoints(12, "08:30", "09:30", 200, 3);
        Booking c = withPoints(13, "09:00", "10:00", 300, 3);
        Booking d = withPoints(14, "08:45", "08:50", 400, 3);
        ConflictFinder tenPorts = new ConflictFinder(NO_READINESS, 10);

        List<Conflict> withD = tenPorts.find(candidate, List.of(c, b, a, d), id -> null);
        List<Conflict> withoutD = tenPorts.find(candidate, List.of(a, b, c), id -> null);

        // 2 + 3 + 3 + 3 = 11 from 08:45 to 08:50; at 09:00 a has gone as c arrives, so c is never part of a peak
        assertEquals(List.of(11L, 12L, 14L), withD.stream().map(Conflict::meetingId).toList());
        assertEquals(List.of(CAPACITY), withD.stream().map(Conflict::kind).distinct().toList());
        // all four hold 11 points in the morning, but never more than 8 at once
        assertEquals(List.of(), withoutD);
    }

    @Test
    void theReadinessTimeHoldsPortsToo() {
        Booking candidate = withPoints(NEW, "08:00", "09:00", 1, 5);
        Booking readyBeforeTheEnd = withPoints(5, "09:20", "10:00", 100, 6);
        Booking readyAtTheEnd = withPoints(6, "09:30", "10:00", 200, 6);

        List<Conflict> withReadiness = new ConflictFinder(HALF_HOUR, 10).find(candidate,
                List.of(readyBeforeTheEnd, readyAtTheEnd), id -> null);
        List<Conflict> withoutReadiness = new ConflictFinder(NO_READINESS, 10).find(candidate,
                List.of(readyBeforeTheEnd, readyAtTheEnd), id -> null);

        assertEquals(List.of(5L), withReadiness.stream().map(Conflict::meetingId).toList());
        assertEquals(List.of(), withoutReadiness);
    }

    @Test
    void aMeetingEndingWhenTheBookingConnectsFreesItsPortsInTime() {
        Booking candidate = withPoints(NEW, "08:00", "09:00", 1, 6);
        Booking endsAtReadiness = withPoints(5, "06:00", "07:30", 100, 6);
        Booking endsAMinuteLater = withPoints(6, "06:00", "07:31", 200, 6);
        ConflictFinder tenPorts = new ConflictFinder(HALF_HOUR, 10);

        assertEquals(List.of(), tenPorts.find(candidate, List.of(endsAtReadiness), id -> null));
        assertEquals(List.of(6L), tenPorts.find(candidate, List.of(endsAtReadiness, endsAMinuteLater), id -> null)
                .stream().map(Conflict::meetingId).toList());
    }

    @Test
    void meetingsOverTheLimitAtAnotherTimeDoNotConcernTheBooking() {
        Booking candidate = withPoints(NEW, "08:00", "09:00", 1, 2);
        Booking afternoonA = withPoints(5, "14:00", "16:00", 100, 6);
        Booking afternoonB = withPoints(6, "14:00", "16:00", 200, 6);

        assertEquals(List.of(), new ConflictFinder(HALF_HOUR, 10).find(candidate, List.of(afternoonA, afternoonB),
                id -> null));
    }

    @Test
    void aBookingThatAloneNeedsMorePortsThanTheBridgeHasConflictsWithItself() {
        Booking candidate = withPoints(NEW, "08:00", "09:00", 1, 131);

        List<Conflict> conflicts = new ConflictFinder().find(candidate, List.of(), id -> null);

        assertEquals(List.of(new Conflict(CAPACITY, null, null, null, "Cuộc họp 0", at("08:00"), at("09:00"))),
                conflicts);
    }

    @Test
    void thePeakIsTheEarliestBusiestInstantWithTheMeetingsConnectedThen() {
        Booking candidate = withPoints(NEW, "08:00", "12:00", 1, 1);
        Booking first = withPoints(5, "09:00", "10:00", 100, 4);
        Booking second = withPoints(6, "10:30", "11:00", 200, 4);
        Booking smaller = withPoints(7, "09:30", "11:30", 300, 1);

        BridgeLoad.Peak peak = BridgeLoad.peak(candidate, List.of(second, smaller, first), NO_READINESS);

        assertEquals(at("09:30"), peak.at());
        assertEquals(6, peak.points());
        assertEquals(List.of(first, smaller), peak.meetings());
    }

    @Test
    void withoutOtherMeetingsThePeakIsTheBookingAlone() {
        Booking candidate = withPoints(NEW, "08:00", "09:00", 1, 3);

        BridgeLoad.Peak peak = BridgeLoad.peak(candidate, List.of(), HALF_HOUR);

        assertEquals(new BridgeLoad.Peak(at("07:30"), 3, List.of()), peak);
    }

    @Test
    void thousandsOfOneHourMeetingsAddUpOnlyWhereTheyOverlap() {
        // a meeting of two points starts every minute for a day; each lasts an hour, so 60 are connected at once
        Booking candidate = withPoints(NEW, "12:00", "13:00", 1, 10);
        List<Booking> existing = new ArrayList<>();
        for (int minute = 0; minute < 23 * 60; minute++) {
            String start = String.format("%02d:%02d", minute / 60, minute % 60);
            String end = String.format("%02d:%02d", minute / 60 + 1, minute % 60);
            existing.add(withPoints(minute + 1, start, end, 10_000 + 2L * minute, 2));
        }

        BridgeLoad.Peak peak = BridgeLoad.peak(candidate, existing, NO_READINESS);

        assertEquals(10 + 60 * 2, peak.points());
        assertEquals(60, peak.meetings().size());
        assertEquals(List.of(), new ConflictFinder(NO_READINESS, 130).find(candidate, existing, id -> null));
        assertEquals(60, new ConflictFinder(NO_READINESS, 129).find(candidate, existing, id -> null).size());
    }
}
