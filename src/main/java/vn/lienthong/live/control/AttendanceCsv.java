package vn.lienthong.live.control;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.lienthong.live.entity.Attendance;
import vn.lienthong.live.entity.AttendanceState;
import vn.lienthong.live.entity.PersonAttendance;
import vn.lienthong.live.entity.Presence;

/**
 * The roll call as CSV: UTF-8 with a byte order mark, so that Excel shows the Vietnamese names right, headings in
 * Vietnamese, one line per invited unit with its stays in the meeting (Vietnam time).
 */
public final class AttendanceCsv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final List<String> HEADINGS = List.of("Mã đơn vị", "Đơn vị", "Cấp", "Đã xác nhận dự",
            "Đại biểu", "Điểm danh", "Lý do vắng", "Người dự thay", "Thời gian tham gia");

    private AttendanceCsv() {
    }

    public static byte[] write(List<RollCall.Line> lines, Map<String, Attendance> attendance,
                               Map<String, Map<Integer, PersonAttendance>> persons, Map<String, List<Presence>> stays) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        row(csv, HEADINGS);
        for (RollCall.Line line : lines) {
            Attendance a = attendance.get(line.unitCode());
            row(csv, List.of(line.unitCode(), line.unitName(), tier(line.level()), line.expected() ? "Có" : "Không",
                    delegates(line, persons.getOrDefault(line.unitCode(), Map.of())), a == null ? "Chưa có mặt" : state(a.getState()),
                    a == null || a.getReason() == null ? "" : a.getReason(),
                    a == null || a.getRepresentedBy() == null ? "" : a.getRepresentedBy(),
                    stays.getOrDefault(line.unitCode(), List.of()).stream().map(AttendanceCsv::stay)
                            .collect(Collectors.joining("; "))));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The delegates, each followed by the secretariat's word on them, e.g. "Lê Văn A, Phó Chủ tịch (Vắng: ốm)". */
    private static String delegates(RollCall.Line line, Map<Integer, PersonAttendance> persons) {
        List<String> named = new java.util.ArrayList<>();
        for (int i = 0; i < line.delegates().size(); i++) {
            PersonAttendance person = persons.get(i);
            String said = person == null ? "" : " (" + state(person.getState())
                    + (person.getReason() != null ? ": " + person.getReason() : "")
                    + (person.getRepresentedBy() != null ? ": " + person.getRepresentedBy() : "") + ")";
            named.add(line.delegates().get(i) + said);
        }
        return String.join("; ", named);
    }

    private static String stay(Presence presence) {
        return TIME.format(presence.getJoinedAt()) + " - "
                + (presence.getLeftAt() == null ? "" : TIME.format(presence.getLeftAt()));
    }

    private static String tier(int level) {
        return switch (level) {
            case 1 -> "Tỉnh";
            case 2 -> "Huyện";
            case 3 -> "Xã";
            default -> Integer.toString(level);
        };
    }

    private static String state(AttendanceState state) {
        return switch (state) {
            case PRESENT_ONLINE -> "Có mặt (trực tuyến)";
            case PRESENT_ROOM -> "Có mặt (tại phòng họp)";
            case ABSENT -> "Vắng";
            case REPRESENTED -> "Có người dự thay";
        };
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
