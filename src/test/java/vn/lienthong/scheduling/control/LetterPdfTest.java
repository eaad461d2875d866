package vn.lienthong.scheduling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lienthong.directory.control.UnitVersion;
import vn.lienthong.scheduling.control.LetterContent.Invitee;
import vn.lienthong.scheduling.control.LetterContent.Standing;
import vn.lienthong.scheduling.entity.AgendaItem;
import vn.lienthong.scheduling.entity.MeetingKind;
import vn.lienthong.testsupport.PdfDocuments;

/**
 * Issue "Invitation letter": the PDF of a letter read back with a PDF reader: its Vietnamese text intact, the font
 * embedded, long lists of invited units on numbered appendix pages, drafts and cancelled letters marked.
 */
class LetterPdfTest {

    private static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 15, 8, 0, 0, 0, MeetingTimes.VIETNAM);

    private static LetterContent letter(Standing standing, String reference, String reason, List<Invitee> invited) {
        return new LetterContent(LetterWording.issuer("Tỉnh Sóc Trăng", "Tỉnh"), reference,
                reference == null ? null : LocalDate.of(2026, 11, 27), 2026, standing, reason, 4711, 3,
                "Hội nghị trực tuyến sơ kết công tác chuyển đổi số", MeetingKind.CONFERENCE, START,
                START.plusHours(2), new LetterContent.Venue("Tỉnh Sóc Trăng", "Điểm cầu Tỉnh Sóc Trăng",
                        "Phòng họp trực tuyến", "Trụ sở Tỉnh Sóc Trăng"),
                new LetterContent.Signer("Lê Văn Thử", "Phó Chủ tịch UBND tỉnh"),
                List.of(new AgendaItem("Báo cáo tình hình", "Văn phòng UBND tỉnh", 30),
                        new AgendaItem("Thảo luận", null, 60)),
                invited, START.minusDays(1), Duration.ofMinutes(30));
    }

    private static List<Invitee> invitees(List<UnitVersion> units) {
        return units.stream().filter(u -> u.level() > 1)
                .map(u -> new Invitee(u.code(), u.name(), u.level(), "Điểm cầu " + u.name())).toList();
    }

    @Test
    void anIssuedLetterForSocTrangReadsBackWithItsDiacriticsAndListsEveryUnitOnNumberedPages() throws IOException {
        List<Invitee> units = invitees(ReferenceUnits.socTrang2021(null));
        assertEquals(120, units.size());
        long began = System.nanoTime();
        byte[] pdf = LetterPdf.render(letter(Standing.OFFICIAL, "15/GM-UBND", null, units));
        long millis = (System.nanoTime() - began) / 1_000_000;
        System.out.println("letter for 11 districts and 109 communes: " + pdf.length + " bytes in " + millis + " ms");

        List<String> pages = PdfDocuments.pages(pdf).stream().map(PdfDocuments::flat).toList();
        String all = String.join(" ", pages);
        assertTrue(pages.size() >= 3, () -> pages.size() + " pages");
        assertTrue(pages.get(0).contains("ỦY BAN NHÂN DÂN"), pages.get(0));
        assertTrue(pages.get(0).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), pages.get(0));
        assertTrue(pages.get(0).contains("Số: 15/GM-UBND"), pages.get(0));
        assertTrue(pages.get(0).contains("Sóc Trăng, ngày 27 tháng 11 năm 2026"), pages.get(0));
        assertTrue(pages.get(0).contains("GIẤY MỜI"), pages.get(0));
        assertTrue(pages.get(0).contains("11 đơn vị cấp huyện và 109 đơn vị cấp xã"), pages.get(0));
        assertTrue(all.contains("thứ Ba, ngày 15 tháng 12 năm 2026"), all);
        assertTrue(all.contains("KT. CHỦ TỊCH"), all);
        assertTrue(all.contains("DANH SÁCH ĐƠN VỊ ĐƯỢC MỜI"), all);
        assertTrue(all.contains("Xã Phú Tâm"), all);
        assertTrue(all.contains("Điểm cầu Xã Hồ Đắc Kiện"), all);
        assertTrue(all.contains("120"), "the last unit's number");
        for (int page = 1; page <= pages.size(); page++) {
            String footer = "trang " + page + "/" + pages.size();
            assertTrue(pages.get(page - 1).contains(footer), footer + " on " + pages.get(page - 1));
        }
        assertFalse(all.contains("DỰ THẢO"));
        Set<String> fonts = PdfDocuments.fonts(pdf);
        assertFalse(fonts.isEmpty());
        assertTrue(fonts.stream().allMatch(f -> f.contains("LiberationSerif") && f.endsWith(" embedded")),
                fonts::toString);
    }

    @Test
    void aFewUnitsAreNamedInTheBodyWithTheirPoints() {
        List<Invitee> units = List.of(new Invitee("942", "Huyện Châu Thành", 2, "Điểm cầu Huyện Châu Thành"),
                new Invitee("31573", "Xã Phú Tâm", 3, null));
        List<String> pages = PdfDocuments.pages(LetterPdf.render(letter(Standing.OFFICIAL, "2/GM-UBND", null, units)))
                .stream().map(PdfDocuments::flat).toList();
        assertEquals(1, pages.size(), pages::toString);
        assertTrue(pages.get(0).contains("- Huyện Châu Thành;"), pages.get(0));
        assertTrue(pages.get(0).contains("- Xã Phú Tâm."), pages.get(0));
        assertTrue(pages.get(0).contains("Điểm cầu Huyện Châu Thành"), pages.get(0));
        assertFalse(pages.get(0).contains("DANH SÁCH"), pages.get(0));
    }

    @Test
    void textTypedWithCombiningMarksPrintsAsComposedLetters() {
        List<Invitee> units = List.of(new Invitee("31573", Normalizer.normalize("Xã Phú Tâm", Normalizer.Form.NFD),
                3, null));
        String text = PdfDocuments.flatText(LetterPdf.render(letter(Standing.OFFICIAL, "3/GM-UBND", null, units)));
        assertTrue(text.contains("- Xã Phú Tâm."), text);
    }

    @Test
    void aDraftIsMarkedAndHasNeitherNumberNorDay() {
        String text = PdfDocuments.flatText(LetterPdf.render(letter(Standing.DRAFT, null, null, List.of())));
        assertTrue(text.contains("DỰ THẢO"), text);
        assertTrue(text.contains("chưa được cấp số"), text);
        assertFalse(text.matches("(?s).*Số: \\d+.*"), text);
        assertTrue(text.contains("ngày tháng năm 2026"), text);
    }

    @Test
    void aCancelledLetterKeepsItsNumberAndSaysWhy() {
        String text = PdfDocuments.flatText(LetterPdf.render(letter(Standing.CANCELLED, "7/GM-UBND",
                "Lùi lịch do bão số 9", List.of())));
        assertTrue(text.contains("Số: 7/GM-UBND"), text);
        assertTrue(text.contains("ĐÃ HỦY"), text);
        assertTrue(text.contains("Lùi lịch do bão số 9"), text);
    }

    @Test
    void aRejectedLetterIsVoidWithTheReasonAndAChangedLetterAwaitingApprovalKeepsItsNumberAsADraft() {
        String rejected = PdfDocuments.flatText(LetterPdf.render(letter(Standing.REJECTED, null,
                "Trùng lịch tiếp công dân", List.of())));
        assertTrue(rejected.contains("KHÔNG ĐƯỢC DUYỆT"), rejected);
        assertTrue(rejected.contains("Trùng lịch tiếp công dân"), rejected);
        assertFalse(rejected.matches(".*Số: \\d+.*"), rejected);

        String resubmitted = PdfDocuments.flatText(LetterPdf.render(letter(Standing.DRAFT, "9/GM-UBND", null,
                List.of())));
        assertTrue(resubmitted.contains("DỰ THẢO"), resubmitted);
        assertTrue(resubmitted.contains("Số: 9/GM-UBND"), resubmitted);
        assertTrue(resubmitted.contains("giữ số này khi được duyệt lại"), resubmitted);
    }

    @Test
    void aLetterToEveryCommuneOfTheCountryStillRenders() throws IOException {
        List<Invitee> units = invitees(ReferenceUnits.national2025());
        assertEquals(3321, units.size());
        long began = System.nanoTime();
        byte[] pdf = LetterPdf.render(letter(Standing.OFFICIAL, "16/GM-UBND", null, units));
        long millis = (System.nanoTime() - began) / 1_000_000;
        List<String> pages = PdfDocuments.pages(pdf).stream().map(PdfDocuments::flat).toList();
        System.out.println("letter for 3,321 communes: " + pages.size() + " pages, " + pdf.length + " bytes in "
                + millis + " ms");
        assertTrue(pages.get(pages.size() - 1).contains("3321"), "the last unit's number");
        assertTrue(pages.get(pages.size() - 1).contains("trang " + pages.size() + "/" + pages.size()));
    }
}
