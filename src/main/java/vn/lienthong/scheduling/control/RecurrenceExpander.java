package vn.lienthong.scheduling.control;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands a recurring meeting into its occurrences, each at the same wall-clock time in Vietnam and as long as the
 * first. Like RFC 5545, the first meeting counts as the first occurrence, {@code until} is inclusive, and a
 * monthly series keeps the day of the month of the first meeting.
 */
public final class RecurrenceExpander {

    public static final int MAX_OCCURRENCES = 100;
    public static final int MAX_INTERVAL = 52;

    private RecurrenceExpander() {
    }

    /**
     * @param start      the first meeting's start (converted to Asia/Ho_Chi_Minh)
     * @param end        its end, after {@code start} ({@link MeetingTimes} has checked that)
     * @param recurrence {@code null} for a meeting that does not repeat
     * @throws InvalidSchedule with every problem of the recurrence
     */
    public static List<Occurrence> expand(ZonedDateTime start, ZonedDateTime end, Recurrence recurrence) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " is not after start " + start);
        }
        ZonedDateTime first = start.withZoneSameInstant(MeetingTimes.VIETNAM);
        Duration length = Duration.between(start, end);
        if (recurrence == null) {
            return List.of(new Occurrence(0, first, first.plus(length)));
        }
        List<FieldProblem> problems = RecurrenceRules.check(recurrence, first.toLocalDate());
        if (!problems.isEmpty()) {
            throw new InvalidSchedule(problems);
        }
        int interval = recurrence.interval() == null ? 1 : recurrence.interval();
        LocalDateTime firstLocal = first.toLocalDateTime();
        List<Occurrence> occurrences = new ArrayList<>();
        // Ends: a count is reached because every step lands back on the first meeting's month sooner or later,
        // and that month has the day (only 29 February waits for the next leap year); an until date is passed
        // because the candidates only move forward.
        for (long step = 0; ; step++) {
            LocalDateTime candidate = candidate(firstLocal, recurrence.freq(), step * interval);
            if (candidate == null) {
                continue;
            }
            if (recurrence.until() != null && candidate.toLocalDate().isAfter(recurrence.until())) {
                return occurrences;
            }
            if (occurrences.size() == MAX_OCCURRENCES) {
                throw new InvalidSchedule(List.of(tooManyUntil(first.toLocalDate(), recurrence.until())));
            }
            ZonedDateTime occurrenceStart = candidate.atZone(MeetingTimes.VIETNAM);
            occurrences.add(new Occurrence(occurrences.size(), occurrenceStart, occurrenceStart.plus(length)));
            if (recurrence.count() != null && occurrences.size() == recurrence.count()) {
                return occurrences;
            }
        }
    }

    /**
     * The start {@code units} days, weeks or months after the first, counted from the first meeting rather than
     * from the previous one so that a series from 31 January does not drift to the 28th after February. A monthly
     * series from the 29th, 30th or 31st skips the months without that day ({@code null}): moving the meeting to
     * the last day of the month instead would put it on a date nobody chose.
     */
    private static LocalDateTime candidate(LocalDateTime first, Recurrence.Frequency freq, long units) {
        return switch (freq) {
            case DAILY -> first.plusDays(units);
            case WEEKLY -> first.plusWeeks(units);
            case MONTHLY -> {
                LocalDateTime moved = first.plusMonths(units);
                yield moved.getDayOfMonth() == first.getDayOfMonth() ? moved : null;
            }
        };
    }

    private static FieldProblem tooManyUntil(LocalDate first, LocalDate until) {
        return new FieldProblem("recurrence.until", "Từ ngày " + VietnameseText.day(first) + " đến ngày "
                + VietnameseText.day(until) + ", lịch lặp này có hơn " + MAX_OCCURRENCES + " buổi họp (tối đa "
                + MAX_OCCURRENCES + "); hãy chọn ngày kết thúc lặp sớm hơn hoặc khoảng lặp dài hơn.");
    }
}
