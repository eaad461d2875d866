package vn.lienthong.scheduling.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.lienthong.platform.problem.ProblemException;

/** A meeting's life: DRAFT -> SUBMITTED -> APPROVED | REJECTED, CANCELLED from any state, with a reason. */
class MeetingTest {

    private static final Instant EIGHT = Instant.parse("2031-03-10T01:00:00Z");
    private static final Instant NINE = Instant.parse("2031-03-10T02:00:00Z");

    private static MeetingPlan plan(String title, String... invited) {
        List<Invitee> invitees = new ArrayList<>();
        invitees.add(new Invitee("94", "Tỉnh Sóc Trăng", 1, null, 1L));
        long point = 2;
        for (String code : invited) {
            invitees.add(new Invitee(code, "Xã " + code, 3, "942", point++));
        }
        return new MeetingPlan(title, MeetingKind.CONFERENCE, "94", 1L, Chair.named("Lê Văn Thử", "Phó Chủ tịch"),
                EIGHT, NINE, false, List.of(new AgendaItem("Báo cáo", null, 30)), invitees);
    }

    private static Meeting draft() {
        return new Meeting(plan("Giao ban", "31570"), "thuky", "94", EIGHT, null, null);
    }

    private static Meeting in(MeetingStatus status) {
        Meeting meeting = draft();
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> meeting.submit(true);
            case APPROVED -> meeting.submit(false);
            case REJECTED -> {
                meeting.submit(true);
                meeting.reject("Trùng lịch");
            }
            case CANCELLED -> meeting.cancel("Hoãn");
        }
        assertEquals(status, meeting.getStatus());
        return meeting;
    }

    @Test
    void aNewMeetingIsADraftInvitingTheHostAndTheUnitsPlanned() {
        Meeting meeting = draft();

        assertEquals(MeetingStatus.DRAFT, meeting.getStatus());
        assertEquals(0, meeting.getIcsSequence());
        assertEquals(List.of("94", "31570"), meeting.getInvitations().stream().map(Invitation::getUnitCode).toList());
        assertEquals(Rsvp.PENDING, meeting.getInvitations().get(1).getRsvp());
    }

    @Test
    void aDraftIsSubmittedForApprovalOrApprovedAtOnceWhenTheSubmitterMayApprove() {
        Meeting waiting = draft();
        Meeting approvedAtOnce = draft();

        waiting.submit(true);
        approvedAtOnce.submit(false);

        assertEquals(MeetingStatus.SUBMITTED, waiting.getStatus());
        assertEquals(MeetingStatus.APPROVED, approvedAtOnce.getStatus());
    }

    @Test
    void onlyASubmittedMeetingIsApprovedOrRejected() {
        Meeting approved = in(MeetingStatus.SUBMITTED);
        approved.approve();
        Meeting rejected = in(MeetingStatus.SUBMITTED);
        rejected.reject("  Trùng lịch tiếp công dân ");

        assertEquals(MeetingStatus.APPROVED, approved.getStatus());
        assertEquals(MeetingStatus.REJECTED, rejected.getStatus());
        assertEquals("Trùng lịch tiếp công dân", rejected.getStatusReason());
        for (MeetingStatus status : List.of(MeetingStatus.DRAFT, MeetingStatus.APPROVED, MeetingStatus.REJECTED,
                MeetingStatus.CANCELLED)) {
            assertRefused(409, status, Meeting::approve);
            assertRefused(409, status, m -> m.reject("Lý do"));
        }
    }

    @Test
    void onlyADraftIsSubmitted() {
        for (MeetingStatus status : List.of(MeetingStatus.SUBMITTED, MeetingStatus.APPROVED, MeetingStatus.REJECTED,
                MeetingStatus.CANCELLED)) {
            assertRefused(409, status, m -> m.submit(true));
        }
    }

    @Test
    void anyMeetingNotYetCancelledIsCancelledWithAReason() {
        for (MeetingStatus status : List.of(MeetingStatus.DRAFT, MeetingStatus.SUBMITTED, MeetingStatus.APPROVED,
                MeetingStatus.REJECTED)) {
            Meeting meeting = in(status);
            meeting.cancel("Lãnh đạo đi công tác");
            assertEquals(MeetingStatus.CANCELLED, meeting.getStatus());
            assertEquals("Lãnh đạo đi công tác", meeting.getStatusReason());
        }
        assertRefused(409, MeetingStatus.CANCELLED, m -> m.cancel("Lần nữa"));
    }

    @Test
    void rejectingAndCancellingNeedAReasonOfReasonableLength() {
        assertRefused(400, MeetingStatus.DRAFT, m -> m.cancel(null));
        assertRefused(400, MeetingStatus.DRAFT, m -> m.cancel("   "));
        assertRefused(400, MeetingStatus.DRAFT, m -> m.cancel("x".repeat(Meeting.MAX_REASON_LENGTH + 1)));
        assertRefused(400, MeetingStatus.SUBMITTED, m -> m.reject(""));
    }

    @Test
    void aRefusedTransitionChangesNothing() {
        Meeting cancelled = in(MeetingStatus.CANCELLED);
        int sequence = cancelled.getIcsSequence();

        assertThrows(ProblemException.class, cancelled::approve);

        assertEquals(MeetingStatus.CANCELLED, cancelled.getStatus());
        assertEquals(sequence, cancelled.getIcsSequence());
    }

    @Test
    void aChangeKeepsTheAnswersOfUnitsStillInvitedAndRaisesTheSequence() {
        Meeting meeting = draft();

        meeting.reschedule(plan("Giao ban (dời giờ)", "31570", "31573"), true);

        assertEquals("Giao ban (dời giờ)", meeting.getTitle());
        assertEquals(List.of("94", "31570", "31573"), meeting.getInvitations().stream()
                .map(Invitation::getUnitCode).toList());
        assertEquals(1, meeting.getIcsSequence());
        meeting.reschedule(plan("Giao ban", "31573"), true);
        assertEquals(List.of("94", "31573"), meeting.getInvitations().stream().map(Invitation::getUnitCode).toList());
    }

    @Test
    void anApprovedMeetingChangedByAnOfficeThatNeedsApprovalWaitsForItAgain() {
        Meeting byTheProvince = in(MeetingStatus.APPROVED);
        Meeting byADistrict = in(MeetingStatus.APPROVED);

        byTheProvince.reschedule(plan("Giao ban", "31570"), false);
        byADistrict.reschedule(plan("Giao ban", "31570"), true);

        assertEquals(MeetingStatus.APPROVED, byTheProvince.getStatus());
        assertEquals(MeetingStatus.SUBMITTED, byADistrict.getStatus());
    }

    @Test
    void rejectedAndCancelledMeetingsCannotBeChanged() {
        assertRefused(409, MeetingStatus.REJECTED, m -> m.reschedule(plan("Giao ban"), false));
        assertRefused(409, MeetingStatus.CANCELLED, m -> m.reschedule(plan("Giao ban"), false));
    }

    @Test
    void everyChangeRaisesTheCalendarSequence() {
        Meeting meeting = draft();
        meeting.submit(true);
        meeting.approve();
        meeting.cancel("Hoãn");

        assertEquals(3, meeting.getIcsSequence());
    }

    @Test
    void aPlanMustInviteItsHostAndEndAfterItStarts() {
        List<AgendaItem> agenda = List.of();
        Chair chair = Chair.named("Lê Văn Thử", null);
        List<Invitee> withoutHost = List.of(new Invitee("31570", "Xã Hồ Đắc Kiện", 3, "942", 2L));

        assertThrows(IllegalArgumentException.class, () -> new MeetingPlan("Họp", MeetingKind.MEETING, "94", 1L,
                chair, EIGHT, NINE, false, agenda, withoutHost));
        assertThrows(IllegalArgumentException.class, () -> new MeetingPlan("Họp", MeetingKind.MEETING, "94", 1L,
                chair, NINE, EIGHT, false, agenda, plan("Họp").invitees()));
    }

    private static void assertRefused(int status, MeetingStatus from, Consumer<Meeting> transition) {
        Meeting meeting = in(from);
        ProblemException refused = assertThrows(ProblemException.class, () -> transition.accept(meeting));
        assertEquals(status, refused.status(), () -> from + ": " + refused.messageKey());
        assertEquals(from, meeting.getStatus());
    }
}
