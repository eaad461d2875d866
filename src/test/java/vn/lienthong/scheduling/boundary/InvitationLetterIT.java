package vn.lienthong.scheduling.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.array;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;
import static vn.lienthong.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Api.Download;
import vn.lienthong.testsupport.Database;
import vn.lienthong.testsupport.Deployments;
import vn.lienthong.testsupport.Parallel;
import vn.lienthong.testsupport.PdfDocuments;

/**
 * Issue "Invitation letter (giấy mời)" over HTTP against MariaDB with the Sóc Trăng demo data: letters downloaded
 * and read back with a PDF reader, numbered per issuer one after the other (also under parallel first downloads),
 * stable through re-downloads and changes, drafts unnumbered, cancelled letters marked, the appendix for every
 * commune of the province, and who may not read a letter. Each test books in weeks 70-74 of the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationLetterIT {

    /** Huyện Kế Sách: a district host issues letters of its own. */
    private static final String KE_SACH = "943";
    /** Xã Hồ Đắc Kiện (942), whose clerk is xa-31570; xa-31531 is the clerk of Thị trấn An Lạc Thôn (943). */
    private static final String HO_DAC_KIEN = "31570";
    private static final Pattern NUMBER = Pattern.compile("Số: (\\d+)/GM-UBND");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api as(String username) {
        return Api.at(base).as(username);
    }

    private static String path(long meeting) {
        return "api/meetings/" + meeting + "/letter.pdf";
    }

    /** Books and approves (the provincial secretariat's own submission is approved at once). */
    private static long approved(Api secretariat, JsonObjectBuilder request) {
        long id = id(book(secretariat, request));
        Api.Reply submitted = secretariat.post("api/meetings/" + id + "/submit", "{}");
        assertEquals("APPROVED", submitted.json().getString("status"), () -> "submit: " + submitted);
        return id;
    }

    private static Download pdf(Download download) {
        assertEquals(200, download.status(), () -> "letter: " + download.reply());
        assertEquals("application/pdf", download.reply().contentType());
        assertTrue(new String(download.bytes(), 0, 5).startsWith("%PDF-"));
        return download;
    }

    private static int number(String text) {
        Matcher number = NUMBER.matcher(text);
        assertTrue(number.find(), () -> "no number in " + text);
        return Integer.parseInt(number.group(1));
    }

    private static long lastNumber(String issuer) {
        return Database.count("SELECT COALESCE(MAX(last_number), 0) FROM letter_counter WHERE issuer_unit_code = ?"
                + " AND issue_year = ?", issuer, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
    }

    @Test
    void lettersOfOneIssuerAreNumberedOneAfterTheOtherAndKeepTheirNumberThroughChanges() {
        Api secretariat = as("thuky");
        LocalDate day = week(70);
        String title = unique("Hội nghị trực tuyến triển khai kế hoạch phòng chống thiên tai");
        JsonObjectBuilder first = meeting(title, day, "08:00", "10:00").add("hostUnit", KE_SACH)
                .add("invite", Json.createObjectBuilder().add("childrenOf", array(KE_SACH)));
        long before = lastNumber(KE_SACH);
        long a = approved(secretariat, first);
        long b = approved(secretariat, meeting(unique("Họp giao ban"), day.plusDays(1), "08:00", "09:00", "31531")
                .add("hostUnit", KE_SACH));

        Download letter = pdf(secretariat.download(path(a)));
        String text = PdfDocuments.flatText(letter.bytes());
        assertEquals(before + 1, number(text), text);
        assertTrue(text.contains("ỦY BAN NHÂN DÂN HUYỆN KẾ SÁCH"), text);
        assertTrue(text.contains("Kế Sách, ngày "), text);
        assertTrue(text.contains("GIẤY MỜI"), text);
        assertTrue(text.contains(title), "the title with its diacritics: " + text);
        assertTrue(text.contains("Thị trấn An Lạc Thôn"), "an invited commune: " + text);
        assertTrue(text.contains("Vào lúc 08 giờ 00, " + "thứ Hai, ") && text.contains("kết thúc lúc 10 giờ 00"), text);
        assertTrue(text.contains("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Thử"), text);
        assertFalse(text.contains("DỰ THẢO"), text);
        Set<String> fonts = PdfDocuments.fonts(letter.bytes());
        assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(f -> f.endsWith(" embedded")), fonts::toString);
        String disposition = letter.reply().header("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment; filename=\"giay-moi-" + a + ".pdf\"; filename*=UTF-8''"),
                disposition);
        assertTrue(disposition.contains("Gi%E1%BA%A5y%20m%E1%BB%9Di%20s%E1%BB%91%20" + (before + 1) + "-GM-UBND"),
                disposition);

        assertEquals(before + 1, number(PdfDocuments.flatText(pdf(as("xa-31531").download(path(a))).bytes())),
                "the same number for an invited commune's clerk");
        assertEquals(before + 2, number(PdfDocuments.flatText(pdf(secretariat.download(path(b))).bytes())));

        JsonObject current = secretariat.get("api/meetings/" + a).json();
        Api.Reply changed = secretariat.put("api/meetings/" + a, meeting(title, day, "08:00", "11:30")
                .add("hostUnit", KE_SACH).add("invite", Json.createObjectBuilder().add("childrenOf", array(KE_SACH)))
                .add("version", current.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, changed.status(), () -> "change: " + changed);
        String again = PdfDocuments.flatText(pdf(secretariat.download(path(a))).bytes());
        assertEquals(before + 1, number(again), "the number stays after a change");
        assertTrue(again.contains("kết thúc lúc 11 giờ 30"), "rendered anew: " + again);
        assertEquals(before + 2, lastNumber(KE_SACH), "nothing more was issued");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'InvitationLetter'"
                + " AND entity_id = ? AND action = 'CREATE'", Long.toString(a)), "the issue is audited once");
    }

    @Test
    void parallelFirstDownloadsOfOneIssuersLettersGetDistinctConsecutiveNumbers() {
        Api secretariat = as("thuky");
        LocalDate day = week(71);
        int n = 6;
        List<Long> meetings = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            meetings.add(approved(secretariat, meeting(unique("Họp chuyên đề " + i), day.plusDays(i % 5),
                    String.format("%02d:00", 7 + i / 5 * 3), String.format("%02d:00", 8 + i / 5 * 3), HO_DAC_KIEN)));
        }
        long before = lastNumber("94");

        List<Download> downloads = Parallel.run(n * 2, i -> secretariat.download(path(meetings.get(i % n))));

        Set<Integer> numbers = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            int first = number(PdfDocuments.flatText(pdf(downloads.get(i)).bytes()));
            int second = number(PdfDocuments.flatText(pdf(downloads.get(i + n)).bytes()));
            assertEquals(first, second, "two parallel first downloads of one meeting, one number");
            numbers.add(first);
        }
        Set<Integer> expected = new TreeSet<>();
        for (int k = 1; k <= n; k++) {
            expected.add((int) before + k);
        }
        assertEquals(expected, numbers);
        assertEquals(before + n, lastNumber("94"));
    }

    @Test
    void aDraftIsMarkedAndUnnumberedAndACancelledLetterKeepsItsNumberWithTheReason() {
        Api secretariat = as("thuky");
        long id = id(book(secretariat, meeting(unique("Họp rà soát hồ sơ"), week(72), "09:00", "10:00", HO_DAC_KIEN)));

        Download draft = pdf(secretariat.download(path(id)));
        String text = PdfDocuments.flatText(draft.bytes());
        assertTrue(text.contains("DỰ THẢO"), text);
        assertFalse(NUMBER.matcher(text).find(), text);
        assertTrue(text.contains("Số: /GM-UBND"), text);
        assertTrue(draft.reply().header("Content-Disposition").orElse("").contains("d%E1%BB%B1%20th%E1%BA%A3o"));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM invitation_letter WHERE meeting_id = ?", id));

        assertEquals("APPROVED", secretariat.post("api/meetings/" + id + "/submit", "{}").json().getString("status"));
        int number = number(PdfDocuments.flatText(pdf(secretariat.download(path(id))).bytes()));
        assertEquals(200, secretariat.post("api/meetings/" + id + "/cancel", "{\"reason\": \"Lùi lịch do bão số 9\"}")
                .status());
        String cancelled = PdfDocuments.flatText(pdf(secretariat.download(path(id))).bytes());
        assertEquals(number, number(cancelled), cancelled);
        assertTrue(cancelled.contains("ĐÃ HỦY"), cancelled);
        assertTrue(cancelled.contains("Lùi lịch do bão số 9"), cancelled);
    }

    @Test
    void aLetterToEveryCommuneOfTheProvinceListsThemOnNumberedAppendixPages() {
        Api secretariat = as("thuky");
        long id = approved(secretariat, meeting(unique("Hội nghị trực tuyến toàn tỉnh"), week(73), "14:00", "16:00")
                .add("invite", Json.createObjectBuilder().add("allUnder",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "94").add("level", 3)))));
        secretariat.download(path(id));
        long began = System.nanoTime();
        Download letter = pdf(secretariat.download(path(id)));
        long millis = (System.nanoTime() - began) / 1_000_000;
        List<String> pages = PdfDocuments.pages(letter.bytes()).stream().map(PdfDocuments::flat).toList();
        System.out.println("letter for 109 communes over HTTP: " + pages.size() + " pages, " + letter.bytes().length
                + " bytes in " + millis + " ms");

        assertTrue(pages.get(0).contains("109 đơn vị cấp xã"), pages.get(0));
        String all = String.join(" ", pages);
        assertTrue(all.contains("DANH SÁCH ĐƠN VỊ ĐƯỢC MỜI"), all);
        assertTrue(all.contains("Xã Phú Tâm") && all.contains("Điểm cầu Xã Phú Tâm"), all);
        assertTrue(all.contains(" 109 "), "the last commune's number");
        for (int page = 1; page <= pages.size(); page++) {
            assertTrue(pages.get(page - 1).contains("trang " + page + "/" + pages.size()), pages.get(page - 1));
        }
    }

    @Test
    void aConfidentialLetterDoesNotExistForAUnitNotInvitedNorAnUnknownMeetingForAnyoneNorAnythingAnonymously() {
        long id = id(book(as("thuky"), meeting(unique("Họp bàn công tác nhân sự"), week(74), "14:00", "15:00",
                HO_DAC_KIEN).add("confidential", true)));

        pdf(as("xa-31570").download(path(id)));
        Api.Reply hidden = as("xa-31531").download(path(id)).reply();
        assertEquals("/problems/not-found", assertProblem(404, hidden).getString("type"));
        assertProblem(404, as("thuky").download(path(Long.MAX_VALUE / 2)).reply());
        assertProblem(401, Api.at(base).download(path(id)).reply());
    }
}
