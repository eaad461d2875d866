package vn.lienthong.scheduling.control;

import java.time.LocalDate;

/**
 * How a meeting repeats, as the booking form states it: every {@code interval} days, weeks or months, either
 * {@code count} times in all (the first meeting included) or up to and including the day {@code until}.
 *
 * @param interval {@code null} means 1
 */
public record Recurrence(Frequency freq, Integer count, LocalDate until, Integer interval) {

    public enum Frequency {
        DAILY, WEEKLY, MONTHLY
    }
}
