package vn.lienthong.scheduling.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Browser;
import vn.lienthong.testsupport.Deployments;
import vn.lienthong.testsupport.Fixtures;

/**
 * The scheduling screens end to end, in a real browser against the Sóc Trăng demo data: the provincial secretariat
 * books a meeting for every commune of the province, sees a commune's busy meeting point named before saving,
 * moves the meeting until the warning clears and submits it (approved at once, being the province's own); the
 * commune's clerk answers from a phone with a delegate; the secretariat sees the answer counted. Also: approval
 * and rejection from the queue; documents, the invitation letter and a cancellation, and the notices the commune
 * reads about them. Books in weeks 100 and later of {@link MeetingRequests}, which no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchedulingBrowserIT {

    /** Xã Hồ Đắc Kiện (Huyện Châu Thành); its clerk is xa-31570. */
    private static final String HO_DAC_KIEN = "31570";

    /** A commune of another district, whose meeting point is taken before the browser books. */
    private static final String BUSY_COMMUNE = "31531";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @Test
    void theSecretariatBooksEveryCommuneAroundABusyPointAndAClerkAnswersFromAPhone() {
        LocalDate day = week(100).plusDays(2);
        Api thuky = Api.at(base).as("thuky");
        String district = thuky.get("api/units/" + BUSY_COMMUNE).json().getString("parentCode");
        JsonObject busy = book(thuky, meeting(unique("Tiếp công dân định kỳ"), day, "08:00", "10:00", district)
                .add("hostUnit", BUSY_COMMUNE));
        String busyPoint = thuky.get("api/points/" + busy.getJsonNumber("hostPoint").longValue()).json().getString("name");
        int communes = communesOfTheProvinceOn(thuky, day);
        assertEquals(109, communes, "the 2021 list of Sóc Trăng still holds on " + day);

        String title = unique("Hội nghị triển khai chuyển đổi số cấp xã");
        long id;
        try (Browser browser = Browser.open(1366, 768)) {
            WebDriver page = browser.driver();
            browser.signIn(base, "thuky");
            page.findElement(By.cssSelector("a[data-nav='meetings-new']")).click();

            visible(browser, "meeting-title").sendKeys(title);
            setValue(browser, "meeting-date", day.toString());
            setValue(browser, "meeting-start", "08:00");
            setValue(browser, "meeting-end", "10:00");
            page.findElement(By.id("chair-name")).sendKeys("Lê Văn Thử");
            page.findElement(By.id("chair-position")).sendKeys("Phó Chủ tịch UBND tỉnh");
            WebElement agenda = page.findElement(By.cssSelector("#agenda-rows .agenda-row"));
            agenda.findElement(By.name("title")).sendKeys("Báo cáo kết quả chuyển đổi số");
            agenda.findElement(By.name("presenter")).sendKeys("Sở Thông tin và Truyền thông");
            agenda.findElement(By.name("minutes")).sendKeys("45");
            page.findElement(By.id("agenda-add")).click();
            List<WebElement> rows = page.findElements(By.cssSelector("#agenda-rows .agenda-row"));
            assertEquals(2, rows.size());
            rows.get(1).findElement(By.name("title")).sendKeys("Thảo luận");
            rows.get(1).findElement(By.name("minutes")).sendKeys("60");

            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("tier-picker"), "data-loaded-day", day.toString()));
            page.findElement(By.cssSelector("label[for='tier-all-communes']")).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("invited-count"), "data-count",
                    String.valueOf(communes + 1)));
            assertTrue(page.findElement(By.id("invited-count")).getText().contains("110"),
                    page.findElement(By.id("invited-count")).getText());

            WebElement conflict = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#conflict-list li[data-kind='POINT'][data-unit='" + BUSY_COMMUNE + "']")));
            browser.waiting().until(d -> conflict.getText().contains(busyPoint));
            String warning = conflict.getText();
            assertTrue(warning.contains("08:00–10:00") && warning.contains(busy.getString("title")), warning);
            assertEquals(String.valueOf(id(busy)), conflict.getAttribute("data-meeting"));
            ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'})", conflict);
            browser.screenshot("scheduling-form-conflict-1366x768");

            // the busy point stays taken until 10:00 and the next meeting needs it from 30 minutes before its start
            setValue(browser, "meeting-start", "13:30");
            setValue(browser, "meeting-end", "15:00");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("check-status"), "Không có xung đột lịch."));
            assertTrue(page.findElements(By.cssSelector("#conflict-list li")).isEmpty());

            page.findElement(By.id("meeting-save")).click();
            visible(browser, "saved-notice");
            page.findElement(By.id("action-submit")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".page-lead [data-status='APPROVED']")));
            id = Long.parseLong(page.getCurrentUrl().replaceAll(".*#/meetings/(\\d+).*", "$1"));
            JsonObject saved = thuky.get("api/meetings/" + id).json();
            assertEquals("APPROVED", saved.getString("status"));
            assertEquals(title, saved.getString("title"));
            assertEquals(communes + 1, saved.getInt("invited"));
            assertEquals(day + "T13:30:00+07:00", saved.getString("start"));
            assertEquals(2, saved.getJsonArray("agenda").size());

            page.get(base + "#/meetings?view=week&date=" + day);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#calendar-week .meeting-block[data-meeting='" + id + "'][data-status='APPROVED']")));
            browser.screenshot("scheduling-calendar-week-1366x768");
            page.findElement(By.id("calendar-view-month")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#calendar-month .month-item[data-meeting='" + id + "']")));
            browser.screenshot("scheduling-calendar-month-1366x768");
        }

        try (Browser phone = Browser.open(390, 844)) {
            WebDriver page = phone.driver();
            phone.signIn(base, "xa-31570");
            page.get(base + "#/meetings?date=" + day);
            phone.waiting().until(d -> d.findElement(By.id("calendar-agenda")).getText().contains(title));
            phone.screenshot("scheduling-agenda-390x844");

            page.get(base + "#/inbox");
            WebElement answerButton = visible(phone, "answer-" + id);
            phone.screenshot("scheduling-inbox-390x844");
            answerButton.click();
            visible(phone, "rsvp-attending").click();
            WebElement delegate = phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#delegate-rows .delegate-row")));
            delegate.findElement(By.name("name")).sendKeys("Nguyễn Văn An");
            delegate.findElement(By.name("position")).sendKeys("Phó Chủ tịch UBND xã");
            phone.screenshot("scheduling-rsvp-390x844");
            page.findElement(By.id("rsvp-save")).click();
            phone.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-alert"), "Đã gửi câu trả lời"));
            page.findElement(By.id("inbox-filter-answered")).click();
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".inbox-item[data-meeting='" + id + "'][data-rsvp='ATTENDING']")));

            visible(phone, "calendar-link-create").click();
            String feed = visible(phone, "calendar-link-url").getAttribute("value");
            assertTrue(feed.startsWith(base.getProtocol() + "://") && feed.contains("/api/calendar/"), feed);
            WebElement revoke = phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#calendar-link-list [data-revoke]")));
            String link = revoke.getAttribute("data-revoke");
            revoke.click();
            visible(phone, "confirm-yes").click();
            phone.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar-links"), "Đã thu hồi"));
            JsonArray links = (JsonArray) Api.at(base).as("xa-31570").get("api/calendar-links?unit=" + HO_DAC_KIEN).structure();
            assertTrue(links.getValuesAs(JsonObject.class).stream()
                    .noneMatch(l -> link.equals(l.getJsonNumber("id").toString())), () -> "revoked link still listed: " + links);
        }
        JsonObject answer = thuky.get("api/meetings/" + id).json().getJsonArray("invitations").getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getString("unit").equals(HO_DAC_KIEN)).findFirst().orElseThrow();
        assertEquals("ATTENDING", answer.getString("rsvp"));
        assertEquals("Nguyễn Văn An", answer.getJsonArray("delegates").getJsonObject(0).getString("name"));

        try (Browser browser = Browser.open(1366, 768)) {
            browser.signIn(base, "thuky");
            browser.driver().get(base + "#/meetings/" + id);
            WebElement communeTier = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#rsvp-summary .summary-tier[data-level='3']")));
            assertTrue(communeTier.getText().contains("1/109 xã đã trả lời"), communeTier.getText());
            WebElement row = browser.driver().findElement(By.cssSelector("#invitations tr[data-unit='" + HO_DAC_KIEN + "']"));
            assertEquals("ATTENDING", row.getAttribute("data-rsvp"));
            assertTrue(row.getText().contains("Nguyễn Văn An"), row.getText());
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", communeTier);
            browser.screenshot("scheduling-meeting-1366x768");

            browser.driver().findElement(By.id("lang-toggle")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#rsvp-summary .summary-tier[data-level='3']"), "1/109 communes answered"));
        }
    }

    @Test
    void theProvincialSecretariatApprovesOneDistrictMeetingAndRejectsAnotherWithAReason() {
        LocalDate day = week(101).plusDays(1);
        Api admin = Api.at(base).as("admin");
        String username = Fixtures.unique("tk941");
        Fixtures.createAccount(admin, username, "941", "matkhau-941", "SECRETARIAT");
        Api office = Api.at(base).as(username, "matkhau-941");
        long approve = submitted(office, unique("Họp giao ban thành phố"), day, "08:00", "09:00");
        long reject = submitted(office, unique("Họp bàn kế hoạch thành phố"), day, "14:00", "15:00");

        try (Browser browser = Browser.open(1366, 768)) {
            WebDriver page = browser.driver();
            browser.signIn(base, "thuky");
            page.findElement(By.cssSelector("a[data-nav='approvals']")).click();
            WebElement row = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#approval-queue tr[data-meeting='" + approve + "']")));
            browser.waiting().until(d -> row.getText().contains("Thành phố Sóc Trăng"));
            browser.screenshot("scheduling-approvals-1366x768");

            page.findElement(By.id("action-approve-" + approve)).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("approvals-alert"), "Đã duyệt"));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                    By.cssSelector("#approval-queue tr[data-meeting='" + approve + "']")));

            visible(browser, "action-reject-" + reject).click();
            visible(browser, "reason-confirm").click();
            assertTrue(visible(browser, "reason-error").getText().contains("lý do"));
            page.findElement(By.id("reason-input")).sendKeys("Trùng kỳ họp Hội đồng nhân dân thành phố");
            page.findElement(By.id("reason-confirm")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("approvals-alert"), "Đã từ chối"));

            // the approved meeting is changed: its invitations come back into the form, the new end is saved
            page.get(base + "#/meetings/" + approve + "/edit");
            int invited = Api.at(base).as("thuky").get("api/meetings/" + approve).json().getInt("invited");
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("invited-count"), "data-count", String.valueOf(invited)));
            setValue(browser, "meeting-end", "09:30");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("check-status"), "Không có xung đột lịch."));
            page.findElement(By.id("meeting-save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting-time"), "08:00–09:30"));
        }
        Api thuky = Api.at(base).as("thuky");
        JsonObject approved = thuky.get("api/meetings/" + approve).json();
        assertEquals("APPROVED", approved.getString("status"), "changed by the province's own office, it stays approved");
        assertEquals(day + "T09:30:00+07:00", approved.getString("end"));
        JsonObject rejected = thuky.get("api/meetings/" + reject).json();
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("Trùng kỳ họp Hội đồng nhân dân thành phố", rejected.getString("statusReason"));
    }

    @Test
    void theSecretariatAttachesDocumentsAndACommuneIsToldOfTheInvitationAndTheCancellation() throws IOException {
        LocalDate day = week(102).plusDays(3);
        Api thuky = Api.at(base).as("thuky");
        long kept = approved(thuky, unique("Họp triển khai kế hoạch phòng chống thiên tai"), day, "08:00", "09:30");
        String keptTitle = thuky.get("api/meetings/" + kept).json().getString("title");
        long dropped = approved(thuky, unique("Họp rà soát hộ nghèo cuối năm"), day, "14:00", "15:00");

        Path files = Files.createTempDirectory("tai-lieu");
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + "%".repeat(3000) + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        Path report = Files.write(files.resolve("Báo cáo phòng chống thiên tai.pdf"), pdf);
        Path program = Files.write(files.resolve("chuong-trinh.pdf"), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
        Path notes = Files.writeString(files.resolve("ghi-chu.txt"), "Ghi chú cuộc họp");

        try (Browser browser = Browser.open(1366, 768)) {
            WebDriver page = browser.driver();
            JavascriptExecutor js = (JavascriptExecutor) page;
            browser.signIn(base, "thuky");
            page.get(base + "#/meetings/" + kept);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("document-list"), "Chưa có tài liệu"));
            // the upload may be over before the test could look: the page itself notes that the bar was shown
            js.executeScript("window.progressShown = false; const bar = document.getElementById('document-progress');"
                    + "new MutationObserver(() => { if (!bar.hidden) window.progressShown = true; })"
                    + ".observe(bar, {attributes: true});");
            page.findElement(By.id("document-file")).sendKeys(report.toString());
            WebElement row = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#document-list tr[data-document]")));
            assertEquals(Boolean.TRUE, js.executeScript("return window.progressShown"));
            assertTrue(row.getText().contains("Báo cáo phòng chống thiên tai.pdf") && row.getText().contains("3 KB"), row.getText());
            assertTrue(visible(browser, "documents").getText().contains("Đã tải lên «Báo cáo phòng chống thiên tai.pdf»"));
            JsonObject stored = ((JsonArray) thuky.get("api/meetings/" + kept + "/documents").structure()).getJsonObject(0);
            assertEquals(row.getAttribute("data-document"), stored.getJsonNumber("id").toString());
            assertEquals(pdf.length, stored.getInt("size"));
            assertEquals("application/pdf", stored.getString("contentType"));
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
            browser.screenshot("scheduling-meeting-documents-1366x768");

            // a program renamed to .pdf passes the browser's look at the name; the server reads its first bytes
            page.findElement(By.id("document-file")).sendKeys(program.toString());
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"),
                    "Chỉ nhận tài liệu PDF, Word (DOCX), Excel (XLSX), ảnh PNG hoặc JPEG"));
            page.findElement(By.id("document-file")).sendKeys(notes.toString());
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"),
                    "Tệp «ghi-chu.txt» không thuộc loại được phép"));
            assertEquals(1, page.findElements(By.cssSelector("#document-list tr[data-document]")).size());
            assertEquals(1, ((JsonArray) thuky.get("api/meetings/" + kept + "/documents").structure()).size(),
                    "nothing is stored on refusal");

            // the letter is fetched with the token and handed to the browser as a PDF file
            js.executeScript("window.savedFiles = []; const create = URL.createObjectURL;"
                    + "URL.createObjectURL = (blob) => { window.savedFiles.push(blob.type + ' ' + blob.size); return create(blob); };");
            page.findElement(By.id("download-letter")).click();
            browser.waiting().until(d -> !((List<?>) js.executeScript("return window.savedFiles")).isEmpty());
            String saved = (String) ((List<?>) js.executeScript("return window.savedFiles")).get(0);
            assertTrue(saved.startsWith("application/pdf ") && Long.parseLong(saved.substring(16)) > 1000, saved);
            assertTrue(page.findElements(By.cssSelector("#meeting-alert .alert-error")).isEmpty(),
                    () -> page.findElement(By.id("meeting-alert")).getText());
            assertEquals(200, thuky.download("api/meetings/" + kept + "/letter.pdf").status());

            // in English the server words its refusal in English
            page.findElement(By.id("lang-toggle")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"), "Upload a document"));
            page.findElement(By.id("document-file")).sendKeys(program.toString());
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"),
                    "Only PDF, Word (DOCX), Excel (XLSX), PNG or JPEG documents are accepted"));
            page.findElement(By.id("lang-toggle")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"), "Tải tài liệu lên"));

            // the second meeting is called off with a reason
            page.get(base + "#/meetings/" + dropped);
            visible(browser, "action-cancel").click();
            visible(browser, "reason-input").sendKeys("Lùi sang tuần sau do trùng lịch tiếp xúc cử tri");
            page.findElement(By.id("reason-confirm")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".page-lead [data-status='CANCELLED']")));
        }
        assertEquals("CANCELLED", thuky.get("api/meetings/" + dropped).json().getString("status"));

        try (Browser browser = Browser.open(1366, 768)) {
            WebDriver page = browser.driver();
            browser.signIn(base, "xa-31570");
            WebElement badge = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-badge")));
            long unread = Api.at(base).as("xa-31570").get("api/notifications/unread-count").json().getJsonNumber("count").longValue();
            assertTrue(unread >= 3, "invited twice and told of one cancellation: " + unread);
            assertEquals(String.valueOf(unread), badge.getText());
            page.findElement(By.cssSelector("a[data-nav='inbox']")).click();
            WebElement first = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#notification-list li[data-notification]")));
            assertEquals("notice notice-cancelled", first.getAttribute("class"));
            assertTrue(first.getText().contains("Đã hủy:") && first.getText().contains("Lùi sang tuần sau do trùng lịch tiếp xúc cử tri"),
                    first.getText());
            WebElement invited = page.findElements(By.cssSelector("#notification-list li.notice-invited")).stream()
                    .filter(notice -> notice.getText().contains(keptTitle)).findFirst().orElseThrow();
            assertTrue(invited.getText().startsWith("Được mời: " + keptTitle), invited.getText());
            assertTrue(invited.getText().contains("08:00–09:30") && invited.getText().contains("Đơn vị chủ trì: Tỉnh Sóc Trăng"),
                    invited.getText());
            browser.screenshot("scheduling-inbox-notifications-1366x768");

            String one = invited.getAttribute("data-notification");
            invited.findElement(By.cssSelector("button[data-read]")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                    By.cssSelector("#notification-list li[data-notification='" + one + "']")));
            browser.waiting().until(ExpectedConditions.textToBe(By.id("inbox-badge"), String.valueOf(unread - 1)));

            page.findElement(By.id("notifications-read-all")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("inbox-badge")));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("notifications")));

            // the invited commune reads the documents; only the host's offices add or remove them
            page.findElement(By.cssSelector(".inbox-item[data-meeting='" + kept + "'] .inbox-title a")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("document-list"),
                    "Báo cáo phòng chống thiên tai.pdf"));
            assertTrue(page.findElements(By.id("document-file")).isEmpty());
            assertTrue(page.findElements(By.cssSelector("#document-list [data-delete], #meeting-actions [data-action]")).isEmpty());
        }
        assertEquals(0, Api.at(base).as("xa-31570").get("api/notifications/unread-count").json().getInt("count"));
    }

    /** A meeting of the province for Xã Hồ Đắc Kiện, booked and submitted by the secretariat: approved at once. */
    private static long approved(Api thuky, String title, LocalDate day, String from, String to) {
        JsonObject draft = book(thuky, meeting(title, day, from, to, HO_DAC_KIEN));
        Api.Reply submitted = thuky.post("api/meetings/" + id(draft) + "/submit", "{}");
        assertEquals("APPROVED", submitted.json().getString("status"), submitted::toString);
        return id(draft);
    }

    /** A meeting of Thành phố Sóc Trăng (941) for its wards, booked and submitted by the city's office. */
    private static long submitted(Api office, String title, LocalDate day, String from, String to) {
        JsonObject draft = book(office, meeting(title, day, from, to).add("hostUnit", "941")
                .add("invite", Json.createObjectBuilder().add("childrenOf", Json.createArrayBuilder().add("941"))));
        Api.Reply submitted = office.post("api/meetings/" + id(draft) + "/submit", "{}");
        assertEquals("SUBMITTED", submitted.json().getString("status"), submitted::toString);
        return id(draft);
    }

    /** How many communes the province's districts hold on {@code day}, read from the directory. */
    private static int communesOfTheProvinceOn(Api api, LocalDate day) {
        return api.get("api/units/94/children?at=" + day).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().mapToInt(district -> api.get("api/units/" + district.getString("code") + "/children?at=" + day)
                        .json().getInt("total")).sum();
    }


    private static WebElement visible(Browser browser, String id) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /**
     * Sets a date or time input as the native picker does. Typing into them depends on the browser's locale
     * (dd/mm/yyyy here), which is not what the test is about.
     */
    private static void setValue(Browser browser, String id, String value) {
        WebElement input = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }
}
