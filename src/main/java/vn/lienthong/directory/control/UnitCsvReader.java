package vn.lienthong.directory.control;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a unit list ({@code code,name,type,parent_code,level}). Each faulty row is reported with all its faults and
 * left out; the others are kept, so one typo does not block a list of ten thousand units.
 */
public final class UnitCsvReader {

    static final List<String> COLUMNS = List.of("code", "name", "type", "parent_code", "level");

    private UnitCsvReader() {
    }

    public static ParsedUnits read(Reader in) throws IOException {
        CsvDocument document = CsvParser.parse(in).withHeader(COLUMNS);
        List<UnitRow> rows = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>(document.problems());
        Map<String, Integer> lineOfCode = new HashMap<>();
        for (CsvRecord record : document.records()) {
            List<String> faults = new ArrayList<>();
            String code = record.field(0);
            String name = nfc(record.field(1));
            String type = nfc(record.field(2));
            String parentCode = record.field(3).isEmpty() ? null : record.field(3);
            String level = record.field(4);

            checkCode(code, record.line(), lineOfCode, faults);
            if (name.isEmpty()) {
                faults.add("Thiếu tên đơn vị.");
            }
            if (type.isEmpty()) {
                faults.add("Thiếu loại đơn vị (Tỉnh, Huyện, Xã, ...).");
            }
            int parsedLevel = checkLevel(level, faults);
            checkParent(code, parentCode, parsedLevel, faults);

            if (faults.isEmpty()) {
                rows.add(new UnitRow(record.line(), code, name, type, parentCode, parsedLevel));
            } else {
                problems.add(new CsvProblem(record.line(), String.join(" ", faults)));
            }
        }
        problems.sort(Comparator.comparingInt(CsvProblem::line));
        return new ParsedUnits(rows, problems);
    }

    private static void checkCode(String code, int line, Map<String, Integer> lineOfCode, List<String> faults) {
        if (code.isEmpty()) {
            faults.add("Thiếu mã đơn vị.");
        } else if (!UnitCodes.isWellFormed(code)) {
            faults.add(UnitCodes.malformed("Mã đơn vị", code));
        } else {
            Integer first = lineOfCode.putIfAbsent(code, line);
            if (first != null) {
                faults.add("Mã đơn vị " + code + " bị trùng: đã có ở dòng " + first + ".");
            }
        }
    }

    /** The level 1 to 3, or 0 when the column holds anything else. */
    private static int checkLevel(String level, List<String> faults) {
        if (level.isEmpty()) {
            faults.add("Thiếu cấp đơn vị (1, 2 hoặc 3).");
            return 0;
        }
        if (level.matches("[123]")) {
            return Integer.parseInt(level);
        }
        faults.add("Cấp đơn vị \"" + level + "\" không hợp lệ: cấp phải là 1, 2 hoặc 3.");
        return 0;
    }

    private static void checkParent(String code, String parentCode, int level, List<String> faults) {
        if (parentCode != null && !UnitCodes.isWellFormed(parentCode)) {
            faults.add(UnitCodes.malformed("Mã đơn vị cấp trên", parentCode));
        } else if (parentCode != null && parentCode.equals(code)) {
            faults.add("Đơn vị không thể là cấp trên của chính nó.");
        } else if (level == 1 && parentCode != null) {
            faults.add("Đơn vị cấp 1 (tỉnh, thành phố) không có cấp trên, nhưng dòng này ghi mã cấp trên "
                    + parentCode + ".");
        } else if (level > 1 && parentCode == null) {
            faults.add("Thiếu mã đơn vị cấp trên (đơn vị cấp " + level + " phải thuộc một đơn vị cấp trên).");
        }
    }

    /** Files typed on different systems mix composed and decomposed Vietnamese; the directory stores NFC. */
    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
