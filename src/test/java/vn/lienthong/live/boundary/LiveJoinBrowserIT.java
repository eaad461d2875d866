package vn.lienthong.live.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;
import static vn.lienthong.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Api.Reply;
import vn.lienthong.testsupport.Browser;
import vn.lienthong.testsupport.Deployments;
import vn.lienthong.testsupport.NetworkLink;

/**
 * Issue 4, the join page of a unit in a real browser: a commune's clerk comes from the inbox, sees the meeting, and
 * the open page makes the commune's point ONLINE and, once the meeting is live, the commune present; the clerk raises
 * a hand and sees its place in the queue, sees that the commune has the floor, votes once and sees the result grow;
 * when the network link of the commune fails, the page says so and comes back online by itself with what it missed.
 * On a phone, the commune's technician records the equipment check with a problem and the clerk reads the
 * delegates' roll call without being able to change it. Weeks 167 and 168 of {@code MeetingRequests.week}; the
 * readiness check is open for years in the tests (arquillian.xml), so these meetings can be started at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveJoinBrowserIT {

    /** Xã Hồ Đắc Kiện (district 942); its clerk is xa-31570, its technician kythuat-31570. */
    private static final String COMMUNE = "31570";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api as(String username) {
        return Api.at(base).as(username);
    }

    private static Reply ok(int status, Reply reply) {
        assertEquals(status, reply.status(), () -> "answer: " + reply);
        return reply;
    }

    /** A province meeting inviting district 942 and the commune, which confirms with two delegates. */
    private long meetingWithCommune(int week, String title) {
        long id = id(book(as("thuky"), meeting(title, week(week), "08:00", "10:00", "942", COMMUNE)
                .add("agenda", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("title", "Báo cáo tiến độ giải ngân vốn đầu tư công").add("presenter", "Sở Tài chính")
                        .add("minutes", 30)))));
        ok(200, as("thuky").post("api/meetings/" + id + "/submit", "{}"));
        ok(200, as("xa-" + COMMUNE).post("api/meetings/" + id + "/rsvp", Json.createObjectBuilder()
                .add("unit", COMMUNE).add("answer", "ATTENDING")
                .add("delegates", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "Nguyễn Văn Tư").add("position", "Chủ tịch UBND xã"))
                        .add(Json.createObjectBuilder().add("name", "Trần Thị Năm").add("position", "Công chức Văn phòng")))
                .build().toString()));
        return id;
    }

    /** The commune's point in the live state as the provincial secretariat reads it. */
    private JsonObject communePoint(long id) {
        JsonObject live = ok(200, as("thuky").get("api/meetings/" + id + "/live")).json();
        return live.getJsonObject("data").getJsonArray("points").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("unit").equals(COMMUNE)).findFirst().orElseThrow();
    }

    private static WebElement visible(Browser browser, String css) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static void connection(Browser browser, String status) {
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("live-connection"), "data-status", status));
    }

    @Test
    void aCommuneClerkJoinsTurnsOnlineRaisesAHandHasTheFloorVotesOnceAndReconnectsByItself() {
        String title = unique("Họp trực tuyến giao ban");
        long id = meetingWithCommune(167, title);
        String live = "api/meetings/" + id + "/";
        assertEquals("OFFLINE", communePoint(id).getString("connection"), "nobody has opened the page yet");
        try (NetworkLink link = NetworkLink.to(base); Browser browser = Browser.open(1366, 768)) {
            WebDriver page = browser.driver();
            URL through = link.url(base);
            browser.signIn(through, "xa-" + COMMUNE);
            page.get(through + "#/inbox");
            visible(browser, "#inbox-filter-all").click();
            visible(browser, "a[data-join='" + id + "']").click();

            assertEquals(title, visible(browser, "#join-title").getText());
            assertTrue(visible(browser, "#join-agenda").getText().contains("Báo cáo tiến độ giải ngân"));
            assertTrue(page.findElement(By.id("join-chair")).getText().contains("Lê Văn Thử"));
            connection(browser, "online");
            assertTrue(page.findElement(By.id("live-connection")).getText().contains("Trực tuyến"));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("live-phase"), "data-phase", "READINESS"));
            browser.waiting().until(d -> "ONLINE".equals(communePoint(id).getString("connection")));
            assertEquals("BROWSER", communePoint(id).getString("source"), "the page's heartbeats made it online");
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("live-point-connection"),
                    "data-connection", "ONLINE"));

            ok(200, as("thuky").post(live + "live/start", "{}"));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("live-phase"), "data-phase", "LIVE"));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("live-unit-attendance"), "data-state",
                    "PRESENT_ONLINE"));

            visible(browser, "#live-hand-topic").sendKeys("Kiến nghị về vốn nông thôn mới");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("live-raise"))).click();
            visible(browser, "#live-queue li[data-unit='" + COMMUNE + "']");
            assertTrue(visible(browser, "#live-hand-place").getText().contains("thứ 1"),
                    page.findElement(By.id("live-hand-place")).getText());

            ok(200, as("thuky").post(live + "floor", "{\"unit\":\"" + COMMUNE + "\"}"));
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("live-floor"), "data-own", "true"));
            assertTrue(page.findElement(By.id("live-floor")).getText().contains("Đơn vị của bạn đang được phát biểu"));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("live-hand-place")));

            long vote = ok(201, as("thuky").post(live + "votes", Json.createObjectBuilder()
                    .add("question", "Thông qua kế hoạch giải ngân quý IV?")
                    .add("options", Json.createArrayBuilder().add("Đồng ý").add("Không đồng ý"))
                    .build().toString())).json().getJsonNumber("id").longValue();
            String card = "#live-votes article[data-vote='" + vote + "']";
            assertTrue(visible(browser, card).getText().contains("Thông qua kế hoạch giải ngân quý IV?"));
            browser.screenshot("live-join-vote-open-1366x768");
            visible(browser, card + " button.live-vote-option[data-option='0']").click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.cssSelector(card), "data-voted", "true"));
            browser.waiting().until(ExpectedConditions.attributeToBe(
                    By.cssSelector(card + " .live-vote-result li[data-option='0'] .live-vote-count"), "data-count", "1"));
            assertTrue(page.findElements(By.cssSelector(card + " button.live-vote-option")).isEmpty(),
                    "a unit votes once: no options after its ballot");
            assertProblem(409, as("xa-" + COMMUNE).post(live + "votes/" + vote + "/ballots", "{\"option\":1}"));
            browser.screenshot("live-join-voted-1366x768");

            link.cut();
            new WebDriverWait(page, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(100)).until(
                    ExpectedConditions.not(ExpectedConditions.attributeToBe(By.id("live-connection"), "data-status",
                            "online")));
            String lost = page.findElement(By.id("live-connection")).getText();
            assertTrue(lost.contains("Mất kết nối") || lost.contains("Ngoại tuyến"), lost);
            ok(200, as("thuky").delete(live + "floor"));
            browser.screenshot("live-join-reconnecting-1366x768");
            link.restore();
            connection(browser, "online");
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("live-floor"), "data-own", "false"));
            assertTrue(page.findElement(By.id("live-floor")).getText().contains("Chưa có đơn vị nào"),
                    "the floor ended while the link was down: the page caught up");
            assertEquals("ONLINE", communePoint(id).getString("connection"));
        }
    }

    @Test
    void onAPhoneTheTechnicianRecordsTheEquipmentCheckAndTheClerkReadsTheDelegatesRollCall() {
        long id = meetingWithCommune(168, unique("Hội nghị trực tuyến chuyển đổi số"));
        try (Browser phone = Browser.open(390, 844)) {
            WebDriver page = phone.driver();
            phone.signIn(base, "kythuat-" + COMMUNE);
            page.get(base + "#/meetings/" + id + "/join");
            connection(phone, "online");
            visible(phone, "#readiness-form");
            for (String check : new String[] {"camera", "microphone", "loudspeaker", "display", "network"}) {
                assertTrue(page.findElement(By.id("readiness-check-" + check)).isSelected(), check);
            }
            click(page, page.findElement(By.id("readiness-check-network")));
            click(page, page.findElement(By.id("readiness-problem")));
            page.findElement(By.id("readiness-note")).sendKeys("Đường truyền chập chờn");
            click(page, page.findElement(By.id("readiness-save")));
            phone.waiting().until(ExpectedConditions.attributeToBe(By.id("live-point-readiness"), "data-readiness",
                    "PROBLEM"));
            assertEquals("false", page.findElement(By.cssSelector("#live-point-checks li[data-check='network']"))
                    .getAttribute("data-ok"));
            phone.screenshot("live-join-technician-390x844");
            JsonObject point = communePoint(id);
            assertEquals("PROBLEM", point.getString("readiness"));
            assertEquals("Đường truyền chập chờn", point.getString("note"));
            assertEquals("kythuat-" + COMMUNE, point.getString("checkedBy"));
            assertEquals(false, point.getJsonObject("checks").getBoolean("network"));
            assertEquals(true, point.getJsonObject("checks").getBoolean("camera"));
        }
        ok(200, as("thuky").post("api/meetings/" + id + "/live/start", "{}"));
        ok(200, as("thuky").put("api/meetings/" + id + "/attendance/" + COMMUNE + "/delegates/1",
                "{\"state\":\"ABSENT\",\"reason\":\"Đi công tác\"}"));
        try (Browser phone = Browser.open(390, 844)) {
            WebDriver page = phone.driver();
            phone.signIn(base, "xa-" + COMMUNE);
            page.get(base + "#/meetings/" + id);
            visible(phone, "#join-link").click();
            connection(phone, "online");
            phone.waiting().until(ExpectedConditions.attributeToBe(By.id("live-phase"), "data-phase", "LIVE"));
            WebElement absent = visible(phone, "#live-delegates li[data-ordinal='1']");
            assertEquals("ABSENT", absent.getAttribute("data-state"));
            assertTrue(absent.getText().contains("Đi công tác"), absent.getText());
            assertTrue(page.findElements(By.cssSelector("#live-delegates button[data-mark]")).isEmpty(),
                    "the unit does not mark its own delegates");
            visible(phone, "#live-delegates-readonly");
            assertTrue(page.findElements(By.id("readiness-form")).stream().noneMatch(WebElement::isDisplayed),
                    "only the technician records the equipment check");
            phone.waiting().until(ExpectedConditions.attributeToBe(By.id("live-unit-attendance"), "data-state",
                    "PRESENT_ONLINE"));
            assertEquals(Boolean.FALSE, ((JavascriptExecutor) page).executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth"), "nothing wider than the phone");
            phone.screenshot("live-join-clerk-390x844");
        }
    }

    /** Clicks through script: on a phone the sticky connection bar may lie over the element. */
    private static void click(WebDriver page, WebElement element) {
        ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()",
                element);
    }
}
