package vn.lienthong.live.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.lienthong.live.entity.Attendance;
import vn.lienthong.live.entity.PersonAttendance;

/**
 * The roll call as CSV: UTF-8 with a byte order mark, so that Excel shows the Vietnamese names right, headings in
 * Vietnamese, one line per invited unit with its point's stays in the meeting, when it first joined and last left,
 * how long it was online (h:mm:ss), and the delegates' check-ins and check-outs (Vietnam time).
 */
public final class AttendanceCsv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final List<String> HEADINGS = List.of("Mã đơn vị", "Đơn vị", "Cấp", "Đã xác nhận dự",
            "Đại biểu", "Điểm danh", "Lý do vắng", "Người dự thay", "Thời gian tham gia", "Vào lần đầu",
            "Rời lần cuối", "Tổng thời gian trực tuyến", "Đại biểu vào - ra");

    private AttendanceCsv() {
    }

    public static byte[] write(RollCallSheet sheet) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        row(csv, HEADINGS);
        for (RollCall.Line line : sheet.lines()) {
            Attendance a = sheet.attendanceOf(line.unitCode());
            Stays.Summary stays = sheet.staysOf(line.unitCode());
            row(csv, List.of(line.unitCode(), line.unitName(), RollCallWords.tier(line.level()),
                    line.expected() ? "Có" : "Không", delegates(line, sheet.personsOf(line.unitCode())),
                    RollCallWords.state(a == null ? null : a.getState()),
                    a == null || a.getReason() == null ? "" : a.getReason(),
                    a == null || a.getRepresentedBy() == null ? "" : a.getRepresentedBy(),
                    RollCallWords.stays(stays), RollCallWords.time(stays.firstJoined()),
                    RollCallWords.time(stays.lastLeft()), stays.isEmpty() ? "" : Stays.clock(stays.total()),
                    delegateStays(line, sheet)));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The delegates, each followed by the secretariat's word on them, e.g. "Lê Văn A, Phó Chủ tịch (Vắng: ốm)". */
    private static String delegates(RollCall.Line line, Map<Integer, PersonAttendance> persons) {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < line.delegates().size(); i++) {
            PersonAttendance person = persons.get(i);
            String said = person == null ? "" : " (" + RollCallWords.state(person.getState())
                    + (person.getReason() != null ? ": " + person.getReason() : "")
                    + (person.getRepresentedBy() != null ? ": " + person.getRepresentedBy() : "") + ")";
            named.add(line.delegates().get(i) + said);
        }
        return String.join("; ", named);
    }

    /** E.g. "Lê Văn A, Phó Chủ tịch: 08:05:00 27/11/2026 - 09:30:00 27/11/2026 (1:25:00)". */
    private static String delegateStays(RollCall.Line line, RollCallSheet sheet) {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < line.delegates().size(); i++) {
            Stays.Summary stays = sheet.staysOf(line.unitCode(), i);
            if (!stays.isEmpty()) {
                named.add(line.delegates().get(i) + ": " + RollCallWords.stays(stays) + " ("
                        + Stays.clock(stays.total()) + ")");
            }
        }
        return String.join("; ", named);
    }

    /**
     * One line; every field quoted, quotes doubled, lines ended CRLF as RFC 4180 says. A field that a spreadsheet
     * would take for a formula (a delegate's name typed as "=...") is kept as text by a leading apostrophe.
     */
    private static void row(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(AttendanceCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String field(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
