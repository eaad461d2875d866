package vn.lienthong.directory.control;

import java.util.List;

/**
 * One CSV record with the line it starts on (a quoted field may span several lines).
 */
record CsvRecord(int line, List<String> fields) {

    String field(int index) {
        return fields.get(index).strip();
    }
}
