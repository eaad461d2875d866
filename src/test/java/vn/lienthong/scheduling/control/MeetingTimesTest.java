package vn.lienthong.scheduling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingTimesTest {

    /** 07:30:40 in Vietnam on the day of the meetings below. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-15T00:30:40Z"), MeetingTimes.VIETNAM);
    private static final ZonedDateTime EIGHT_AM = LocalDateTime.of(2026, 12, 15, 8, 0).atZone(MeetingTimes.VIETNAM);

    private final MeetingTimes times = new MeetingTimes(NOW);

    @Test
    void aTimeWithAnOffsetIsTakenAsWritten() {
        assertEquals(EIGHT_AM, MeetingTimes.parse("start", "2026-12-15T08:00:00+07:00"));
        assertEquals(EIGHT_AM, MeetingTimes.parse("start", "2026-12-15T01:00:00Z"));
        assertEquals(EIGHT_AM, MeetingTimes.parse("start", "2026-12-15T10:00+09:00"));
    }

    @Test
    void aTimeWithoutOffsetIsVietnameseTime() {
        assertEquals(EIGHT_AM, MeetingTimes.parse("start", "2026-12-15T08:00"));
        assertEquals(EIGHT_AM, MeetingTimes.parse("start", "2026-12-15T08:00:00.000"));
    }

    @Test
    void parsedTimesAreInVietnameseTimeWhateverOffsetWasWritten() {
        ZonedDateTime parsed = MeetingTimes.parse("end", "2026-12-15T01:00:00Z");

        assertEquals(MeetingTimes.VIETNAM, parsed.getZone());
        assertEquals(8, parsed.getHour());
    }

    @Test
    void aTimeThatIsNotIsoIsRefusedNamingTheField() {
        for (String text : List.of("15/12/2026 08:00", "2026-12-15", "2026-02-30T08:00", "08:00", "ngày mai")) {
            InvalidSchedule refused = assertThrows(InvalidSchedule.class, () -> MeetingTimes.parse("start", text));

            assertEquals(List.of(new FieldProblem("start", "Thời gian bắt đầu \"" + text + "\" không đúng định"
                    + " dạng; hãy ghi như 2026-12-15T08:00 (giờ Việt Nam) hoặc 2026-12-15T08:00:00+07:00.")),
                    refused.problems());
        }
    }

    @Test
    void aMissingTimeIsRefusedNamingTheField() {
        assertEquals(List.of(new FieldProblem("start", "Thiếu thời gian bắt đầu."),
                new FieldProblem("end", "Thiếu thời gian kết thúc.")), problems(null, " "));
    }

    @Test
    void aBookingKeepsItsTimesInVietnameseTime() {
        MeetingSlot slot = times.bookableSlot("2026-12-15T08:00", "2026-12-15T04:30:00Z");

        assertEquals(EIGHT_AM, slot.start());
        assertEquals(EIGHT_AM.plusHours(3).plusMinutes(30), slot.end());
        assertEquals(Duration.ofMinutes(210), slot.duration());
    }

    @Test
    void theEndMustBeAfterTheStart() {
        assertEquals(List.of(new FieldProblem("end", "Thời gian kết thúc (07:00 ngày 15/12/2026) phải sau thời gian"
                + " bắt đầu (08:00 ngày 15/12/2026).")), problems("2026-12-15T08:00", "2026-12-15T07:00"));
        assertEquals(List.of("end"), fields(problems("2026-12-15T08:00", "2026-12-15T01:00:00Z")));
    }

    @Test
    void aMeetingLastsAtMostTheMaximumDuration() {
        MeetingSlot twelveHours = times.bookableSlot("2026-12-15T08:00", "2026-12-15T20:00");

        assertEquals(Duration.ofHours(12), twelveHours.duration());
        assertEquals(List.of(new FieldProblem("end", "Một cuộc họp kéo dài tối đa 12 giờ; từ 08:00 ngày 15/12/2026"
                + " đến 20:01 ngày 15/12/2026 là 12 giờ 1 phút.")), problems("2026-12-15T08:00", "2026-12-15T20:01"));
    }

    @Test
    void theMaximumDurationIsConfigurable() {
        MeetingTimes short90 = new MeetingTimes(NOW, Duration.ofMinutes(90));

        InvalidSchedule refused = assertThrows(InvalidSchedule.class,
                () -> short90.bookableSlot("2026-12-15T08:00", "2026-12-15T09:31"));
        assertEquals(List.of(new FieldProblem("end", "Một cuộc họp kéo dài tối đa 1 giờ 30 phút; từ 08:00 ngày"
                + " 15/12/2026 đến 09:31 ngày 15/12/2026 là 1 giờ 31 phút.")), refused.problems());
    }

    @Test
    void aBookingCannotStartInThePast() {
        assertEquals(List.of(new FieldProblem("start", "Thời gian bắt đầu (07:29 ngày 15/12/2026) đã qua; không thể"
                + " đặt lịch họp trong quá khứ.")), problems("2026-12-15T07:29", "2026-12-15T08:00"));
    }

    @Test
    void aBookingMayStartInTheCurrentMinute() {
        MeetingSlot slot = times.bookableSlot("2026-12-15T07:30", "2026-12-15T08:00");

        assertEquals(EIGHT_AM.minusMinutes(30), slot.start());
    }

    @Test
    void aSlotOutsideBookingMayLieInThePast() {
        MeetingSlot past = times.slot("2026-12-01T08:00", "2026-12-01T09:00");

        assertEquals(Duration.ofHours(1), past.duration());
    }

    @Test
    void everyProblemOfTheTimesIsReportedAtOnce() {
        assertEquals(List.of("start", "end"), fields(problems("2026-12-14T08:00", "2026-12-14T07:00")));
        assertEquals(List.of("start", "end"), fields(problems("sáng mai", "chiều mai")));
    }

    private List<FieldProblem> problems(String start, String end) {
        return assertThrows(InvalidSchedule.class, () -> times.bookableSlot(start, end)).problems();
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
