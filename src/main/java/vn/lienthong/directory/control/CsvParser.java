package vn.lienthong.directory.control;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text into records: fields separated by commas, optionally quoted with doubled quotes inside,
 * records ended by CRLF or LF. Lenient where being strict would only lose data: a byte order mark is dropped,
 * empty lines are skipped and text after a closing quote is kept.
 */
final class CsvParser {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String text;
    private int position;
    private int line = 1;

    private CsvParser(String text) {
        this.text = text;
        this.position = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
    }

    static CsvDocument parse(Reader in) throws IOException {
        // the lists are a few hundred kilobytes at most, so reading them whole keeps the parser simple
        StringWriter whole = new StringWriter();
        in.transferTo(whole);
        return new CsvParser(whole.toString()).records();
    }

    private CsvDocument records() {
        List<CsvRecord> records = new ArrayList<>();
        while (position < text.length()) {
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            boolean complete = readRecord(fields);
            if (!complete) {
                String reason = "Dấu ngoặc kép mở ở dòng " + recordLine
                        + " không được đóng lại; từ dòng này đến cuối tệp không đọc được.";
                return new CsvDocument(records, List.of(new CsvProblem(recordLine, reason)));
            }
            boolean emptyLine = fields.size() == 1 && fields.get(0).isEmpty();
            if (!emptyLine) {
                records.add(new CsvRecord(recordLine, List.copyOf(fields)));
            }
        }
        return new CsvDocument(records, List.of());
    }

    /** Reads fields up to and including the end of the record; false if a quoted field never closes. */
    private boolean readRecord(List<String> fields) {
        StringBuilder field = new StringBuilder();
        while (true) {
            if (position < text.length() && text.charAt(position) == '"' && !readQuoted(field)) {
                return false;
            }
            while (position < text.length() && !isSeparator(text.charAt(position))) {
                field.append(text.charAt(position++));
            }
            fields.add(field.toString());
            field.setLength(0);
            if (position >= text.length()) {
                return true;
            }
            char separator = text.charAt(position++);
            if (separator != ',') {
                skipLineBreak(separator);
                return true;
            }
        }
    }

    private boolean readQuoted(StringBuilder field) {
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c != '"') {
                if (c == '\r' || c == '\n') {
                    skipLineBreak(c);
                    field.append('\n');
                } else {
                    field.append(c);
                }
            } else if (position < text.length() && text.charAt(position) == '"') {
                field.append('"');
                position++;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Counts one line for LF, CRLF or a lone CR, the line break character itself already consumed. */
    private void skipLineBreak(char first) {
        if (first == '\r' && position < text.length() && text.charAt(position) == '\n') {
            position++;
        }
        line++;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }
}
