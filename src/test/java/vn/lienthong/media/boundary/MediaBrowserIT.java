package vn.lienthong.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.lienthong.testsupport.Browser;
import vn.lienthong.testsupport.JanusClient;
import vn.lienthong.testsupport.JanusSession;

/**
 * Issue 6, video in real browsers through a real Janus (JanusSession): Chromium's fake camera and microphone stand
 * for the points' devices. The chair's point (the host's, signed in as its secretariat) sends as soon as it joins
 * the video, and a commune's clerk, on a phone, sees and hears it (frames decoded and sound energy on the commune's
 * receiving peer connection); the commune only receives until it is given the floor, then sends and the chair's
 * page decodes its picture; when the floor ends the commune stops sending and leaves the publishers of the room.
 * During the readiness check the host's office, watching every point's picture on the wall, asks the commune for a
 * check: the commune sends, the wall shows its picture and its media path reaches the wall as CONNECTED; once the
 * meeting is live the check no longer counts and the commune stops sending. Weeks 179 and 180 of
 * {@code MeetingRequests.week}.
 */
class MediaBrowserIT extends MediaTesting {

    private static final String HOST = "94";

    @BeforeAll
    static void janusRuns() {
        JanusSession.requireJanus();
    }

    /** Signs in, opens the meeting's join page and joins its video. */
    private void joinVideo(Browser browser, String username, long meeting) {
        openJoinPage(browser, username, meeting);
        browser.driver().findElement(By.id("media-join")).click();
        patient(browser).until(ExpectedConditions.attributeToBe(By.id("media-status"), "data-status", "connected"));
    }

    /** The figures of the page's peer connections (window.lienthongMedia.stats()). */
    private static JsonObject stats(Browser browser) {
        Object raw = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "if (!window.lienthongMedia) { done(null); return; }"
                        + "window.lienthongMedia.stats().then((s) => done(JSON.stringify(s)), (e) => done(String(e)));");
        assertTrue(raw instanceof String && ((String) raw).startsWith("{"), () -> "no media figures: " + raw);
        return Json.createReader(new StringReader((String) raw)).readObject();
    }

    /** What the page receives from the unit's feed, if it subscribes to it. */
    private static Optional<JsonObject> received(JsonObject stats, String unit) {
        return stats.getJsonArray("feeds").getValuesAs(JsonObject.class).stream()
                .filter(feed -> unit.equals(feed.getString("unit", ""))).findFirst();
    }

    private static void awaitFigures(Browser browser, String what, Predicate<JsonObject> condition) {
        patient(browser).withMessage(() -> what + "; figures: " + stats(browser)).until(d -> condition.test(stats(browser)));
    }

    private static boolean picture(Optional<JsonObject> feed) {
        return feed.map(f -> f.getJsonNumber("framesDecoded").longValue() > 0).orElse(false);
    }

    private static boolean sound(Optional<JsonObject> feed) {
        return feed.map(f -> f.getJsonNumber("totalAudioEnergy").doubleValue() > 0).orElse(false);
    }

    private static void publishing(Browser browser, boolean publishing) {
        patient(browser).until(ExpectedConditions.attributeToBe(By.id("media-publishing"), "data-publishing",
                String.valueOf(publishing)));
    }

    @Test
    void aCommuneSeesAndHearsTheChairAndSendsOnlyWhileItHasTheFloor() {
        long id = submitted(179, "Họp có hình ảnh trên trình duyệt", DISTRICT, COMMUNE);
        String live = "api/meetings/" + id + "/";
        try (Browser chair = Browser.open(1366, 768, FAKE_DEVICES); Browser commune = Browser.open(390, 844, FAKE_DEVICES)) {
            joinVideo(chair, "thuky", id);
            publishing(chair, true);
            joinVideo(commune, "xa-" + COMMUNE, id);
            awaitFigures(commune, "the commune sees and hears the chair's point",
                    s -> picture(received(s, HOST)) && sound(received(s, HOST)));
            assertTrue(commune.driver().findElement(By.cssSelector("#media-stage .media-tile[data-feed-unit='" + HOST
                    + "'] video")).isDisplayed());
            assertEquals("false", commune.driver().findElement(By.id("media-publishing")).getAttribute("data-publishing"));
            assertEquals(List.of(HOST), JanusClient.publishers(id), "a commune without the floor only receives");
            assertTrue(stats(commune).isNull("outbound"), "nothing leaves the commune");

            ok(as("thuky").post(live + "live/start", "{}"));
            ok(as("thuky").post(live + "floor", "{\"unit\":\"" + COMMUNE + "\"}"));
            publishing(commune, true);
            awaitFigures(chair, "the chair's page decodes the commune's picture", s -> picture(received(s, COMMUNE)));
            assertTrue(chair.driver().findElement(By.cssSelector("#media-stage .media-tile[data-feed-unit='" + COMMUNE
                    + "']")).getText().contains("phát biểu"));
            assertTrue(JanusClient.publishers(id).contains(COMMUNE));
            chair.screenshot("media-chair-sees-speaker-1366x768");
            commune.screenshot("media-commune-speaking-phone");

            ok(as("thuky").delete(live + "floor"));
            publishing(commune, false);
            patient(chair).withMessage("the commune leaves the room's publishers")
                    .until(d -> JanusClient.publishers(id).equals(List.of(HOST)));
            assertTrue(stats(commune).isNull("outbound"), "the commune's camera no longer goes out");
            patient(chair).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(
                    "#media-stage .media-tile[data-feed-unit='" + COMMUNE + "']"), 0));
            assertFalse(received(stats(chair), COMMUNE).isPresent(), "the chair's page no longer receives the commune");
            awaitFigures(commune, "the commune still receives the chair", s -> picture(received(s, HOST)));
        }
    }

    /** The media path the commune's page reported, as the wall reads it. */
    private String mediaPathOfCommune(long meeting) {
        JsonObject live = ok(as("thuky").get("api/meetings/" + meeting + "/live")).json();
        JsonObject point = live.getJsonObject("data").getJsonArray("points").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("unit").equals(COMMUNE)).findFirst().orElseThrow();
        JsonObject media = point.getJsonObject("media");
        return media.isNull("state") ? "" : media.getString("state");
    }

    @Test
    void theWallAsksACommuneForACheckDuringReadinessAndSeesItsPictureUntilTheMeetingStarts() {
        long id = submitted(180, "Kiểm tra hình ảnh điểm cầu", DISTRICT, COMMUNE);
        String live = "api/meetings/" + id + "/";
        try (Browser wall = Browser.open(1366, 768, FAKE_DEVICES); Browser commune = Browser.open(390, 844, FAKE_DEVICES)) {
            joinVideo(commune, "xa-" + COMMUNE, id);
            assertEquals("false", commune.driver().findElement(By.id("media-publishing")).getAttribute("data-publishing"));
            wall.signIn(loopback(), "thuky");
            wall.driver().get(loopback() + "#/meetings/" + id + "/wall");
            patient(wall).until(ExpectedConditions.elementToBeClickable(By.id("wall-media-join"))).click();
            patient(wall).until(ExpectedConditions.attributeToBe(By.id("wall-media-status"), "data-status", "connected"));
            assertTrue(JanusClient.publishers(id).isEmpty(), "nobody sends before the check");

            patient(wall).until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                    ".tile[data-unit='" + COMMUNE + "']"))).click();
            patient(wall).until(ExpectedConditions.elementToBeClickable(By.id("media-ask-check"))).click();
            publishing(commune, true);
            awaitFigures(wall, "the wall shows the commune's picture", s -> picture(received(s, COMMUNE)));
            assertTrue(wall.driver().findElement(By.cssSelector("#wall-media-thumbs .media-tile[data-feed-unit='"
                    + COMMUNE + "'] video")).isDisplayed());
            patient(wall).withMessage("the commune's page reports its media path")
                    .until(d -> "CONNECTED".equals(mediaPathOfCommune(id)));
            wall.screenshot("media-wall-check-1366x768");

            ok(as("thuky").post(live + "live/start", "{}"));
            publishing(commune, false);
            patient(wall).withMessage("the commune leaves the room's publishers")
                    .until(d -> JanusClient.publishers(id).isEmpty());
            patient(wall).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(
                    "#wall-media-thumbs .media-tile[data-feed-unit='" + COMMUNE + "']"), 0));
        }
    }
}
