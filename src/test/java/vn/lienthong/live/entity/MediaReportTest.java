package vn.lienthong.live.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.lienthong.platform.problem.ProblemException;

/** Issue 6: the wall hears of a point's media path when it changes, not at every report of the same state. */
class MediaReportTest {

    private static final Instant NOW = Instant.parse("2031-03-03T01:00:00Z");

    @Test
    void aNewStateOrALossThatMovedByAPointIsNotable() {
        PointStatus point = new PointStatus(1, 7, "31570");
        assertTrue(point.mediaReported(MediaLink.CONNECTED, null, NOW));
        assertFalse(point.mediaReported(MediaLink.CONNECTED, null, NOW.plusSeconds(5)));
        assertTrue(point.mediaReported(MediaLink.CONNECTED, 0.4, NOW.plusSeconds(10)), "loss became known");
        assertFalse(point.mediaReported(MediaLink.CONNECTED, 1.2, NOW.plusSeconds(15)));
        assertTrue(point.mediaReported(MediaLink.CONNECTED, 1.4, NOW.plusSeconds(20)), "a point more than reported");
        assertTrue(point.mediaReported(MediaLink.RECONNECTING, 1.4, NOW.plusSeconds(25)));
        assertEquals(MediaLink.RECONNECTING, point.getMedia());
        assertEquals(1.4, point.getPacketLoss());
        assertEquals(NOW.plusSeconds(25), point.getMediaAt());
    }

    @Test
    void aReportWithoutStateOrWithALossOutsideAPercentageIsRefusedAndChangesNothing() {
        PointStatus point = new PointStatus(1, 7, "31570");
        assertEquals(400, assertThrows(ProblemException.class,
                () -> point.mediaReported(null, 1.0, NOW)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> point.mediaReported(MediaLink.FAILED, 101.0, NOW)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> point.mediaReported(MediaLink.FAILED, -1.0, NOW)).status());
        assertNull(point.getMedia());
        assertNull(point.getMediaAt());
    }
}
