package vn.lienthong.scheduling.control;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for a meeting's start and end as a request states them: ISO-8601 with an offset, or without one
 * meaning Vietnamese time; the end after the start; a bounded length; and, when booking, a start not yet past.
 */
public final class MeetingTimes {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Duration DEFAULT_MAX_DURATION = Duration.ofHours(12);

    private static final String START = "start";
    private static final String END = "end";

    private final Clock clock;
    private final Duration maxDuration;

    public MeetingTimes(Clock clock) {
        this(clock, DEFAULT_MAX_DURATION);
    }

    public MeetingTimes(Clock clock, Duration maxDuration) {
        if (maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("maxDuration must be positive: " + maxDuration);
        }
        this.clock = clock;
        this.maxDuration = maxDuration;
    }

    /**
     * Reads {@code 2026-12-15T08:00:00+07:00}, {@code 2026-12-15T08:00:00Z} or {@code 2026-12-15T08:00} (Vietnamese
     * time); seconds and fractions are optional. The result is in Asia/Ho_Chi_Minh.
     *
     * @param field the request's field, which the problem names: {@code start}, {@code end}, ...
     * @throws InvalidSchedule when the text is absent or not such a time
     */
    public static ZonedDateTime parse(String field, String text) {
        List<FieldProblem> problems = new ArrayList<>();
        ZonedDateTime time = parse(field, text, problems);
        if (time == null) {
            throw new InvalidSchedule(problems);
        }
        return time;
    }

    /** A meeting's times, checked for order and length but not against the clock: e.g. to record a past meeting. */
    public MeetingSlot slot(String start, String end) {
        return checked(start, end, false);
    }

    /** A meeting's times for a new booking or a move: as {@link #slot}, and the start must not be past. */
    public MeetingSlot bookableSlot(String start, String end) {
        return checked(start, end, true);
    }

    private MeetingSlot checked(String startText, String endText, boolean booking) {
        List<FieldProblem> problems = new ArrayList<>();
        ZonedDateTime start = parse(START, startText, problems);
        ZonedDateTime end = parse(END, endText, problems);
        if (start != null && booking && isPast(start)) {
            problems.add(new FieldProblem(START, "Thời gian bắt đầu (" + VietnameseText.time(start)
                    + ") đã qua; không thể đặt lịch họp trong quá khứ."));
        }
        if (start != null && end != null) {
            Duration length = Duration.between(start, end);
            if (!end.isAfter(start)) {
                problems.add(new FieldProblem(END, "Thời gian kết thúc (" + VietnameseText.time(end)
                        + ") phải sau thời gian bắt đầu (" + VietnameseText.time(start) + ")."));
            } else if (length.compareTo(maxDuration) > 0) {
                problems.add(new FieldProblem(END, "Một cuộc họp kéo dài tối đa "
                        + VietnameseText.duration(maxDuration) + "; từ " + VietnameseText.time(start) + " đến "
                        + VietnameseText.time(end) + " là " + VietnameseText.duration(length) + "."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSchedule(problems);
        }
        return new MeetingSlot(start, end);
    }

    /**
     * Past means before the current minute: a form filled in "from now" sends the current minute without seconds,
     * and that must not be refused for the seconds that went by while the clerk clicked.
     */
    private boolean isPast(ZonedDateTime start) {
        return start.toInstant().isBefore(clock.instant().truncatedTo(ChronoUnit.MINUTES));
    }

    private static ZonedDateTime parse(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "Thiếu " + whatIs(field) + "."));
            return null;
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.strip(),
                    ZonedDateTime::from, LocalDateTime::from);
            ZonedDateTime time = parsed instanceof ZonedDateTime zoned ? zoned
                    : ((LocalDateTime) parsed).atZone(VIETNAM);
            return time.withZoneSameInstant(VIETNAM);
        } catch (DateTimeParseException e) {
            String what = whatIs(field);
            problems.add(new FieldProblem(field, Character.toUpperCase(what.charAt(0)) + what.substring(1) + " \""
                    + text + "\" không đúng định dạng; hãy ghi như 2026-12-15T08:00 (giờ Việt Nam) hoặc"
                    + " 2026-12-15T08:00:00+07:00."));
            return null;
        }
    }

    private static String whatIs(String field) {
        return switch (field) {
            case START -> "thời gian bắt đầu";
            case END -> "thời gian kết thúc";
            default -> "thời gian (" + field + ")";
        };
    }
}
