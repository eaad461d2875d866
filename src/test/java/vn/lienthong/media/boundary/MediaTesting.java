package vn.lienthong.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Api.Reply;
import vn.lienthong.testsupport.Browser;
import vn.lienthong.testsupport.Deployments;

/**
 * What the media integration tests share: the whole application, deployed and driven from outside as the points'
 * pages drive it; the meetings they book and submit (each test in weeks of its own, see {@code MeetingRequests});
 * the join answers they ask for; the join page and the wall they open in a browser, and what a point's page reported of
 * its media path. Whether a media server runs is for each test's {@code @BeforeAll} to require.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class MediaTesting {

    /** Tỉnh Sóc Trăng, the host of the province's meetings; its secretariat is thuky. */
    static final String HOST = "94";
    /** Xã Hồ Đắc Kiện, of district 942; its clerk is xa-31570. */
    static final String COMMUNE = "31570";
    static final String DISTRICT = "942";
    /** Chromium's fake camera and microphone, granted without asking. */
    static final String[] FAKE_DEVICES = {"--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"};

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    Api as(String username) {
        return Api.at(base).as(username);
    }

    static Reply ok(Reply reply) {
        assertEquals(200, reply.status(), () -> "answer: " + reply);
        return reply;
    }

    /** A province meeting in test week {@code week}, 08:00-10:00, inviting {@code units}, booked and submitted. */
    long submitted(int week, String title, String... units) {
        return submitted(meeting(unique(title), week(week), "08:00", "10:00", units));
    }

    /** Books the meeting as the secretariat and submits it: its readiness check opens (arquillian.xml). */
    long submitted(JsonObjectBuilder meeting) {
        long id = id(book(as("thuky"), meeting));
        ok(as("thuky").post("api/meetings/" + id + "/submit", "{}"));
        return id;
    }

    /** The join answer of the user's point, which must offer video. */
    JsonObject join(String username, long meeting) {
        JsonObject answer = ok(as(username).post("api/meetings/" + meeting + "/media/join", "{}")).json();
        assertTrue(answer.getBoolean("available"), answer::toString);
        return answer;
    }

    URL loopback() {
        return Browser.loopback(base);
    }

    /** Signs in and opens the meeting's join page, in its readiness check. */
    void openJoinPage(Browser browser, String username, long meeting) {
        browser.signIn(loopback(), username);
        browser.driver().get(loopback() + "#/meetings/" + meeting + "/join");
        patient(browser).until(ExpectedConditions.attributeToBe(By.id("live-phase"), "data-phase", "READINESS"));
    }

    /** Signs in, opens the meeting's join page and joins its video. */
    void joinVideo(Browser browser, String username, long meeting) {
        openJoinPage(browser, username, meeting);
        browser.driver().findElement(By.id("media-join")).click();
        patient(browser).until(ExpectedConditions.attributeToBe(By.id("media-status"), "data-status", "connected"));
    }

    /** Waits until the join page sends the point's camera and microphone, or no longer does. */
    static void publishing(Browser browser, boolean publishing) {
        patient(browser).until(ExpectedConditions.attributeToBe(By.id("media-publishing"), "data-publishing",
                String.valueOf(publishing)));
    }

    /** Signs in as the host's secretariat, opens the meeting's wall and joins its video. */
    void openWall(Browser wall, long meeting) {
        wall.signIn(loopback(), "thuky");
        wall.driver().get(loopback() + "#/meetings/" + meeting + "/wall");
        patient(wall).until(ExpectedConditions.elementToBeClickable(By.id("wall-media-join"))).click();
        patient(wall).until(ExpectedConditions.attributeToBe(By.id("wall-media-status"), "data-status", "connected"));
    }

    /** On the wall, picks the unit's tile and asks its point for a check of camera and microphone. */
    static void askForCheck(Browser wall, String unit) {
        patient(wall).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tile[data-unit='" + unit + "']")))
                .click();
        patient(wall).until(ExpectedConditions.elementToBeClickable(By.id("media-ask-check"))).click();
    }

    /** The media path the unit's page reported, as the wall reads it ("" before any report). */
    String mediaPathOf(long meeting, String unit) {
        JsonObject live = ok(as("thuky").get("api/meetings/" + meeting + "/live")).json();
        JsonObject point = live.getJsonObject("data").getJsonArray("points").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("unit").equals(unit)).findFirst().orElseThrow();
        JsonObject media = point.getJsonObject("media");
        return media.isNull("state") ? "" : media.getString("state");
    }

    /** Media on a loaded machine takes its time to flow; the waits say what is awaited, never how fast. */
    static WebDriverWait patient(Browser browser) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
