package vn.lienthong.live.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.entity.MeetingStatus;

/** Issue 4, lifecycle: SCHEDULED -> READINESS (a set time before the start) -> LIVE -> ENDED; CANCELLED. */
class LiveMeetingTest {

    private static final Instant START = Instant.parse("2031-03-03T01:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(2));
    private static final Instant OPENS = LiveMeeting.readinessOpens(START, Duration.ofMinutes(60));

    private static int status(Runnable action) {
        return assertThrows(ProblemException.class, action::run).status();
    }

    @Test
    void theReadinessCheckOpensByItselfAnHourBeforeTheStartAndNotEarlier() {
        LiveMeeting live = new LiveMeeting(1);
        assertEquals(Instant.parse("2031-03-03T00:00:00Z"), OPENS);
        assertFalse(live.follow(MeetingStatus.APPROVED, OPENS, OPENS.minusMillis(1)));
        assertEquals(LivePhase.SCHEDULED, live.getPhase());
        assertTrue(live.follow(MeetingStatus.APPROVED, OPENS, OPENS));
        assertEquals(LivePhase.READINESS, live.getPhase());
        assertFalse(live.follow(MeetingStatus.APPROVED, OPENS, OPENS.plusSeconds(1)), "only once");
    }

    @Test
    void theMeetingStartsFromTheOpeningOfTheReadinessCheckAndOnlyWhenApproved() {
        LiveMeeting early = new LiveMeeting(1);
        assertEquals(409, status(() -> early.start(MeetingStatus.APPROVED, OPENS, OPENS.minusSeconds(60), "chutich")));
        assertEquals(LivePhase.SCHEDULED, early.getPhase());

        LiveMeeting submitted = new LiveMeeting(2);
        assertEquals(409, status(() -> submitted.start(MeetingStatus.SUBMITTED, OPENS, OPENS, "chutich")));

        LiveMeeting live = new LiveMeeting(3);
        live.start(MeetingStatus.APPROVED, OPENS, OPENS.plusSeconds(5), "chutich");
        assertEquals(LivePhase.LIVE, live.getPhase());
        assertEquals("chutich", live.getStartedBy());
        assertEquals(409, status(() -> live.start(MeetingStatus.APPROVED, OPENS, START, "thuky")), "twice");
    }

    @Test
    void onlyALiveMeetingEndsAndAnEndedOneNeitherStartsAgainNorIsCancelled() {
        LiveMeeting live = new LiveMeeting(1);
        assertEquals(409, status(() -> live.end(START, "chutich")));
        live.start(MeetingStatus.APPROVED, OPENS, START, "chutich");
        live.giveFloor("31570", "chutich", START);
        live.end(END, "chutich");
        assertEquals(LivePhase.ENDED, live.getPhase());
        assertNull(live.getFloorUnit(), "the floor ends with the meeting");
        assertEquals(409, status(() -> live.start(MeetingStatus.APPROVED, OPENS, END, "chutich")));
        assertFalse(live.follow(MeetingStatus.CANCELLED, OPENS, END));
        assertEquals(LivePhase.ENDED, live.getPhase());
    }

    @Test
    void aCancelledMeetingIsCancelledLiveTooAndRefusesEverything() {
        LiveMeeting live = new LiveMeeting(1);
        live.start(MeetingStatus.APPROVED, OPENS, START, "chutich");
        assertTrue(live.follow(MeetingStatus.CANCELLED, OPENS, START.plusSeconds(60)));
        assertEquals(LivePhase.CANCELLED, live.getPhase());
        assertEquals(409, status(live::requireLive));
        assertEquals(409, status(live::requireReadinessOpen));
        assertEquals(409, status(live::requireRollCallOpen));
    }

    @Test
    void lateStartAndOverrunAreSeenBeforeAndAfterTheyHappen() {
        LiveMeeting waiting = new LiveMeeting(1);
        waiting.follow(MeetingStatus.APPROVED, OPENS, OPENS);
        assertFalse(waiting.isLateStart(START, START));
        assertTrue(waiting.isLateStart(START, START.plusSeconds(61)), "not started at its time");

        LiveMeeting onTime = new LiveMeeting(2);
        onTime.start(MeetingStatus.APPROVED, OPENS, START.minusSeconds(120), "chutich");
        assertFalse(onTime.isLateStart(START, START.plusSeconds(3600)));
        assertFalse(onTime.isOverrun(END, END));
        assertTrue(onTime.isOverrun(END, END.plusSeconds(1)), "still live after the end");
        onTime.end(END.minusSeconds(60), "chutich");
        assertFalse(onTime.isOverrun(END, END.plusSeconds(3600)), "ended in time");

        LiveMeeting late = new LiveMeeting(3);
        late.start(MeetingStatus.APPROVED, OPENS, START.plusSeconds(600), "chutich");
        assertTrue(late.isLateStart(START, START.plusSeconds(600)));
        late.end(END.plusSeconds(900), "chutich");
        assertTrue(late.isOverrun(END, END.plusSeconds(900)));
    }

    @Test
    void theFloorIsGivenOnlyWhileLiveAndEndsOnlyWhenSomeoneHasIt() {
        LiveMeeting live = new LiveMeeting(1);
        live.follow(MeetingStatus.APPROVED, OPENS, OPENS);
        assertEquals(409, status(() -> live.giveFloor("31570", "chutich", OPENS)));
        live.start(MeetingStatus.APPROVED, OPENS, START, "chutich");
        assertEquals(409, status(live::endFloor));
        live.giveFloor("31570", "chutich", START);
        assertEquals("31570", live.getFloorUnit());
        live.endFloor();
        assertNull(live.getFloorUnit());
    }

    @Test
    void eventNumbersFollowEachOtherWithoutGaps() {
        LiveMeeting live = new LiveMeeting(1);
        assertEquals(1, live.nextSeq());
        assertEquals(2, live.nextSeq());
        assertEquals(2, live.getSeq());
    }
}
