package vn.lienthong.directory.control;

import java.util.List;

/**
 * The rows of a succession table that passed the checks, and why the others did not.
 */
public record ParsedSuccessions(List<SuccessionRow> rows, List<CsvProblem> problems) {

    public ParsedSuccessions {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
