package vn.lienthong.live.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Browser;
import vn.lienthong.testsupport.Deployments;
import vn.lienthong.testsupport.Fixtures;

/**
 * Issue 4, the control-room wall in real browsers: the secretariat's wall and a commune's join page side by side.
 * The commune joins and the wall turns its tile online and present; it raises its hand and the wall's queue shows
 * it with its topic; the secretariat gives it the floor on the wall and both pages show who speaks; the office
 * marks the district absent from its tile; a vote's tally grows on the wall. A technician's problem is counted and
 * found with the filters and the search, and the meeting ends after a confirmation. Weeks 169-170 of the run
 * (district 942 and its Xã Hồ Đắc Kiện 31570).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveWallBrowserIT {

    private static final String COMMUNE = LiveBookings.COMMUNE;
    private static final String DISTRICT = LiveBookings.DISTRICT;
    private static final String TITLE = "Hội nghị trực tuyến có màn hình điều hành";
    private static final String TOPIC = "Kiến nghị về kinh phí sửa trụ sở";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api as(String username) {
        return Api.at(base).as(username);
    }

    private static Api.Reply ok(int status, Api.Reply reply) {
        assertEquals(status, reply.status(), () -> "answer: " + reply);
        return reply;
    }

    /** Waits on a page whose panels are redrawn as events come: an element found may be replaced at once. */
    private static WebDriverWait until(Browser browser) {
        WebDriverWait wait = browser.waiting();
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static By tile(String unit) {
        return By.cssSelector("#wall .tile[data-unit='" + unit + "']");
    }

    private static void awaitClass(Browser browser, By element, String... classes) {
        for (String name : classes) {
            until(browser).until(ExpectedConditions.attributeContains(element, "class", name));
        }
    }

    /** Signs in as the secretariat and opens the wall from the meeting page's link. */
    private static void openWall(Browser wall, URL base, long id) {
        wall.signIn(base, "thuky");
        wall.driver().get(base + "#/meetings/" + id);
        until(wall).until(ExpectedConditions.elementToBeClickable(By.id("wall-link"))).click();
        until(wall).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#wall[data-rendered]")));
        until(wall).until(ExpectedConditions.attributeToBe(By.id("wall-connection"), "data-status", "online"));
    }

    private static void confirm(Browser browser, String button) {
        until(browser).until(ExpectedConditions.elementToBeClickable(By.id(button))).click();
        until(browser).until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
    }

    @Test
    void theCommuneJoinsRaisesItsHandAndGetsTheFloorWhileTheWallFollowsAndKeepsTheRollCall() {
        long id = LiveBookings.meetingWithCommune(base, TITLE, 169);
        try (Browser wall = Browser.open(1366, 768); Browser commune = Browser.open(390, 844)) {
            WebDriver page = wall.driver();
            openWall(wall, base, id);
            assertEquals("3", page.findElement(By.id("wall")).getAttribute("data-rendered"));
            assertEquals(3, page.findElements(By.cssSelector("#wall .tile")).size(),
                    "a tile per invited unit: the host province, the district, the commune");
            assertTrue(page.findElement(By.cssSelector("#wall .tier[data-level='2'] .tier-title")).getText()
                    .startsWith("Cấp huyện"), "the 2021 directory has districts at level 2");
            assertTrue(page.findElement(By.cssSelector("#wall .tier[data-level='3'] .tier-title")).getText()
                    .startsWith("Cấp xã"));
            awaitClass(wall, tile(COMMUNE), "c-offline", "a-none", "r-none");
            assertTrue(page.findElement(tile(COMMUNE)).getAttribute("title").contains("Chưa kiểm tra"),
                    "the state is said in words, not only in colour");

            confirm(wall, "wall-start");
            until(wall).until(ExpectedConditions.attributeToBe(By.id("wall-phase-badge"), "data-phase", "LIVE"));

            commune.signIn(base, "xa-" + COMMUNE);
            commune.driver().get(base + "#/meetings/" + id + "/join");
            awaitClass(wall, tile(COMMUNE), "c-online", "a-online");
            until(wall).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#wall-counters .counter[data-level='3']"), "1/1"));

            until(commune).until(ExpectedConditions.elementToBeClickable(By.id("live-hand-topic"))).sendKeys(TOPIC);
            commune.driver().findElement(By.id("live-raise")).click();
            By queued = By.cssSelector("#wall-queue li[data-unit='" + COMMUNE + "']");
            until(wall).until(ExpectedConditions.textToBePresentInElementLocated(queued, TOPIC));
            awaitClass(wall, tile(COMMUNE), "hand");

            page.findElement(By.cssSelector(".grant-floor[data-unit='" + COMMUNE + "']")).click();
            until(wall).until(ExpectedConditions.attributeToBe(By.id("wall-floor-now"), "data-unit", COMMUNE));
            awaitClass(wall, tile(COMMUNE), "floor");
            assertTrue(page.findElements(queued).isEmpty(), "the hand left the queue with the floor");
            until(commune).until(ExpectedConditions.attributeToBe(By.id("live-floor"), "data-own", "true"));
            commune.screenshot("live-wall-commune-has-floor-390x844");

            page.findElement(tile(DISTRICT)).click();
            new Select(until(wall).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#rollcall-form select[name='state']")))).selectByValue("ABSENT");
            page.findElement(By.cssSelector("#rollcall-form input[name='reason']")).sendKeys("Trùng lịch tiếp công dân");
            page.findElement(By.id("rollcall-save")).click();
            awaitClass(wall, tile(DISTRICT), "a-absent");
            JsonObject district = ok(200, as("thuky").get("api/meetings/" + id + "/live")).json().getJsonObject("data")
                    .getJsonObject("rollCall").getJsonArray("units").getValuesAs(JsonObject.class).stream()
                    .filter(u -> u.getString("unit").equals(DISTRICT)).findFirst().orElseThrow();
            assertEquals("ABSENT", district.getString("state"));
            assertEquals("Trùng lịch tiếp công dân", district.getString("reason"));

            page.findElement(By.cssSelector(".vote-new summary")).click();
            page.findElement(By.cssSelector("#wall-vote-form input[name='question']")).sendKeys("Thông qua kế hoạch?");
            page.findElement(By.id("wall-vote-open")).click();
            By openVote = By.cssSelector("#wall-votes .vote-open");
            long vote = Long.parseLong(until(wall).until(ExpectedConditions.presenceOfElementLocated(openVote))
                    .getAttribute("data-vote"));
            ok(200, as("xa-" + COMMUNE).post("api/meetings/" + id + "/votes/" + vote + "/ballots", "{\"option\":0}"));
            until(wall).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#wall-votes .vote-open .tally-row[data-option='0'] .tally-count"), "1"));
            wall.screenshot("live-wall-1366x768");
            page.findElement(By.cssSelector("#wall-votes .vote-open .close-vote")).click();
            until(wall).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#wall-votes .vote-closed")));

            page.findElement(By.id("wall-end-floor")).click();
            until(wall).until(ExpectedConditions.textToBePresentInElementLocated(By.id("wall-floor-now"), "Chưa có ai"));
            assertFalse(page.findElement(tile(COMMUNE)).getAttribute("class").contains("floor"));
        }
    }

    @Test
    void aProblemIsCountedAndFoundWithTheFiltersAndTheSearchAndTheMeetingEndsAfterAConfirmation() {
        long id = LiveBookings.meetingWithCommune(base, TITLE, 170);
        try (Browser wall = Browser.open(1366, 768)) {
            WebDriver page = wall.driver();
            openWall(wall, base, id);
            JsonObject snapshot = ok(200, as("thuky").get("api/meetings/" + id + "/live")).json();
            long point = snapshot.getJsonObject("data").getJsonArray("points").getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("unit").equals(COMMUNE)).findFirst().orElseThrow()
                    .getJsonNumber("pointId").longValue();
            ok(200, as("kythuat-" + COMMUNE).put("api/meetings/" + id + "/points/" + point + "/readiness",
                    "{\"status\":\"PROBLEM\",\"checks\":{\"camera\":true,\"microphone\":false},"
                            + "\"note\":\"Mất tiếng micro\"}"));
            awaitClass(wall, tile(COMMUNE), "r-problem");
            until(wall).until(ExpectedConditions.textToBePresentInElementLocated(By.id("wall-problems"), "1"));
            assertTrue(page.findElement(tile(COMMUNE)).getAttribute("title").contains("Mất tiếng micro"));
            String office = Fixtures.unique("vp" + DISTRICT);
            Fixtures.createAccount(as("admin"), office, DISTRICT, "demo12345", "SECRETARIAT");
            try (Browser district = Browser.open(1366, 768)) {
                district.signIn(base, office, "demo12345");
                district.driver().get(base + "#/meetings/" + id + "/wall");
                awaitClass(district, tile(COMMUNE), "r-problem");
                assertTrue(district.driver().findElements(By.id("wall-start")).isEmpty(),
                        "the office of an invited district follows the province's meeting but does not run it");
            }

            page.findElement(By.cssSelector(".wall-filters [data-filter='problems']")).click();
            assertTrue(page.findElement(tile(COMMUNE)).isDisplayed());
            assertFalse(page.findElement(tile(DISTRICT)).isDisplayed(), "the district has no problem");
            page.findElement(By.cssSelector(".wall-filters [data-filter='offline']")).click();
            assertTrue(page.findElement(tile(DISTRICT)).isDisplayed(), "nobody joined: every point is offline");
            page.findElement(By.cssSelector(".wall-filters [data-filter='all']")).click();
            page.findElement(By.id("wall-search")).sendKeys("ho dac kien");
            until(wall).until(ExpectedConditions.invisibilityOfElementLocated(tile(DISTRICT)));
            assertTrue(page.findElement(tile(COMMUNE)).isDisplayed(), "found without the accents");

            page.manage().window().setSize(new Dimension(390, 844));
            page.findElement(By.id("wall-search")).clear();
            wall.screenshot("live-wall-390x844");
            page.manage().window().setSize(new Dimension(1366, 768));

            confirm(wall, "wall-start");
            until(wall).until(ExpectedConditions.attributeToBe(By.id("wall-phase-badge"), "data-phase", "LIVE"));
            until(wall).until(ExpectedConditions.elementToBeClickable(By.id("wall-end"))).click();
            until(wall).until(ExpectedConditions.elementToBeClickable(By.id("confirm-no"))).click();
            assertEquals("LIVE", ok(200, as("thuky").get("api/meetings/" + id + "/live")).json().getJsonObject("data")
                    .getJsonObject("lifecycle").getString("phase"), "cancelling the question ends nothing");
            confirm(wall, "wall-end");
            until(wall).until(ExpectedConditions.attributeToBe(By.id("wall-phase-badge"), "data-phase", "ENDED"));
            WebElement export = page.findElement(By.id("wall-export-csv"));
            assertTrue(export.isDisplayed());
            assertTrue(page.findElement(By.id("wall-export-pdf")).isDisplayed());
        }
    }
}
