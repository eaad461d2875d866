package vn.lienthong.platform.boundary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import vn.lienthong.platform.problem.ProblemException;

/** Dates in query parameters: ISO days, today in Vietnam when absent. */
public final class Dates {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Dates() {
    }

    public static LocalDate parseOrToday(String field, String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(VIETNAM);
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "param.date");
        }
    }
}
