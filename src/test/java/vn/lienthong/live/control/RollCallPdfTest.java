package vn.lienthong.live.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.live.entity.Attendance;
import vn.lienthong.live.entity.AttendanceState;
import vn.lienthong.live.entity.LivePhase;
import vn.lienthong.live.entity.PersonAttendance;
import vn.lienthong.live.entity.Stay;
import vn.lienthong.scheduling.control.LetterWording;
import vn.lienthong.scheduling.entity.MeetingKind;
import vn.lienthong.testsupport.PdfDocuments;

/**
 * Issue 4, the roll call as a document: read back with a PDF reader, it has the administrative header, the title,
 * the meeting, the counts per tier and a table per tier with each unit's state, delegates, representative or reason
 * and its join and leave times, in Vietnamese with the embedded typeface; a list printed during the meeting says
 * it is not final.
 */
class RollCallPdfTest {

    private static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 15, 8, 0, 0, 0,
            ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Instant EIGHT = START.toInstant();

    private static Attendance attendance(String unit, AttendanceState state, String reason, String representedBy) {
        Attendance attendance = Attendance.declared(1, unit);
        attendance.override(state, reason, representedBy, "thuky", EIGHT);
        return attendance;
    }

    private static RollCallPrint print(LivePhase phase) {
        List<RollCall.Line> lines = List.of(
                new RollCall.Line("94", "Tỉnh Sóc Trăng", 1, true, List.of()),
                new RollCall.Line("942", "Huyện Châu Thành", 2, true, List.of()),
                new RollCall.Line("31570", "Xã Hồ Đắc Kiện", 3, true,
                        List.of("Nguyễn Văn Tư, Chủ tịch UBND xã")),
                new RollCall.Line("31531", "Thị trấn An Lạc Thôn", 3, false, List.of()));
        PersonAttendance delegate = new PersonAttendance(1, "31570", 0, "Nguyễn Văn Tư");
        delegate.declare(AttendanceState.PRESENT_ROOM, null, null, "thuky", EIGHT);
        RollCallSheet sheet = new RollCallSheet(lines, Map.of(
                "94", attendance("94", AttendanceState.PRESENT_ROOM, null, null),
                "942", attendance("942", AttendanceState.ABSENT, "Trùng lịch tiếp công dân", null),
                "31570", attendance("31570", AttendanceState.REPRESENTED, null, "Trần Thị Năm, Phó Chủ tịch")),
                Map.of("31570", Map.of(0, delegate)),
                Map.of("31570", Stays.of(List.of(new Stay(EIGHT.plusSeconds(300), EIGHT.plusSeconds(5700))),
                        EIGHT.plus(Duration.ofHours(3)))),
                Map.of("31570", Map.of(0, Stays.of(List.of(new Stay(EIGHT.plusSeconds(600), EIGHT.plusSeconds(4200))),
                        EIGHT.plus(Duration.ofHours(3))))));
        return new RollCallPrint(LetterWording.issuer("Tỉnh Sóc Trăng", "Tỉnh"), 4711, "Sơ kết công tác chuyển đổi số",
                MeetingKind.MEETING, START, START.plusHours(2), "Điểm cầu Tỉnh Sóc Trăng", "Lê Văn Thử", phase,
                EIGHT.plus(Duration.ofHours(2)), sheet);
    }

    @Test
    void theRollCallReadsBackAsAnAdministrativeListPerTierWithTimes() {
        byte[] pdf = RollCallPdf.render(print(LivePhase.ENDED));
        String text = nfc(PdfDocuments.flatText(pdf));
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
        assertTrue(text.contains("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG"), text);
        assertTrue(text.contains("Sóc Trăng, ngày 15 tháng 12 năm 2026"), text);
        assertTrue(text.contains("DANH SÁCH ĐIỂM DANH"), text);
        assertTrue(text.contains("Cuộc họp: Sơ kết công tác chuyển đổi số"), text);
        assertTrue(text.contains("Chủ trì: Lê Văn Thử."), text);
        assertTrue(text.contains("- Cấp tỉnh: 1 / 1 / 1."), text);
        assertTrue(text.contains("- Cấp huyện: 1 / 1 / 0."), text);
        assertTrue(text.contains("- Cấp xã: 2 / 1 / 1."), text);
        assertTrue(text.contains("I. CẤP TỈNH (có mặt 1/1)"), text);
        assertTrue(text.contains("II. CẤP HUYỆN (có mặt 0/1)"), text);
        assertTrue(text.contains("III. CẤP XÃ (có mặt 1/2)"), text);
        assertTrue(text.contains("Huyện Châu ThànhVắng"), text);
        assertTrue(text.contains("Trùng lịch tiếp công dân"), text);
        assertTrue(text.contains("Có người dự thay"), text);
        assertTrue(text.contains("Trần Thị Năm, Phó Chủ tịch"), text);
        assertTrue(text.contains("Nguyễn Văn Tư, Chủ tịch UBND xã (Có mặt (tại phòng họp)), 08:10 - 09:10 (1:00:00)"),
                text);
        assertTrue(text.contains("08:05 - 09:35 (1:30:00)"), text);
        assertTrue(text.contains("Thị trấn An Lạc Thôn (không xác nhận dự)"), text);
        assertTrue(text.contains("Chưa có mặt"), text);
        assertTrue(text.contains("Danh sách điểm danh cuộc họp 4711"), text);
        assertFalse(text.contains("chưa kết thúc"), text);
        assertTrue(PdfDocuments.fonts(pdf).stream().allMatch(f -> f.contains("Liberation") && f.endsWith(" embedded")),
                () -> PdfDocuments.fonts(pdf).toString());
    }

    @Test
    void aListPrintedDuringTheMeetingSaysItIsNotFinal() {
        String text = nfc(PdfDocuments.flatText(RollCallPdf.render(print(LivePhase.LIVE))));
        assertTrue(text.contains("Cuộc họp chưa kết thúc: danh sách tính đến 10:00:00 15/12/2026."), text);
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
