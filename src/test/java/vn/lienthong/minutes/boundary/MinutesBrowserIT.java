package vn.lienthong.minutes.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Browser;
import vn.lienthong.testsupport.Deployments;

/**
 * The minutes screens in a real browser: the provincial secretariat writes the minutes of a submitted meeting with
 * formatted text and a conclusion, which are saved on their own two seconds after typing stops; the history compares
 * two versions; the chair finalises them and verifies the hash. Stored markup that could run script is shown as
 * harmless text. Weeks 130-133 of the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MinutesBrowserIT {

    private static final String CONCLUSION = "Giao UBND xã Hồ Đắc Kiện hoàn thành rà soát trước ngày 15/01";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private long submittedMeeting(int week, String title) {
        Api thuky = Api.at(base).as("thuky");
        long id = id(book(thuky, meeting(unique(title), week(week), "08:00", "10:00", "941", "31570")
                .add("chair", "chutich")));
        Api.Reply submitted = thuky.post("api/meetings/" + id + "/submit", "{}");
        assertEquals(200, submitted.status(), submitted::toString);
        return id;
    }

    private JsonObject minutes(String username, long id, String more) {
        Api.Reply reply = Api.at(base).as(username).get("api/meetings/" + id + "/minutes" + more);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    @Test
    void theSecretariatWritesWithAutosaveComparesVersionsAndTheChairFinalisesAndVerifies() {
        long id = submittedMeeting(130, "Họp giao ban có biên bản trên trình duyệt");
        int first;
        try (Browser browser = Browser.open(1366, 768)) {
            WebDriver page = browser.driver();
            browser.signIn(base, "thuky");
            page.get(base + "#/meetings/" + id);
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("minutes-link"))).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("minutes-editor")));
            assertEquals("template", page.findElement(By.id("save-state")).getAttribute("data-state"));

            WebElement discussion = page.findElement(By.id("section-0-discussion"));
            discussion.click();
            discussion.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "Ý kiến của ");
            WebElement bold = discussion.findElement(By.xpath("preceding-sibling::div[@role='toolbar']"))
                    .findElement(By.cssSelector("[data-command='bold']"));
            bold.click();
            discussion.sendKeys("Sở Tài chính");
            bold.click();
            discussion.sendKeys(": thống nhất kế hoạch.");
            page.findElement(By.id("conclusion-add")).click();
            List<WebElement> conclusions = page.findElements(By.cssSelector("#conclusions .conclusion-text"));
            conclusions.get(conclusions.size() - 1).sendKeys(CONCLUSION);

            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("save-state"), "data-state", "saved"));
            assertTrue(page.findElement(By.id("save-state")).getText().startsWith("Đã lưu lúc "),
                    page.findElement(By.id("save-state")).getText());
            JsonObject saved = minutes("thuky", id, "");
            first = saved.getInt("version");
            assertTrue(first >= 1, saved::toString);
            assertEquals(String.valueOf(first), page.findElement(By.id("save-state")).getAttribute("data-version"));
            JsonObject content = saved.getJsonObject("content");
            assertTrue(content.getJsonArray("sections").getJsonObject(0).getString("discussion")
                    .matches("(?s).*<(b|strong)>Sở Tài chính</(b|strong)>.*"), content::toString);
            assertEquals(CONCLUSION, content.getJsonArray("conclusions").getJsonObject(
                    content.getJsonArray("conclusions").size() - 1).getString("text"));
            ((JavascriptExecutor) page).executeScript("window.scrollTo(0, 0)");
            browser.screenshot("minutes-editor-1366x768");

            conclusions.get(conclusions.size() - 1).sendKeys(" và báo cáo Chủ tịch UBND tỉnh");
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("save-state"), "data-version",
                    String.valueOf(first + 1)));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("save-state"), "data-state", "saved"));
            assertEquals(first + 1, minutes("thuky", id, "").getInt("version"));

            page.findElement(By.id("minutes-history-toggle")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("compare-versions")));
            page.findElement(By.cssSelector("#minutes-history input[name='compare'][value='" + first + "']")).click();
            page.findElement(By.cssSelector("#minutes-history input[name='compare'][value='" + (first + 1) + "']")).click();
            page.findElement(By.id("compare-versions")).click();
            WebElement inserted = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#diff-new ins.diff-insert")));
            assertTrue(inserted.getText().contains("báo cáo Chủ tịch UBND tỉnh"), inserted.getText());
            assertTrue(page.findElements(By.cssSelector("#diff-old ins")).isEmpty(), "insertions show on the new side only");
            ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'})", inserted);
            browser.screenshot("minutes-diff-1366x768");

            // someone else saves in between: the typed text stays, the other version can be compared, then kept over
            JsonObject other = Json.createObjectBuilder(minutes("thuky", id, "").getJsonObject("content"))
                    .add("conclusions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("text", "Kết luận do người khác lưu"))).build();
            Api.Reply parallel = Api.at(base).as("thuky").put("api/meetings/" + id + "/minutes", Json.createObjectBuilder()
                    .add("version", first + 1).add("content", other).build().toString());
            assertEquals(200, parallel.status(), parallel::toString);
            conclusions.get(conclusions.size() - 1).sendKeys(", có văn bản");
            WebElement conflict = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("save-conflict")));
            assertTrue(page.findElement(By.id("conflict-author")).getText().contains("thuky"), conflict.getText());
            assertEquals("conflict", page.findElement(By.id("save-state")).getAttribute("data-state"));
            assertTrue(conclusions.get(conclusions.size() - 1).getText().endsWith(", có văn bản"), "the typed text stays");
            page.findElement(By.id("conflict-diff")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#save-conflict #diff-new ins")));
            page.findElement(By.id("conflict-keep")).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("save-state"), "data-version",
                    String.valueOf(first + 3)));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("save-state"), "data-state", "saved"));
            assertTrue(page.findElements(By.id("save-conflict")).isEmpty());
            JsonObject kept = minutes("thuky", id, "").getJsonObject("content");
            assertTrue(kept.getJsonArray("conclusions").toString().contains("Chủ tịch UBND tỉnh, có văn bản"), kept::toString);

            ((JavascriptExecutor) page).executeScript("sessionStorage.clear()");
            browser.signIn(base, "chutich");
            page.get(base + "#/meetings/" + id + "/minutes");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("minutes-finalize"))).click();
            WebElement confirm = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes")));
            assertTrue(page.findElement(By.cssSelector("dialog .dialog-body")).getText().contains("khóa"));
            confirm.click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#minutes-status [data-status='FINAL']")));
            String shown = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("minutes-sha256")))
                    .getText().trim();
            assertTrue(page.findElements(By.id("minutes-finalize")).isEmpty());
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("minutes-verify"))).click();
            WebElement result = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("verify-result")));
            assertEquals("true", result.getAttribute("data-valid"));
            browser.screenshot("minutes-final-1366x768");

            JsonObject verification = minutes("chutich", id, "/verify");
            assertTrue(verification.getBoolean("valid"), verification::toString);
            assertEquals(verification.getString("sha256"), shown);
            assertEquals(first + 4, verification.getInt("version"));
            assertTrue(result.getText().contains(shown), result.getText());

            // a correction after finalising is an amendment with its reason, locked and hashed in turn
            page.findElement(By.id("minutes-amend")).click();
            WebElement reason = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("amend-reason")));
            page.findElement(By.id("amend-submit")).click();
            assertEquals("true", reason.getAttribute("aria-invalid"), "the reason is required");
            reason.sendKeys("Sửa thời hạn rà soát");
            List<WebElement> amended = page.findElements(By.cssSelector("#conclusions .conclusion-text"));
            amended.get(amended.size() - 1).sendKeys(Keys.chord(Keys.CONTROL, "a"), "Giao UBND xã Hồ Đắc Kiện hoàn thành rà soát trước ngày 20/01");
            page.findElement(By.id("amend-submit")).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#minutes-status [data-status='AMENDED']")));
            JsonObject afterAmendment = minutes("chutich", id, "");
            assertEquals(first + 5, afterAmendment.getInt("version"));
            assertEquals("AMENDMENT", afterAmendment.getString("kind"));
            assertTrue(afterAmendment.getJsonObject("content").getJsonArray("conclusions").toString().contains("20/01"));
            assertEquals(afterAmendment.getString("sha256"), page.findElement(By.id("minutes-sha256")).getText().trim());
        }
    }

    @Test
    void storedMarkupThatCouldRunScriptIsShownAsHarmlessText() {
        long id = submittedMeeting(131, "Họp kiểm tra nội dung biên bản");
        String attack = "<img src=x onerror=alert(1)>";
        JsonObject template = minutes("thuky", id, "");
        JsonObject content = Json.createObjectBuilder(template.getJsonObject("content"))
                .add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder().add("agendaItem", 1)
                        .add("title", "Báo cáo tình hình")
                        .add("discussion", "<p>&lt;img src=x onerror=alert(1)&gt;</p>" + attack
                                + "<p onclick=\"alert(2)\">Ý kiến</p>")))
                .add("conclusions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", attack)))
                .build();
        Api.Reply saved = Api.at(base).as("thuky").put("api/meetings/" + id + "/minutes",
                Json.createObjectBuilder().add("version", 0).add("content", content).build().toString());
        assertEquals(200, saved.status(), saved::toString);

        try (Browser browser = Browser.open(390, 844)) {
            WebDriver page = browser.driver();
            for (String username : List.of("thuky", "chutich")) {
                ((JavascriptExecutor) page).executeScript("sessionStorage.clear()");
                browser.signIn(base, username);
                page.get(base + "#/meetings/" + id + "/minutes");
                WebElement text = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                        "#section-0-discussion, #section-0-text")));
                assertTrue(text.getText().contains(attack), text.getText());
                assertTrue(page.findElements(By.cssSelector("#main img, #main [onerror], #main [onclick]")).isEmpty());
                assertThrows(NoAlertPresentException.class, () -> page.switchTo().alert());
                long overflow = (Long) ((JavascriptExecutor) page).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertTrue(overflow <= 0, "the phone layout fits 390 px, overflow " + overflow);
                browser.screenshot("minutes-" + username + "-390");
            }

            // the page's own allow-list, with markup the server never let through
            Object cleaned = ((JavascriptExecutor) page).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "import('./js/minutes/rich-text.js').then((m) => { const d = document.createElement('div');"
                    + "d.append(m.sanitized(arguments[0])); done(d.innerHTML); });",
                    "<p onclick=\"alert(1)\">Ý <b>kiến</b></p><img src=x onerror=alert(1)><script>alert(2)</script>"
                            + "<a href=\"javascript:alert(3)\">Giao</a> <a href=\"https://x.vn/\" style=\"x\">Sở</a>");
            assertEquals("<p>Ý <b>kiến</b></p>Giao <a href=\"https://x.vn/\" rel=\"noopener noreferrer\">Sở</a>", cleaned);
        }
    }
}
