package vn.lienthong.scheduling.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks on a recurrence that need no expansion; all problems are collected so the form shows them together.
 */
final class RecurrenceRules {

    private RecurrenceRules() {
    }

    static List<FieldProblem> check(Recurrence recurrence, LocalDate firstDay) {
        List<FieldProblem> problems = new ArrayList<>();
        if (recurrence.freq() == null) {
            problems.add(new FieldProblem("recurrence.freq",
                    "Chưa chọn cách lặp lại: hằng ngày (DAILY), hằng tuần (WEEKLY) hoặc hằng tháng (MONTHLY)."));
        }
        Integer interval = recurrence.interval();
        if (interval != null && (interval < 1 || interval > RecurrenceExpander.MAX_INTERVAL)) {
            problems.add(new FieldProblem("recurrence.interval", "Khoảng lặp phải từ 1 đến "
                    + RecurrenceExpander.MAX_INTERVAL + "; đã ghi " + interval + "."));
        }
        Integer count = recurrence.count();
        LocalDate until = recurrence.until();
        if (count != null && until != null) {
            problems.add(new FieldProblem("recurrence",
                    "Chỉ ghi số buổi họp (count) hoặc ngày kết thúc lặp (until), không ghi cả hai."));
        } else if (count == null && until == null) {
            problems.add(new FieldProblem("recurrence",
                    "Cần ghi số buổi họp (count) hoặc ngày kết thúc lặp (until) để lịch lặp có điểm dừng."));
        }
        if (count != null && (count < 1 || count > RecurrenceExpander.MAX_OCCURRENCES)) {
            problems.add(new FieldProblem("recurrence.count", "Một lịch họp lặp lại có từ 1 đến "
                    + RecurrenceExpander.MAX_OCCURRENCES + " buổi họp; đã ghi " + count + " buổi."));
        }
        if (until != null && until.isBefore(firstDay)) {
            problems.add(new FieldProblem("recurrence.until", "Ngày kết thúc lặp (" + VietnameseText.day(until)
                    + ") ở trước ngày họp đầu tiên (" + VietnameseText.day(firstDay) + ")."));
        }
        return problems;
    }
}
