package vn.lienthong.minutes.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.platform.problem.ProblemException;

/** Issue 5, tasks of conclusions: progress within 0-100 %, closed once, overdue counted in Vietnam days. */
class TaskTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DEADLINE = LocalDate.of(2031, 3, 31);
    private static final Author OFFICE = new Author("thuky", "94", Instant.parse("2031-03-01T02:00:00Z"));
    private static final Author CLERK = new Author("xa-31570", "31570", Instant.parse("2031-03-10T02:00:00Z"));

    private static Task task() {
        return new Task(7, 0, "Giao các xã rà soát", new Task.Assignment(" Rà soát hộ nghèo ", DEADLINE, "31570",
                List.of("31573")), OFFICE);
    }

    private static String field(ProblemException problem) {
        return problem.fields().isEmpty() ? problem.fields(java.util.Locale.ENGLISH).get(0).field()
                : problem.fields().get(0).field();
    }

    @Test
    void aNewTaskIsOpenAtZeroPercentWithItsTitleTrimmed() {
        Task task = task();
        assertEquals(TaskStatus.OPEN, task.getStatus());
        assertEquals(0, task.getProgress());
        assertEquals("Rà soát hộ nghèo", task.getTitle());
        assertTrue(task.involves("31570") && task.involves("31573") && !task.involves("31531"));
    }

    @Test
    void progressIsAPercentageFromZeroToAHundred() {
        Task task = task();
        assertEquals(400, assertThrows(ProblemException.class, () -> task.report(101, null, CLERK)).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> task.report(-1, null, CLERK)).status());
        assertEquals(0, task.getProgress(), "a refused report changes nothing");
        TaskProgress report = task.report(40, "  Đã rà soát 4/10 ấp ", CLERK);
        assertEquals(40, task.getProgress());
        assertEquals(40, report.getPercent());
        assertEquals("Đã rà soát 4/10 ấp", report.getNote());
        assertEquals("xa-31570", report.getAuthor());
        assertEquals(100, task.report(100, "", CLERK).getPercent());
        assertEquals(TaskStatus.OPEN, task.getStatus(), "100 % is not yet done: the lead unit closes the task");
        assertEquals(0, task.report(0, null, CLERK).getPercent());
    }

    @Test
    void aTaskIsDoneOnceAndNeverChangesAfter() {
        Task task = task();
        TaskProgress closing = task.markDone("Đã hoàn thành", CLERK);
        assertEquals(TaskStatus.DONE, task.getStatus());
        assertEquals(100, task.getProgress());
        assertEquals(100, closing.getPercent());
        assertEquals(CLERK.at(), task.getDoneAt());
        assertEquals("Đã hoàn thành", task.getDoneNote());
        assertEquals(409, assertThrows(ProblemException.class, () -> task.markDone("lần hai", CLERK)).status());
        assertEquals(409, assertThrows(ProblemException.class, () -> task.report(50, null, CLERK)).status());
        assertEquals(409, assertThrows(ProblemException.class, () -> task.change(0,
                new Task.Assignment("Khác", DEADLINE, "31570", List.of()))).status());
        assertEquals("Đã hoàn thành", task.getDoneNote());
    }

    @Test
    void overdueStartsTheDayAfterTheDeadlineInVietnam() {
        Task task = task();
        assertFalse(task.isOverdue(DEADLINE), "the deadline day itself is in time");
        assertFalse(task.isOverdue(DEADLINE.minusDays(1)));
        assertTrue(task.isOverdue(DEADLINE.plusDays(1)));
        // 17:30 UTC on the deadline is already 00:30 the next day in Vietnam
        LocalDate vietnamDay = ZonedDateTime.parse("2031-03-31T17:30:00Z").withZoneSameInstant(VIETNAM).toLocalDate();
        assertTrue(task.isOverdue(vietnamDay));
        task.markDone(null, CLERK);
        assertFalse(task.isOverdue(DEADLINE.plusYears(1)), "a done task is never overdue");
        assertNull(task.getDoneNote());
    }

    @Test
    void theAssignmentNeedsATitleADeadlineAndALeadThatDoesNotAlsoSupport() {
        assertThrows(ProblemException.class, () -> new Task(7, 0, "x",
                new Task.Assignment(" ", DEADLINE, "31570", List.of()), OFFICE));
        assertThrows(ProblemException.class, () -> new Task(7, 0, "x",
                new Task.Assignment("Việc", null, "31570", List.of()), OFFICE));
        assertThrows(ProblemException.class, () -> new Task(7, 0, "x",
                new Task.Assignment("Việc", DEADLINE, "31570", List.of("31570")), OFFICE));
        assertThrows(ProblemException.class, () -> task().report(10, "x".repeat(Task.MAX_NOTE + 1), CLERK));
    }

    @Test
    void aChangeFromAnOldVersionIsRefusedAndChangesNothing() {
        Task task = task();
        ProblemException stale = assertThrows(ProblemException.class, () -> task.change(3,
                new Task.Assignment("Khác", DEADLINE.plusDays(9), "31573", List.of())));
        assertEquals(409, stale.status());
        assertEquals("Rà soát hộ nghèo", task.getTitle());
        task.change(0, new Task.Assignment("Khác", DEADLINE.plusDays(9), "31573", List.of("31570")));
        assertEquals("31573", task.getLeadUnit());
        assertEquals(java.util.Set.of("31570"), task.getSupportingUnits());
    }

    @Test
    void aTaskWithReportsIsNotDeleted() {
        Task task = task();
        task.requireDeletable(0);
        assertEquals(409, assertThrows(ProblemException.class, () -> task.requireDeletable(1)).status());
    }
}
