package vn.lienthong.directory.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans how a unit list, the state of the units on {@code date}, changes the stored history. History is never
 * rewritten before {@code date}: a renamed unit gets a new version from that day and keeps its old name for
 * earlier days, a unit the list no longer has is closed on that day.
 *
 * <p>Rules the list alone does not settle:
 * <ul>
 * <li>A stored version that already begins on {@code date} and differs from the row is corrected in place (an
 * insert carrying its id, see {@link ImportPlan#inserts()}): both would begin the same day, so the older one was
 * never valid on any day and nothing in history is lost; re-importing a corrected list for the same date is the
 * common case.</li>
 * <li>A stored unit that begins on {@code date} and is absent from the list gets {@code validTo = validFrom}: it
 * stays stored, for anything that already refers to it, but is valid on no day.</li>
 * <li>A row the import cannot take (its parent is missing) keeps its stored version untouched: a faulty row must
 * not close a unit.</li>
 * <li>A stored parent counts only if the import keeps it: a parent the same list closes cannot hold a new row.</li>
 * </ul>
 */
public final class UnitImportPlanner {

    private UnitImportPlanner() {
    }

    public static ImportPlan plan(Collection<UnitVersion> existing, List<UnitRow> rows, LocalDate date,
            ImportScope scope) {
        VersionsOnDate stored = new VersionsOnDate(existing, date);
        List<CsvProblem> problems = new ArrayList<>();
        Map<String, UnitRow> rowsByCode = new HashMap<>();
        List<UnitRow> distinctRows = new ArrayList<>();
        for (UnitRow row : rows) {
            UnitRow first = rowsByCode.putIfAbsent(row.code(), row);
            if (first == null) {
                distinctRows.add(row);
            } else {
                problems.add(new CsvProblem(row.line(),
                        "Mã đơn vị " + row.code() + " bị trùng: đã có ở dòng " + first.line() + "."));
            }
        }
        ClosingScope closing = new ClosingScope(scope, rowsByCode, stored);
        ParentCheck parents = new ParentCheck(rowsByCode,
                code -> stored.validVersion(code) != null && !closing.closes(code));

        List<UnitVersion> inserts = new ArrayList<>();
        List<ValidityChange> changes = new ArrayList<>();
        int unchanged = 0;
        for (UnitRow row : distinctRows) {
            Optional<String> fault = parents.faultOf(row);
            if (fault.isPresent()) {
                problems.add(new CsvProblem(row.line(), fault.get()));
                continue;
            }
            UnitVersion current = stored.validVersion(row.code());
            if (current == null) {
                inserts.add(version(null, row, date, stored.nextStart(row.code())));
            } else if (current.sameContentAs(row)) {
                unchanged++;
            } else if (current.validFrom().equals(date)) {
                inserts.add(version(storedId(current), row, date, current.validTo()));
            } else {
                changes.add(new ValidityChange(storedId(current), date));
                inserts.add(version(null, row, date, current.validTo()));
            }
        }
        stored.validVersions().stream()
                .filter(version -> closing.closes(version.code()))
                .sorted(Comparator.comparing(UnitVersion::code))
                .forEach(version -> changes.add(new ValidityChange(storedId(version), date)));
        problems.sort(Comparator.comparingInt(CsvProblem::line));
        return new ImportPlan(inserts, changes, unchanged, problems);
    }

    private static UnitVersion version(Long id, UnitRow row, LocalDate from, LocalDate to) {
        return new UnitVersion(id, row.code(), row.name(), row.type(), row.level(), row.parentCode(), from, to);
    }

    private static long storedId(UnitVersion version) {
        if (version.id() == null) {
            throw new IllegalArgumentException("Stored version without id: " + version);
        }
        return version.id();
    }
}
