package vn.lienthong.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.live.entity.Stay;

/**
 * Issue 4, join and leave times: what a unit's (or a delegate's) stays in a meeting add up to: first joined, last
 * left and the time in, with an open stay counted up to now and overlapping stays counted once.
 */
class StaysTest {

    private static final Instant EIGHT = Instant.parse("2026-12-15T01:00:00Z");

    private static Instant at(int minutes) {
        return EIGHT.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void closedStaysAddUpWithTheGapLeftOut() {
        Stays.Summary summary = Stays.of(List.of(new Stay(at(50), at(90)), new Stay(at(5), at(30))), at(200));
        assertEquals(at(5), summary.firstJoined());
        assertEquals(at(90), summary.lastLeft());
        assertFalse(summary.in());
        assertEquals(Duration.ofMinutes(25 + 40), summary.total());
        assertEquals(at(5), summary.stays().get(0).from(), "the stays in the order they began");
    }

    @Test
    void anOpenStayCountsUpToNowAndHasNoLastLeave() {
        Stays.Summary summary = Stays.of(List.of(new Stay(at(0), at(10)), new Stay(at(20), null)), at(65));
        assertTrue(summary.in());
        assertNull(summary.lastLeft());
        assertEquals(Duration.ofMinutes(10 + 45), summary.total());
    }

    @Test
    void overlappingStaysCountTheirTimeOnce() {
        Stays.Summary summary = Stays.of(List.of(new Stay(at(0), at(60)), new Stay(at(30), at(90)),
                new Stay(at(40), at(50))), at(500));
        assertEquals(Duration.ofMinutes(90), summary.total());
        assertEquals(at(90), summary.lastLeft());
    }

    @Test
    void aStayOpenedAfterTheClockCountsNothing() {
        Stays.Summary summary = Stays.of(List.of(new Stay(at(10), null)), at(5));
        assertEquals(Duration.ZERO, summary.total());
        assertTrue(summary.in());
    }

    @Test
    void noStaysAddUpToNothing() {
        Stays.Summary summary = Stays.of(List.of(), at(0));
        assertTrue(summary.isEmpty());
        assertNull(summary.firstJoined());
        assertEquals(Duration.ZERO, summary.total());
    }

    @Test
    void aDurationReadsAsHoursMinutesAndSecondsPastADay() {
        assertEquals("0:00:00", Stays.clock(Duration.ZERO));
        assertEquals("1:05:09", Stays.clock(Duration.ofSeconds(3909)));
        assertEquals("26:00:01", Stays.clock(Duration.ofHours(26).plusSeconds(1)));
    }
}
