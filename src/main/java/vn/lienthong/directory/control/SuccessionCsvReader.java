package vn.lienthong.directory.control;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a succession table
 * ({@code old_ward_code,old_ward_name,old_district_name,new_ward_code,new_ward_name,new_province_name}).
 * Only the shape of each row is checked here; whether its codes exist in the directory is checked by the caller,
 * which knows the directory.
 */
public final class SuccessionCsvReader {

    static final List<String> COLUMNS = List.of("old_ward_code", "old_ward_name", "old_district_name",
            "new_ward_code", "new_ward_name", "new_province_name");

    private SuccessionCsvReader() {
    }

    public static ParsedSuccessions read(Reader in) throws IOException {
        CsvDocument document = CsvParser.parse(in).withHeader(COLUMNS);
        List<SuccessionRow> rows = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>(document.problems());
        Map<String, Integer> lineOfPair = new HashMap<>();
        for (CsvRecord record : document.records()) {
            List<String> faults = new ArrayList<>();
            String oldCode = record.field(0);
            String newCode = record.field(3);
            checkCode(oldCode, "Thiếu mã đơn vị cũ.", "Mã đơn vị cũ", faults);
            checkCode(newCode, "Thiếu mã đơn vị mới.", "Mã đơn vị mới", faults);
            if (faults.isEmpty()) {
                Integer first = lineOfPair.putIfAbsent(oldCode + "->" + newCode, record.line());
                if (first != null) {
                    faults.add("Cặp mã cũ " + oldCode + " và mã mới " + newCode + " bị trùng: đã có ở dòng "
                            + first + ".");
                }
            }
            if (faults.isEmpty()) {
                rows.add(new SuccessionRow(record.line(), oldCode, text(record, 1), text(record, 2), newCode,
                        text(record, 4), text(record, 5)));
            } else {
                problems.add(new CsvProblem(record.line(), String.join(" ", faults)));
            }
        }
        problems.sort(Comparator.comparingInt(CsvProblem::line));
        return new ParsedSuccessions(rows, problems);
    }

    private static void checkCode(String code, String whenMissing, String what, List<String> faults) {
        if (code.isEmpty()) {
            faults.add(whenMissing);
        } else if (!UnitCodes.isWellFormed(code)) {
            faults.add(UnitCodes.malformed(what, code));
        }
    }

    private static String text(CsvRecord record, int index) {
        return UnitCsvReader.nfc(record.field(index));
    }
}
