package vn.lienthong.directory.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV file and the problems found so far, before the fields are given a meaning.
 */
record CsvDocument(List<CsvRecord> records, List<CsvProblem> problems) {

    /**
     * Keeps the data records of a file whose first record names exactly {@code columns} in this order (case is
     * ignored). With a wrong header nothing is kept: guessing which column is which could store names as codes.
     */
    CsvDocument withHeader(List<String> columns) {
        List<CsvProblem> found = new ArrayList<>(problems);
        String expected = String.join(",", columns);
        if (records.isEmpty()) {
            if (found.isEmpty()) {
                found.add(new CsvProblem(1, "Tệp trống: thiếu dòng tiêu đề \"" + expected + "\"."));
            }
            return new CsvDocument(List.of(), found);
        }
        CsvRecord header = records.get(0);
        if (!names(header, columns)) {
            found.add(0, new CsvProblem(header.line(),
                    "Dòng tiêu đề phải là \"" + expected + "\" (đúng các cột này, theo thứ tự này)."));
            return new CsvDocument(List.of(), found);
        }
        List<CsvRecord> data = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (record.fields().size() == columns.size()) {
                data.add(record);
            } else {
                found.add(new CsvProblem(record.line(), "Dòng này có " + record.fields().size()
                        + " cột, cần đúng " + columns.size() + " cột (" + expected + ")."));
            }
        }
        return new CsvDocument(data, found);
    }

    private static boolean names(CsvRecord header, List<String> columns) {
        if (header.fields().size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!header.field(i).equalsIgnoreCase(columns.get(i))) {
                return false;
            }
        }
        return true;
    }
}
