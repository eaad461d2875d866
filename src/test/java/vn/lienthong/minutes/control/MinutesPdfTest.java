package vn.lienthong.minutes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.minutes.entity.VersionKind;
import vn.lienthong.scheduling.control.LetterWording;
import vn.lienthong.scheduling.entity.MeetingKind;
import vn.lienthong.testsupport.PdfDocuments;

/**
 * Issue "Minutes, conclusions and the archive": the PDFs of locked minutes and of the conclusion notice read back
 * with a PDF reader: the national motto and issuer, Vietnamese with its diacritics, the formatted discussion, the
 * attendance, the SHA-256 on every page, an amendment's reason, and the notice's tasks and recipients.
 */
class MinutesPdfTest {

    private static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 15, 8, 0, 0, 0,
            ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String HASH = "3f7a9c0d1e2b4a5968778695a4b3c2d1e0f9a8b7c6d5e4f30211203f4e5d6c7b";

    private static JsonObject content(int sections) {
        var attendance = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("unitCode", "94").add("unitName", "Tỉnh Sóc Trăng")
                        .add("present", true).add("delegates", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("name", "Trần Thị Hồng Nhung")
                                        .add("position", "Giám đốc Sở"))))
                .add(Json.createObjectBuilder().add("unitCode", "31570").add("unitName", "Xã Phú Tâm")
                        .add("present", false).add("reason", "Trùng lịch tiếp dân"));
        var list = Json.createArrayBuilder();
        for (int i = 1; i <= sections; i++) {
            list.add(Json.createObjectBuilder().add("agendaItem", i).add("title", "Báo cáo tình hình số " + i)
                    .add("discussion", "<h3>Ý kiến đại biểu</h3><p>Đẩy mạnh <b>chuyển đổi số</b>, <i>cải cách"
                            + " hành chính</i> và <u>giải ngân</u> vốn đầu tư công.</p><ul><li>Kiểm tra hồ sơ"
                            + "<ol><li>Rà soát thủ tục</li></ol></li><li>Báo cáo kết quả</li></ul>"
                            + "<table><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr><tr><td>Giải ngân</td>"
                            + "<td>85%</td></tr><tr><td colspan=\"2\">Đạt kế hoạch</td></tr></table>"));
        }
        return MinutesContent.normalize(Json.createObjectBuilder().add("attendance", attendance)
                .add("sections", list).add("conclusions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("text", "<p>Giao Sở Tài chính tham mưu"
                                + " phương án phân bổ vốn.</p>")))
                .build());
    }

    private static MinutesPrint print(VersionKind kind, int sections) {
        boolean amendment = kind == VersionKind.AMENDMENT;
        return new MinutesPrint(LetterWording.issuer("Tỉnh Sóc Trăng", "Tỉnh"), 4711,
                "Sơ kết công tác chuyển đổi số", MeetingKind.MEETING, START, START.plusHours(2),
                "Điểm cầu Tỉnh Sóc Trăng (Phòng họp trực tuyến)", "Lê Văn Thử", "Phó Chủ tịch UBND tỉnh",
                "Nguyễn Thư Ký", content(sections), amendment ? 5 : 4, kind, HASH, amendment ? 4 : null,
                amendment ? "Sửa tên đơn vị phối hợp" : null);
    }

    @Test
    void finalMinutesReadBackWithTheMottoTheirVietnameseTextAndTheHash() {
        byte[] pdf = MinutesPdf.render(print(VersionKind.FINAL, 1));
        String text = nfc(PdfDocuments.flatText(pdf));
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
        assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc"), text);
        assertTrue(text.contains("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG"), text);
        assertTrue(text.contains("Số: /BB-UBND"), text);
        assertTrue(text.contains("Sóc Trăng, ngày 15 tháng 12 năm 2026"), text);
        assertTrue(text.contains("BIÊN BẢN"), text);
        assertTrue(text.contains("Cuộc họp: Sơ kết công tác chuyển đổi số"), text);
        assertTrue(text.contains("Chủ trì: Đồng chí Lê Văn Thử, Phó Chủ tịch UBND tỉnh"), text);
        assertTrue(text.contains("Trần Thị Hồng Nhung, Giám đốc Sở"), text);
        assertTrue(text.contains("Xã Phú TâmVắng mặt"), text);
        assertTrue(text.contains("Lý do: Trùng lịch tiếp dân"), text);
        assertTrue(text.contains("Đẩy mạnh chuyển đổi số, cải cách hành chính và giải ngân vốn đầu tư công."), text);
        assertTrue(text.contains("• Kiểm tra hồ sơ"), text);
        assertTrue(text.contains("1. Rà soát thủ tục"), text);
        // the reader runs the cells of a table row together
        assertTrue(text.contains("Chỉ tiêuKết quả Giải ngân85% Đạt kế hoạch"), text);
        assertTrue(text.contains("Đạt kế hoạch"), text);
        assertTrue(text.contains("Giao Sở Tài chính tham mưu phương án phân bổ vốn."), text);
        assertTrue(text.contains("THƯ KÝ"), text);
        assertTrue(text.contains("Nguyễn Thư Ký"), text);
        assertTrue(text.contains("SHA-256: " + HASH), text);
        assertFalse(text.contains("ĐÍNH CHÍNH"), text);
        assertTrue(PdfDocuments.fonts(pdf).stream().allMatch(f -> f.contains("Liberation") && f.endsWith(" embedded") && !f.endsWith("not embedded")),
                () -> PdfDocuments.fonts(pdf).toString());
    }

    @Test
    void longMinutesPrintTheHashAndThePageOnEveryPage() {
        List<String> pages = PdfDocuments.pages(MinutesPdf.render(print(VersionKind.FINAL, 12))).stream()
                .map(PdfDocuments::flat).map(MinutesPdfTest::nfc).toList();
        assertTrue(pages.size() > 1, () -> pages.size() + " pages");
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertTrue(page.contains("SHA-256: " + HASH), page);
            assertTrue(page.contains("Biên bản cuộc họp 4711, phiên bản 4 - trang " + (i + 1) + "/" + pages.size()),
                    page);
        }
    }

    @Test
    void anAmendmentSaysWhichVersionItCorrectsAndWhy() {
        String text = nfc(PdfDocuments.flatText(MinutesPdf.render(print(VersionKind.AMENDMENT, 1))));
        assertTrue(text.contains("BẢN ĐÍNH CHÍNH (phiên bản 5) của biên bản phiên bản 4. Lý do đính chính: Sửa tên"
                + " đơn vị phối hợp"), text);
        assertTrue(text.contains("Biên bản đính chính cuộc họp 4711, phiên bản 5"), text);
    }

    @Test
    void theConclusionNoticeListsEachTaskAndSendsItToTheUnitsWithTasks() {
        NoticePrint notice = new NoticePrint(LetterWording.issuer("Tỉnh Sóc Trăng", "Tỉnh"), 4711,
                "Sơ kết công tác chuyển đổi số", MeetingKind.MEETING, START, START.plusHours(2),
                "Điểm cầu Tỉnh Sóc Trăng", "Lê Văn Thử", "Phó Chủ tịch UBND tỉnh", LocalDate.of(2026, 12, 16), 4,
                HASH, List.of(new NoticePrint.Conclusion(1, "<p>Đẩy mạnh <b>giải ngân</b> vốn đầu tư công.</p>",
                        List.of(new NoticePrint.Assignment("Rà soát các dự án chậm giải ngân", "Sở Tài chính",
                                List.of("Huyện Châu Thành", "Xã Phú Tâm"), LocalDate.of(2027, 1, 31))))),
                List.of("Sở Tài chính", "Huyện Châu Thành", "Xã Phú Tâm"));
        byte[] pdf = NoticePdf.render(notice);
        String text = nfc(PdfDocuments.flatText(pdf));
        assertTrue(PdfDocuments.fonts(pdf).stream().noneMatch(f -> f.endsWith("not embedded")),
                () -> PdfDocuments.fonts(pdf).toString());
        assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc"), text);
        assertTrue(text.contains("Số: /TB-UBND"), text);
        assertTrue(text.contains("Sóc Trăng, ngày 16 tháng 12 năm 2026"), text);
        assertTrue(text.contains("THÔNG BÁO Kết luận của đồng chí Lê Văn Thử, Phó Chủ tịch UBND tỉnh tại cuộc họp:"
                + " Sơ kết công tác chuyển đổi số"), text);
        assertTrue(text.contains("Đẩy mạnh giải ngân vốn đầu tư công."), text);
        assertTrue(text.contains("Nhiệm vụ: Rà soát các dự án chậm giải ngân. Đơn vị chủ trì: Sở Tài chính; đơn vị"
                + " phối hợp: Huyện Châu Thành, Xã Phú Tâm; thời hạn: 31/01/2027."), text);
        assertTrue(text.contains("Nơi nhận: - Sở Tài chính; - Huyện Châu Thành; - Xã Phú Tâm; - Lưu: VT."), text);
        assertTrue(text.contains("SHA-256 của biên bản: " + HASH), text);
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
