package vn.lienthong.scheduling.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.lienthong.platform.problem.ProblemException;

/**
 * Issue 3, point 7 (RSVP): an invited unit answers ATTENDING with up to 20 delegates or DECLINED with a reason,
 * until the answer deadline and only while the meeting is on; a later answer replaces the earlier one.
 */
class InvitationTest {

    private static final Instant START = Instant.parse("2031-03-10T01:00:00Z");
    private static final Instant BOOKED = START.minus(Duration.ofDays(10));
    private static final Duration DAY = Duration.ofHours(24);

    /** An approved meeting: the only kind the invited units see and answer. */
    private static Meeting meeting() {
        Meeting meeting = draft();
        meeting.submit(false);
        return meeting;
    }

    private static Meeting draft() {
        List<Invitee> invitees = List.of(new Invitee("94", "Tỉnh Sóc Trăng", 1, null, 1L),
                new Invitee("31570", "Xã Hồ Đắc Kiện", 3, "942", 2L));
        Meeting meeting = new Meeting(new MeetingPlan("Giao ban", MeetingKind.CONFERENCE, "94", 1L,
                Chair.named("Lê Văn Thử", "Phó Chủ tịch"), START, START.plus(Duration.ofHours(2)), false, List.of(),
                invitees), "thuky", "94", BOOKED, null, null);
        meeting.takeAnswersUntil(DAY, BOOKED);
        return meeting;
    }

    private static Invitation commune(Meeting meeting) {
        return meeting.invitation("31570").orElseThrow();
    }

    private static List<Delegate> delegates(int count) {
        return Collections.nCopies(count, new Delegate("Nguyễn Văn An", "Phó Chủ tịch UBND xã"));
    }

    @Test
    void aUnitAttendsWithItsDelegatesInTheOrderGiven() {
        Invitation invitation = commune(meeting());
        Instant now = BOOKED.plus(Duration.ofDays(1));

        invitation.answer(Rsvp.ATTENDING, null, List.of(new Delegate(" Nguyễn Văn An ", "Chủ tịch UBND xã"),
                new Delegate("Trần Thị Bình", " ")), "xa-31570", now);

        assertEquals(Rsvp.ATTENDING, invitation.getRsvp());
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình"),
                invitation.getDelegates().stream().map(Delegate::name).toList());
        assertNull(invitation.getDelegates().get(1).position(), "a blank position is no position");
        assertEquals("xa-31570", invitation.getAnsweredBy());
        assertEquals(now, invitation.getAnsweredAt());
        assertNull(invitation.getReason());
    }

    @Test
    void theLatestAnswerWinsAndDecliningDropsTheDelegates() {
        Invitation invitation = commune(meeting());
        invitation.answer(Rsvp.ATTENDING, null, delegates(2), "xa-31570", BOOKED.plusSeconds(60));

        invitation.answer(Rsvp.DECLINED, "  Trùng lịch tiếp công dân ", List.of(), "thuky", BOOKED.plusSeconds(120));

        assertEquals(Rsvp.DECLINED, invitation.getRsvp());
        assertEquals("Trùng lịch tiếp công dân", invitation.getReason());
        assertEquals(List.of(), invitation.getDelegates());
        assertEquals("thuky", invitation.getAnsweredBy());
    }

    @Test
    void decliningNeedsAReasonAndARefusedAnswerLeavesTheEarlierOne() {
        Invitation invitation = commune(meeting());
        invitation.answer(Rsvp.ATTENDING, null, delegates(1), "xa-31570", BOOKED);

        assertInvalid("reason", () -> invitation.answer(Rsvp.DECLINED, " ", List.of(), "xa-31570", BOOKED));
        assertInvalid("reason", () -> invitation.answer(Rsvp.DECLINED, "x".repeat(501), List.of(), "xa-31570",
                BOOKED));

        assertEquals(Rsvp.ATTENDING, invitation.getRsvp());
        assertEquals(1, invitation.getDelegates().size());
    }

    @Test
    void anAnswerIsAttendingOrDecliningWithAtMostTwentyNamedDelegates() {
        Invitation invitation = commune(meeting());

        invitation.answer(Rsvp.ATTENDING, null, delegates(20), "xa-31570", BOOKED);
        assertInvalid("delegates", () -> invitation.answer(Rsvp.ATTENDING, null, delegates(21), "xa-31570", BOOKED));
        assertInvalid("delegates", () -> invitation.answer(Rsvp.DECLINED, "Bận", delegates(1), "xa-31570", BOOKED));
        assertInvalid("answer", () -> invitation.answer(Rsvp.PENDING, null, List.of(), "xa-31570", BOOKED));
        assertInvalid("answer", () -> invitation.answer(null, null, List.of(), "xa-31570", BOOKED));
        assertInvalid("delegates", () -> new Delegate(" ", "Chủ tịch"));
        assertInvalid("delegates", () -> new Delegate("x".repeat(151), null));
        assertEquals(20, invitation.getDelegates().size());
    }

    @Test
    void answersAreTakenUntilTheDeadlineADayBeforeTheStart() {
        Meeting meeting = meeting();
        Invitation invitation = commune(meeting);
        Instant deadline = START.minus(DAY);

        assertEquals(deadline, meeting.getAnswerDeadline());
        invitation.answer(Rsvp.ATTENDING, null, List.of(), "xa-31570", deadline);
        ProblemException late = assertThrows(ProblemException.class,
                () -> invitation.answer(Rsvp.DECLINED, "Bận", List.of(), "xa-31570", deadline.plusMillis(1)));

        assertEquals(409, late.status());
        assertEquals("rsvp.deadlinePassed", late.messageKey());
        assertEquals(Rsvp.ATTENDING, invitation.getRsvp());
    }

    @Test
    void aMeetingBookedCloserThanTheLeadTakesAnswersUntilItStarts() {
        Meeting soon = meeting();
        soon.takeAnswersUntil(DAY, START.minus(Duration.ofHours(3)));

        assertEquals(START, soon.getAnswerDeadline());
    }

    @Test
    void aCancelledOrRejectedMeetingTakesNoAnswers() {
        Meeting cancelled = meeting();
        cancelled.cancel("Hoãn");
        Meeting rejected = draft();
        rejected.submit(true);
        rejected.reject("Trùng lịch");

        for (Meeting meeting : List.of(cancelled, rejected)) {
            ProblemException refused = assertThrows(ProblemException.class, () -> commune(meeting)
                    .answer(Rsvp.ATTENDING, null, List.of(), "xa-31570", BOOKED));
            assertEquals(409, refused.status());
            assertEquals("rsvp.meetingClosed", refused.messageKey());
            assertEquals(Rsvp.PENDING, commune(meeting).getRsvp());
        }
    }

    @Test
    void aDraftOrAMeetingWaitingForApprovalTakesNoAnswersYet() {
        Meeting draft = draft();
        Meeting submitted = draft();
        submitted.submit(true);

        for (Meeting meeting : List.of(draft, submitted)) {
            ProblemException refused = assertThrows(ProblemException.class, () -> commune(meeting)
                    .answer(Rsvp.ATTENDING, null, List.of(), "xa-31570", BOOKED));
            assertEquals(409, refused.status());
            assertEquals("rsvp.notApproved", refused.messageKey());
            assertEquals(Rsvp.PENDING, commune(meeting).getRsvp());
        }
    }

    private static void assertInvalid(String field, Executable answering) {
        ProblemException problem = assertThrows(ProblemException.class, answering);
        assertEquals(400, problem.status());
        assertEquals(field, problem.fields(Locale.forLanguageTag("vi")).get(0).field());
    }
}
