package vn.lienthong.live.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.platform.problem.ProblemException;

/** Issue 4: show-of-hands votes, the secretariat's roll call corrections and the readiness reports. */
class VoteAndAttendanceTest {

    private static final Instant NOW = Instant.parse("2031-03-03T01:00:00Z");

    private static int status(Runnable action) {
        return assertThrows(ProblemException.class, action::run).status();
    }

    @Test
    void aVoteNeedsAQuestionAndTwoDistinctOptionsAndTakesBallotsOnlyWhileOpen() {
        assertEquals(400, status(() -> new Vote(1, " ", List.of("Đồng ý", "Không"), "chutich", NOW)));
        assertEquals(400, status(() -> new Vote(1, "Thông qua?", List.of("Đồng ý"), "chutich", NOW)));
        assertEquals(400, status(() -> new Vote(1, "Thông qua?", List.of("Đồng ý", "đồng ý"), "chutich", NOW)));
        Vote vote = new Vote(1, "Thông qua kế hoạch?", List.of("Đồng ý", "Không đồng ý", "Ý kiến khác"),
                "chutich", NOW);
        assertEquals(List.of("Đồng ý", "Không đồng ý", "Ý kiến khác"), vote.getOptions());
        assertEquals(400, status(() -> vote.cast("31570", 3, "xa-31570", NOW)));
        assertEquals(1, vote.cast("31570", 1, "xa-31570", NOW).getOption());
        vote.close(NOW);
        assertEquals(409, status(() -> vote.cast("31573", 0, "xa-31573", NOW)));
        assertEquals(409, status(() -> vote.close(NOW)));
    }

    @Test
    void absentNeedsAReasonRepresentedNeedsAPersonAndTheOverrideIsNoLongerAutomatic() {
        Attendance joined = Attendance.automatic(1, "31570", NOW);
        assertTrue(joined.isAuto());
        assertTrue(joined.isPresent());
        assertEquals(400, status(() -> joined.override(AttendanceState.ABSENT, " ", null, "thuky", NOW)));
        assertEquals(400, status(() -> joined.override(AttendanceState.REPRESENTED, null, null, "thuky", NOW)));
        assertEquals(400, status(() -> joined.override(null, null, null, "thuky", NOW)));
        joined.override(AttendanceState.ABSENT, "Mất điện", "bỏ qua", "thuky", NOW);
        assertFalse(joined.isPresent());
        assertFalse(joined.isAuto());
        assertEquals("Mất điện", joined.getReason());
        assertNull(joined.getRepresentedBy(), "only a represented unit names a representative");
        joined.override(AttendanceState.REPRESENTED, null, "Ông Lê Văn Tám, Phó Chủ tịch", "thuky", NOW);
        assertTrue(joined.isPresent(), "a represented unit counts as present");
    }

    @Test
    void aProblemNeedsANoteAndABrowserPointFallsSilentAfterTheSetTime() {
        PointStatus point = new PointStatus(1, 7, "31570");
        assertEquals(400, status(() -> point.report(Readiness.PROBLEM, "{}", "", "kythuat-31570", NOW)));
        point.report(Readiness.READY, "{\"camera\":true}", null, "kythuat-31570", NOW);
        assertEquals(Readiness.READY, point.getReadiness());
        assertTrue(point.heard(Connection.Source.BROWSER, NOW), "a join");
        assertFalse(point.heard(Connection.Source.BROWSER, NOW.plusSeconds(5)), "still there");
        assertFalse(point.isSilent(java.time.Duration.ofSeconds(15), NOW.plusSeconds(20)));
        assertTrue(point.isSilent(java.time.Duration.ofSeconds(15), NOW.plusSeconds(21)));
        assertTrue(point.lost(Connection.Source.BROWSER, NOW.plusSeconds(21)), "a leave");
        assertFalse(point.isSilent(java.time.Duration.ofSeconds(15), NOW.plusSeconds(60)), "offline already");
    }
}
