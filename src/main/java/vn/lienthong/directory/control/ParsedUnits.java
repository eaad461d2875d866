package vn.lienthong.directory.control;

import java.util.List;

/**
 * The rows of a unit list that passed the checks, and why the others did not.
 */
public record ParsedUnits(List<UnitRow> rows, List<CsvProblem> problems) {

    public ParsedUnits {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
