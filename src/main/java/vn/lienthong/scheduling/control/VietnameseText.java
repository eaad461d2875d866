package vn.lienthong.scheduling.control;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.lienthong.directory.control.UnitVersion;

/**
 * Dates, times, numbers and units as a Vietnamese clerk writes them in messages: 15/12/2026, 08:00, 5.000.
 */
final class VietnameseText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private VietnameseText() {
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** E.g. "08:00 ngày 15/12/2026", in the zone the time carries (the meeting's, Asia/Ho_Chi_Minh). */
    static String time(ZonedDateTime time) {
        return TIME.format(time);
    }

    static String number(long n) {
        // a new instance each time: NumberFormat is not thread-safe
        return NumberFormat.getIntegerInstance(VIETNAMESE).format(n);
    }

    /** E.g. "12 giờ", "3 giờ 30 phút", "45 phút"; seconds are dropped, meetings are planned in minutes. */
    static String duration(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        if (hours == 0) {
            return minutes + " phút";
        }
        return minutes == 0 ? hours + " giờ" : hours + " giờ " + minutes + " phút";
    }

    /** E.g. "Huyện Kế Sách (mã 943)": clerks know units by name, the form works with codes. */
    static String unit(UnitVersion unit) {
        return unit.name() + " (mã " + unit.code() + ")";
    }
}
