package vn.lienthong.directory.control;

import java.util.List;

/**
 * What importing a unit list changes in the stored history, computed before anything is written so that it can
 * be shown, counted and applied in one transaction.
 *
 * @param inserts         versions to store. A version without id is new. A version with an id corrects that stored
 *                        version in place (same code and {@code validFrom}, new name, type, level or parent): it
 *                        arises when a list is imported again for the same date with different content, where a
 *                        second version from the same day could not be told apart from the first.
 * @param validityChanges stored versions that end on the list's date
 * @param unchanged       rows that matched the stored version exactly
 * @param problems        rows left out, and why
 */
public record ImportPlan(List<UnitVersion> inserts, List<ValidityChange> validityChanges, int unchanged,
        List<CsvProblem> problems) {

    public ImportPlan {
        inserts = List.copyOf(inserts);
        validityChanges = List.copyOf(validityChanges);
        problems = List.copyOf(problems);
    }

    /** The versions to store as new rows. */
    public List<UnitVersion> newVersions() {
        return inserts.stream().filter(version -> version.id() == null).toList();
    }

    /** The stored versions whose content is to be overwritten, see {@link #inserts()}. */
    public List<UnitVersion> corrections() {
        return inserts.stream().filter(version -> version.id() != null).toList();
    }

    /** Whether applying the plan would change nothing. */
    public boolean isEmpty() {
        return inserts.isEmpty() && validityChanges.isEmpty();
    }
}
