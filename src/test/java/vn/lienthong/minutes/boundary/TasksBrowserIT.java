package vn.lienthong.minutes.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.array;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.lienthong.platform.boundary.Dates;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Browser;
import vn.lienthong.testsupport.Deployments;

/**
 * Conclusions become tasks, in a real browser: the provincial secretariat writes a conclusion into the minutes and
 * gives it a task for Xã Hồ Đắc Kiện (31570) with Xã Phú Tâm (31573) supporting, through the minutes page; the
 * chair finalises; the archivist finds the conclusion searching without diacritics, highlighted; the commune's
 * clerk finds the task on its task board on a phone, reports progress and marks it done, and sees an overdue task
 * with its days late; the province's task board counts the overdue tasks per unit and lists the commune's, and the
 * conclusion notice shows the task done. The host's office changes and deletes tasks on the minutes page; the board
 * reads in English and the pages fit a phone. Weeks 155-156 of the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TasksBrowserIT {

    private static final String CONCLUSION = "Giao UBND xã Hồ Đắc Kiện rà soát hộ nghèo, báo cáo kết quả";
    private static final String TASK = "Rà soát hộ nghèo trên địa bàn xã";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api as(String username) {
        return Api.at(base).as(username);
    }

    private long submittedMeeting(int week, String title) {
        long id = id(book(as("thuky"), meeting(unique(title), week(week), "08:00", "10:00", "942", "31570")
                .add("chair", "chutich")));
        Api.Reply submitted = as("thuky").post("api/meetings/" + id + "/submit", "{}");
        assertEquals(200, submitted.status(), submitted::toString);
        return id;
    }

    private static Object script(WebDriver page, String script, Object... arguments) {
        return ((JavascriptExecutor) page).executeScript(script, arguments);
    }

    /** Types into a unit picker and chooses the suggestion of unit {@code code}. */
    private static void chooseUnit(Browser browser, WebElement input, String text, String code) {
        input.sendKeys(text);
        String list = input.getAttribute("aria-controls");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//ul[@id='" + list + "']/li[contains(., '" + code + "')]"))).click();
    }

    private static WebElement card(Browser browser, String scope, long task) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(scope + " .task-card[data-task='" + task + "']")));
    }

    private static void assertFitsThePhone(WebDriver page) {
        long overflow = (Long) script(page,
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(overflow <= 0, "the phone layout fits 390 px, overflow " + overflow);
    }

    private static void signInAgain(Browser browser, URL base, String username) {
        script(browser.driver(), "sessionStorage.clear()");
        browser.signIn(base, username);
    }

    @Test
    void theSecretariatGivesAConclusionsTaskWhichTheCommuneReportsOnAndClosesOnAPhone() {
        long id = submittedMeeting(155, "Họp giao nhiệm vụ trên trình duyệt");
        LocalDate today = LocalDate.now(Dates.VIETNAM);
        LocalDate deadline = today.plusDays(30);
        long task;
        try (Browser browser = Browser.open(1366, 768)) {
            WebDriver page = browser.driver();
            browser.signIn(base, "thuky");
            page.get(base + "#/meetings/" + id + "/minutes");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("minutes-editor")));
            // no saved conclusion yet: nothing to give out
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("conclusion-tasks"),
                    "chưa có kết luận"));
            page.findElement(By.id("conclusion-add")).click();
            List<WebElement> conclusions = page.findElements(By.cssSelector("#conclusions .conclusion-text"));
            conclusions.get(conclusions.size() - 1).sendKeys(CONCLUSION);
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("save-state"), "data-state", "saved"));

            // once saved, the conclusion shows in the tasks panel with its "Giao nhiệm vụ"
            WebElement assign = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//li[contains(@class, 'conclusion-tasks')][contains(., '" + CONCLUSION + "')]"
                            + "//button[contains(@class, 'task-assign')]")));
            assertEquals("Giao nhiệm vụ", assign.getText());
            script(page, "arguments[0].scrollIntoView({block: 'center'})", assign);
            assign.click();
            WebElement title = browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("task-title")));
            assertTrue(page.findElement(By.cssSelector("dialog .task-conclusion-quote")).getText()
                    .contains(CONCLUSION));
            // required fields left empty: the server's messages stand beside them and nothing is stored
            page.findElement(By.id("task-form-save")).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("task-title"), "aria-invalid", "true"));
            title.sendKeys(TASK);
            WebElement day = page.findElement(By.id("task-deadline"));
            script(page, "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))", day,
                    deadline.toString());
            chooseUnit(browser, page.findElement(By.id("task-lead")), "Hồ Đắc Kiện", "31570");
            chooseUnit(browser, page.findElement(By.id("task-support")), "Phú Tâm", "31573");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#task-support-list [data-unit='31573']")));
            browser.screenshot("task-assign-1366x768");
            page.findElement(By.id("task-form-save")).click();

            WebElement created = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#conclusion-tasks .task-card")));
            task = Long.parseLong(created.getAttribute("data-task"));
            assertTrue(created.getText().contains(TASK), created.getText());
            assertTrue(created.findElement(By.className("task-lead")).getText().contains("Hồ Đắc Kiện"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElement(
                    created.findElement(By.className("task-support")), "Phú Tâm"));
            assertTrue(page.findElement(By.id("conclusion-tasks-alert")).getText().contains("Đã giao nhiệm vụ"));
            JsonObject stored = as("thuky").get("api/tasks/" + task).json();
            assertEquals("31570", stored.getString("leadUnit"));
            assertEquals(deadline.toString(), stored.getString("deadline"));
            assertEquals(List.of("31573"), stored.getJsonArray("supportingUnits").getValuesAs(
                    jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
            assertTrue(stored.getString("conclusionText").contains(CONCLUSION), stored::toString);
            script(page, "arguments[0].scrollIntoView({block: 'start'})", page.findElement(By.id("conclusion-tasks")));
            browser.screenshot("minutes-tasks-1366x768");

            signInAgain(browser, base, "chutich");
            page.get(base + "#/meetings/" + id + "/minutes");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("minutes-finalize"))).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#minutes-status [data-status='FINAL']")));
            card(browser, "#conclusion-tasks", task);
            assertTrue(page.findElements(By.cssSelector("#conclusion-tasks .task-assign, #conclusion-tasks .task-edit"))
                    .isEmpty(), "the chair reads the tasks; the office gives them out");

            // the archivist finds the finalised conclusion typed without diacritics, the words highlighted
            awaitArchived("ra soat ho ngheo", id);
            signInAgain(browser, base, "luutru");
            page.get(base + "#/archive?q=ra+soat+ho+ngheo&sort=date");
            WebElement found = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#archive-list .archive-result[data-meeting='" + id + "']")));
            List<String> marked = found.findElements(By.cssSelector(".archive-snippet mark")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(marked.stream().anyMatch(w -> w.equalsIgnoreCase("hộ nghèo") || w.equalsIgnoreCase("nghèo")),
                    () -> marked + " in " + found.getText());
            browser.screenshot("archive-finds-conclusion-1366x768");
        }

        // a late conclusion's task, overdue at once, to see how the board marks it
        long late = as("thuky").post("api/meetings/" + id + "/tasks", Json.createObjectBuilder().add("conclusion", 0)
                .add("title", "Nộp báo cáo quý trước").add("deadline", today.minusDays(3).toString())
                .add("leadUnit", "31570").add("supportingUnits", array()).build().toString())
                .json().getJsonNumber("id").longValue();

        try (Browser phone = Browser.open(390, 844)) {
            WebDriver page = phone.driver();
            phone.signIn(base, "xa-31570");
            phone.waiting().until(ExpectedConditions.elementToBeClickable(By.id("nav-toggle"))).click();
            phone.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-nav='tasks']")))
                    .click();
            WebElement mine = card(phone, "#task-board", task);
            assertEquals("true", page.findElement(By.id("task-filter-open")).getAttribute("aria-pressed"));
            assertTrue(mine.getText().contains("Chủ trì"), mine.getText());
            assertTrue(mine.getText().contains(CONCLUSION), "the card quotes the conclusion: " + mine.getText());
            assertEquals("#/meetings/" + id, mine.findElement(By.className("task-meeting")).getAttribute("href")
                    .replaceFirst("^.*(#/meetings/\\d+)$", "$1"));
            assertFitsThePhone(page);
            phone.screenshot("task-board-xa-390");

            mine.findElement(By.className("task-report")).click();
            WebElement percent = phone.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("report-percent")));
            percent.sendKeys(Keys.chord(Keys.CONTROL, "a"), "60");
            page.findElement(By.id("report-note")).sendKeys("Đã rà soát 6/10 ấp");
            assertFitsThePhone(page);
            page.findElement(By.id("report-form-save")).click();
            phone.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#task-board .task-card[data-task='" + task + "'] .task-percent"), "60 %"));
            mine = card(phone, "#task-board", task);
            mine.findElement(By.className("task-history-toggle")).click();
            phone.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#task-history-" + task + " .task-note"), "Đã rà soát 6/10 ấp"));

            card(phone, "#task-board", task).findElement(By.className("task-done-button")).click();
            phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("done-note")))
                    .sendKeys("Đã hoàn thành rà soát, có báo cáo kèm theo");
            page.findElement(By.id("done-form-save")).click();
            phone.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                    By.cssSelector("#task-board .task-card[data-task='" + task + "']")));
            assertTrue(page.findElement(By.id("tasks-alert")).getText().contains("Đã báo hoàn thành"));

            page.findElement(By.id("task-filter-done")).click();
            WebElement done = card(phone, "#task-board", task);
            assertEquals("DONE", done.getAttribute("data-status"));
            assertTrue(done.getText().contains("100 %") && done.getText().contains("Đã hoàn thành"), done.getText());
            assertTrue(done.findElements(By.className("task-report")).isEmpty(), "a done task takes no more reports");

            page.findElement(By.id("task-filter-overdue")).click();
            WebElement overdue = card(phone, "#task-board", late);
            assertEquals("true", overdue.getAttribute("data-overdue"));
            assertTrue(overdue.getAttribute("class").contains("overdue"));
            assertEquals("Quá hạn 3 ngày", overdue.findElement(By.cssSelector("[data-state='overdue']")).getText());
            assertFitsThePhone(page);
            phone.screenshot("task-board-overdue-390");
        }

        JsonObject closed = as("xa-31570").get("api/tasks/" + task).json();
        assertEquals("DONE", closed.getString("status"));
        assertEquals(List.of(60, 100), closed.getJsonArray("progressNotes").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getInt("percent")).toList());
        assertEquals("Đã hoàn thành rà soát, có báo cáo kèm theo", closed.getString("doneNote"));

        try (Browser browser = Browser.open(1366, 768)) {
            WebDriver page = browser.driver();
            browser.signIn(base, "thuky");
            page.get(base + "#/tasks");
            WebElement commune = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#overdue-counts .overdue-unit[data-unit='31570']")));
            long leading = Long.parseLong(page.findElement(By.cssSelector(
                    "#overdue-counts tr[data-unit='31570'] .overdue-leading")).getText());
            assertTrue(leading >= 1, "the commune leads an overdue task");
            commune.click();
            card(browser, "#task-board", late);
            assertEquals("true", page.findElement(By.id("task-filter-overdue")).getAttribute("aria-pressed"));
            assertTrue(page.findElement(By.id("task-unit")).getAttribute("value").contains("31570"));
            browser.screenshot("task-board-province-1366x768");
            page.findElement(By.id("task-filter-done")).click();
            WebElement done = card(browser, "#task-board", task);
            assertTrue(done.getText().contains("Đã hoàn thành rà soát, có báo cáo kèm theo"), done.getText());
            assertTrue(done.findElements(By.className("task-done-button")).isEmpty(), "only the lead unit closes");

            page.get(base + "#/meetings/" + id + "/conclusions");
            WebElement row = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#notice-conclusions tr[data-task='" + task + "']")));
            assertEquals("DONE", row.getAttribute("data-status"));
            assertTrue(row.getText().contains(TASK) && row.getText().contains("Hồ Đắc Kiện"), row.getText());
            assertTrue(page.findElement(By.id("notice-conclusions")).getText().contains(CONCLUSION));
            assertTrue(page.findElement(By.id("conclusions-minutes-status")).getText().contains("Đã ký chốt"));
            browser.screenshot("conclusion-notice-1366x768");
        }
    }

    private long meetingWithTasks(int week) {
        long id = submittedMeeting(week, "Họp sửa nhiệm vụ trên trình duyệt");
        JsonObject content = Json.createObjectBuilder().add("sections", Json.createArrayBuilder())
                .add("conclusions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("text", "<p>Giao các xã <b>rà soát</b> hộ nghèo</p>")))
                .build();
        Api.Reply saved = as("thuky").put("api/meetings/" + id + "/minutes",
                Json.createObjectBuilder().add("version", 0).add("content", content).build().toString());
        assertEquals(200, saved.status(), saved::toString);
        return id;
    }

    private long assigned(long meeting, String title, LocalDate deadline) {
        Api.Reply created = as("thuky").post("api/meetings/" + meeting + "/tasks", Json.createObjectBuilder()
                .add("conclusion", 0).add("title", title).add("deadline", deadline.toString())
                .add("leadUnit", "31570").add("supportingUnits", array("31573")).build().toString());
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void theHostsOfficeChangesAndDeletesTasksAndTheBoardReadsInEnglishAndOnAPhone() {
        long id = meetingWithTasks(156);
        LocalDate deadline = LocalDate.now(Dates.VIETNAM).plusDays(20);
        long kept = assigned(id, "Rà soát hộ nghèo", deadline);
        long dropped = assigned(id, "Việc giao nhầm", deadline);
        try (Browser browser = Browser.open(1366, 768)) {
            WebDriver page = browser.driver();
            browser.signIn(base, "thuky");
            page.get(base + "#/meetings/" + id + "/minutes");
            card(browser, "#conclusion-tasks", kept).findElement(By.className("task-edit")).click();
            WebElement title = browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("task-title")));
            assertEquals("Rà soát hộ nghèo", title.getAttribute("value"));
            assertTrue(page.findElement(By.id("task-lead")).getAttribute("value").contains("31570"));
            page.findElement(By.cssSelector("#task-support-list [data-unit='31573'] .chip-remove")).click();
            title.sendKeys(" đợt 2");
            page.findElement(By.id("task-form-save")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(
                    "#conclusion-tasks .task-card[data-task='" + kept + "'] .task-title"), "Rà soát hộ nghèo đợt 2"));
            JsonObject changed = as("thuky").get("api/tasks/" + kept).json();
            assertEquals("Rà soát hộ nghèo đợt 2", changed.getString("title"));
            assertTrue(changed.getJsonArray("supportingUnits").isEmpty(), changed::toString);

            card(browser, "#conclusion-tasks", dropped).findElement(By.className("task-delete")).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                    By.cssSelector("#conclusion-tasks .task-card[data-task='" + dropped + "']")));
            assertEquals(404, as("thuky").get("api/tasks/" + dropped).status());

            // the administrator's bar holds the new entry at 1366 px in English too
            signInAgain(browser, base, "admin");
            page.findElement(By.id("lang-toggle")).click();
            page.get(base + "#/tasks");
            browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Tasks from conclusions"));
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("overdue-counts-body")));
            long topbarOverflow = (Long) script(page, "const bar = document.querySelector('.topbar-inner');"
                    + " return bar.scrollWidth - bar.clientWidth");
            assertTrue(topbarOverflow <= 0, "the top bar fits 1366 px, overflow " + topbarOverflow);
            assertEquals("Tasks", page.findElement(By.cssSelector("[data-nav='tasks']")).getText());
        }

        try (Browser phone = Browser.open(390, 844)) {
            WebDriver page = phone.driver();
            phone.signIn(base, "xa-31573");
            page.get(base + "#/meetings/" + id + "/minutes");
            WebElement mine = card(phone, "#conclusion-tasks", kept);
            assertTrue(page.findElements(By.cssSelector("#conclusion-tasks .task-assign")).isEmpty());
            assertEquals("Không có", mine.findElement(By.className("task-support")).getText(),
                    "31573 no longer supports it");
            assertTrue(page.findElement(By.id("conclusion-tasks")).getText().contains("rà soát"));
            assertFitsThePhone(page);
            page.get(base + "#/meetings/" + id + "/conclusions");
            phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#notice-conclusions tr[data-task='" + kept + "']")));
            assertFitsThePhone(page);
            phone.screenshot("conclusion-notice-390");
        }
    }

    /** Waits until the archive lists the meeting for the query (its index follows the database within seconds). */
    private void awaitArchived(String query, long id) {
        Api luutru = as("luutru");
        String path = "api/archive/search?sort=date&q=" + query.replace(' ', '+');
        long deadline = System.currentTimeMillis() + 30_000;
        while (!luutru.get(path).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(item -> item.getJsonNumber("meetingId").longValue() == id)) {
            assertTrue(System.currentTimeMillis() < deadline, "meeting " + id + " not in the archive for " + query);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
