package vn.lienthong.scheduling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.lienthong.scheduling.control.Recurrence.Frequency.DAILY;
import static vn.lienthong.scheduling.control.Recurrence.Frequency.MONTHLY;
import static vn.lienthong.scheduling.control.Recurrence.Frequency.WEEKLY;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceExpanderTest {

    private static final ZonedDateTime MONDAY_8AM = vietnam(2026, 12, 14, 8, 0);
    private static final ZonedDateTime MONDAY_11_30 = vietnam(2026, 12, 14, 11, 30);

    @Test
    void aMeetingWithoutRecurrenceIsItsOnlyOccurrence() {
        List<Occurrence> occurrences = RecurrenceExpander.expand(MONDAY_8AM, MONDAY_11_30, null);

        assertEquals(List.of(new Occurrence(0, MONDAY_8AM, MONDAY_11_30)), occurrences);
    }

    @Test
    void weeklyWithACountGivesThatManyMeetingsTheFirstIncludedAtTheSameTimeEachWeek() {
        List<Occurrence> occurrences = expand(new Recurrence(WEEKLY, 4, null, null));

        assertEquals(List.of(
                new Occurrence(0, MONDAY_8AM, MONDAY_11_30),
                new Occurrence(1, vietnam(2026, 12, 21, 8, 0), vietnam(2026, 12, 21, 11, 30)),
                new Occurrence(2, vietnam(2026, 12, 28, 8, 0), vietnam(2026, 12, 28, 11, 30)),
                new Occurrence(3, vietnam(2027, 1, 4, 8, 0), vietnam(2027, 1, 4, 11, 30))), occurrences);
    }

    @Test
    void theIntervalSpacesTheMeetingsAndDefaultsToOne() {
        assertEquals(List.of(14, 16, 18), days(expand(new Recurrence(DAILY, 3, null, 2))));
        assertEquals(List.of(14, 15, 16), days(expand(new Recurrence(DAILY, 3, null, null))));
        assertEquals(List.of(LocalDate.of(2026, 12, 14), LocalDate.of(2027, 12, 13)),
                dates(expand(new Recurrence(WEEKLY, 2, null, 52))));
    }

    @Test
    void untilIncludesAMeetingOnThatDay() {
        List<Occurrence> upToTheFourth = expand(new Recurrence(WEEKLY, null, LocalDate.of(2027, 1, 4), null));
        List<Occurrence> dayBeforeTheFourth = expand(new Recurrence(WEEKLY, null, LocalDate.of(2027, 1, 3), null));
        List<Occurrence> onlyTheFirstDay = expand(new Recurrence(DAILY, null, MONDAY_8AM.toLocalDate(), null));

        assertEquals(4, upToTheFourth.size());
        assertEquals(3, dayBeforeTheFourth.size());
        assertEquals(1, onlyTheFirstDay.size());
    }

    @Test
    void monthlyOnThe31stSkipsTheMonthsThatHaveNo31st() {
        ZonedDateTime start = vietnam(2027, 1, 31, 14, 0);

        List<Occurrence> byCount = RecurrenceExpander.expand(start, start.plusHours(2),
                new Recurrence(MONTHLY, 4, null, null));
        List<Occurrence> byUntil = RecurrenceExpander.expand(start, start.plusHours(2),
                new Recurrence(MONTHLY, null, LocalDate.of(2027, 8, 30), null));

        List<LocalDate> expected = List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 5, 31), LocalDate.of(2027, 7, 31));
        assertEquals(expected, dates(byCount));
        assertEquals(expected, dates(byUntil));
        assertEquals(List.of(0, 1, 2, 3), byCount.stream().map(Occurrence::index).toList());
    }

    @Test
    void monthlyKeepsTheDayOfTheFirstMeetingAfterAShortMonthInsteadOfDrifting() {
        ZonedDateTime start = vietnam(2027, 1, 30, 8, 0);

        List<Occurrence> occurrences = RecurrenceExpander.expand(start, start.plusHours(1),
                new Recurrence(MONTHLY, 3, null, null));

        assertEquals(List.of(LocalDate.of(2027, 1, 30), LocalDate.of(2027, 3, 30), LocalDate.of(2027, 4, 30)),
                dates(occurrences));
    }

    @Test
    void yearlyOnThe29thOfFebruaryMeetsOnlyInLeapYears() {
        ZonedDateTime start = vietnam(2028, 2, 29, 8, 0);

        List<Occurrence> occurrences = RecurrenceExpander.expand(start, start.plusHours(1),
                new Recurrence(MONTHLY, 2, null, 12));

        assertEquals(List.of(LocalDate.of(2028, 2, 29), LocalDate.of(2032, 2, 29)), dates(occurrences));
    }

    @Test
    void everyOccurrenceLastsAsLongAsTheFirstEvenAcrossMidnight() {
        ZonedDateTime lateStart = vietnam(2026, 12, 14, 22, 0);
        ZonedDateTime afterMidnight = vietnam(2026, 12, 15, 1, 15);

        List<Occurrence> occurrences = RecurrenceExpander.expand(lateStart, afterMidnight,
                new Recurrence(DAILY, 5, null, null));

        occurrences.forEach(occurrence -> assertEquals(Duration.ofMinutes(195),
                Duration.between(occurrence.start(), occurrence.end())));
        assertEquals(vietnam(2026, 12, 19, 1, 15), occurrences.get(4).end());
    }

    @Test
    void aFirstMeetingGivenInUtcRepeatsAtTheSameVietnameseTime() {
        ZonedDateTime utcStart = MONDAY_8AM.withZoneSameInstant(ZoneOffset.UTC);

        List<Occurrence> occurrences = RecurrenceExpander.expand(utcStart, utcStart.plusHours(2),
                new Recurrence(WEEKLY, 2, null, null));

        assertEquals(MONDAY_8AM, occurrences.get(0).start());
        assertEquals(vietnam(2026, 12, 21, 8, 0), occurrences.get(1).start());
    }

    @Test
    void aHundredOccurrencesAreAllowedByCountOrByUntil() {
        assertEquals(100, expand(new Recurrence(DAILY, 100, null, null)).size());
        assertEquals(100, expand(new Recurrence(DAILY, null, MONDAY_8AM.toLocalDate().plusDays(99), null)).size());
    }

    @Test
    void moreThanAHundredOccurrencesByCountIsAnError() {
        assertEquals(List.of(new FieldProblem("recurrence.count",
                "Một lịch họp lặp lại có từ 1 đến 100 buổi họp; đã ghi 101 buổi.")),
                problems(new Recurrence(WEEKLY, 101, null, null)));
    }

    @Test
    void anUntilThatGivesMoreThanAHundredOccurrencesIsAnError() {
        assertEquals(List.of(new FieldProblem("recurrence.until", "Từ ngày 14/12/2026 đến ngày 24/03/2027, lịch"
                + " lặp này có hơn 100 buổi họp (tối đa 100); hãy chọn ngày kết thúc lặp sớm hơn hoặc khoảng lặp dài"
                + " hơn.")), problems(new Recurrence(DAILY, null, MONDAY_8AM.toLocalDate().plusDays(100), null)));
    }

    @Test
    void countAndUntilTogetherAreAnError() {
        assertEquals(List.of(new FieldProblem("recurrence",
                "Chỉ ghi số buổi họp (count) hoặc ngày kết thúc lặp (until), không ghi cả hai.")),
                problems(new Recurrence(WEEKLY, 4, LocalDate.of(2027, 1, 4), null)));
    }

    @Test
    void neitherCountNorUntilIsAnError() {
        assertEquals(List.of(new FieldProblem("recurrence",
                "Cần ghi số buổi họp (count) hoặc ngày kết thúc lặp (until) để lịch lặp có điểm dừng.")),
                problems(new Recurrence(WEEKLY, null, null, null)));
    }

    @Test
    void anIntervalOutsideOneToFiftyTwoIsAnError() {
        assertEquals(List.of(new FieldProblem("recurrence.interval", "Khoảng lặp phải từ 1 đến 52; đã ghi 0.")),
                problems(new Recurrence(DAILY, 3, null, 0)));
        assertEquals(List.of(new FieldProblem("recurrence.interval", "Khoảng lặp phải từ 1 đến 52; đã ghi 53.")),
                problems(new Recurrence(DAILY, 3, null, 53)));
    }

    @Test
    void anUntilBeforeTheFirstMeetingIsAnError() {
        assertEquals(List.of(new FieldProblem("recurrence.until",
                "Ngày kết thúc lặp (13/12/2026) ở trước ngày họp đầu tiên (14/12/2026).")),
                problems(new Recurrence(DAILY, null, LocalDate.of(2026, 12, 13), null)));
    }

    @Test
    void everyProblemOfARecurrenceIsReportedAtOnce() {
        List<FieldProblem> problems = problems(new Recurrence(null, 0, null, 99));

        assertEquals(List.of("recurrence.freq", "recurrence.interval", "recurrence.count"),
                problems.stream().map(FieldProblem::field).toList());
    }

    private static ZonedDateTime vietnam(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(MeetingTimes.VIETNAM);
    }

    private static List<Occurrence> expand(Recurrence recurrence) {
        return RecurrenceExpander.expand(MONDAY_8AM, MONDAY_11_30, recurrence);
    }

    private static List<FieldProblem> problems(Recurrence recurrence) {
        return assertThrows(InvalidSchedule.class, () -> expand(recurrence)).problems();
    }

    private static List<LocalDate> dates(List<Occurrence> occurrences) {
        return occurrences.stream().map(occurrence -> occurrence.start().toLocalDate()).toList();
    }

    private static List<Integer> days(List<Occurrence> occurrences) {
        return dates(occurrences).stream().map(LocalDate::getDayOfMonth).toList();
    }
}
