package vn.lienthong.directory.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the rows of a succession table against the directory: the old unit must have existed before the date
 * and the new one must exist on it. Rows that fail are reported with their line and left out.
 */
public final class SuccessionCheck {

    public record Result(List<SuccessionLink> links, List<CsvProblem> problems) {
    }

    private SuccessionCheck() {
    }

    public static Result check(ParsedSuccessions parsed, Collection<UnitVersion> versions, LocalDate date) {
        Set<String> before = versions.stream().filter(v -> v.validFrom().isBefore(date))
                .map(UnitVersion::code).collect(Collectors.toSet());
        Set<String> onDate = versions.stream().filter(v -> v.isValidOn(date))
                .map(UnitVersion::code).collect(Collectors.toSet());
        List<SuccessionLink> links = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>(parsed.problems());
        for (SuccessionRow row : parsed.rows()) {
            List<String> reasons = new ArrayList<>();
            if (!before.contains(row.oldCode())) {
                reasons.add("Mã đơn vị cũ " + row.oldCode() + " (" + row.oldName() + ") không có trong danh mục trước ngày " + date + ".");
            }
            if (!onDate.contains(row.newCode())) {
                reasons.add("Mã đơn vị mới " + row.newCode() + " (" + row.newName() + ") không có trong danh mục hiệu lực ngày " + date + ".");
            }
            if (reasons.isEmpty()) {
                links.add(new SuccessionLink(row.oldCode(), row.newCode(), date));
            } else {
                problems.add(new CsvProblem(row.line(), String.join(" ", reasons)));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(CsvProblem::line));
        return new Result(links, problems);
    }
}
