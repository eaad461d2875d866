package vn.lienthong.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.media.boundary.VideoFigures.picture;
import static vn.lienthong.media.boundary.VideoFigures.received;
import static vn.lienthong.media.boundary.VideoFigures.sound;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.lienthong.testsupport.Browser;
import vn.lienthong.testsupport.Firefox;
import vn.lienthong.testsupport.JanusClient;
import vn.lienthong.testsupport.JanusSession;

/**
 * Issue 6, the video of a meeting in Firefox as well as in Chromium: a commune's clerk joins from Firefox on a phone
 * (Debian's firefox-esr, its fake camera and microphone), the chair's point from Chromium, through a real Janus. The
 * commune sees and hears the chair (frames decoded, sound energy and the picture playing in Firefox), sends nothing
 * until it is given the floor, then Firefox sends its camera and microphone and Chromium decodes the picture and
 * hears the sound; when the floor ends Firefox stops sending and goes on receiving the chair. During the readiness
 * check the host's office, on the wall in Chromium, asks the commune for a check: Firefox sends, the wall shows its
 * picture and the media path Firefox's page reports from its figures reaches the wall as CONNECTED; once the meeting
 * is live Firefox stops sending. Weeks 183 and 184 of {@code MeetingRequests.week}.
 */
class MediaFirefoxIT extends MediaTesting {

    private static final String CHAIR_PICTURE = "#media-stage .media-tile[data-feed-unit='" + HOST + "'] video";

    @BeforeAll
    static void janusRuns() {
        JanusSession.requireJanus();
    }

    /** Signs in in Firefox, opens the meeting's join page and joins its video with a click. */
    private void joinVideo(Firefox firefox, String username, long meeting) {
        URL local = loopback();
        firefox.signIn(local, username);
        firefox.navigate(local + "#/meetings/" + meeting + "/join");
        firefox.await("the meeting's readiness check", "document.getElementById('live-phase')?.dataset.phase === 'READINESS'");
        firefox.click("#media-join");
        firefox.await("the video joined", "document.getElementById('media-status')?.dataset.status === 'connected'");
    }

    /** The figures of the Firefox page's peer connections (window.lienthongMedia.stats()). */
    private static JsonObject stats(Firefox firefox) {
        JsonValue figures = firefox.evaluate("window.lienthongMedia?.stats()");
        assertEquals(JsonValue.ValueType.OBJECT, figures.getValueType(), () -> "no media figures: " + figures);
        return figures.asJsonObject();
    }

    private static void awaitFigures(Firefox firefox, String what, Predicate<JsonObject> condition) {
        firefox.await(() -> what + "; figures: " + stats(firefox), () -> condition.test(stats(firefox)));
    }

    private static void publishing(Firefox firefox, boolean publishing) {
        firefox.await(publishing ? "the commune sends" : "the commune stops sending",
                "document.getElementById('media-publishing')?.dataset.publishing === '" + publishing + "'");
    }

    private static long framesOf(JsonObject stats, String unit) {
        return received(stats, unit).map(feed -> feed.getJsonNumber("framesDecoded").longValue()).orElse(0L);
    }

    private static boolean sending(JsonObject stats) {
        return !stats.isNull("outbound") && stats.getJsonObject("outbound").getJsonNumber("framesEncoded").longValue() > 0
                && stats.getJsonObject("outbound").getJsonNumber("packetsSent").longValue() > 0;
    }

    @Test
    void aCommuneInFirefoxSeesAndHearsTheChairInChromiumAndSendsOnlyWhileItHasTheFloor() {
        long id = submitted(183, "Họp có hình ảnh trên Firefox", DISTRICT, COMMUNE);
        String live = "api/meetings/" + id + "/";
        try (Browser chair = Browser.open(1366, 768, FAKE_DEVICES); Firefox commune = Firefox.open(390, 844)) {
            joinVideo(chair, "thuky", id);
            publishing(chair, true);
            joinVideo(commune, "xa-" + COMMUNE, id);
            awaitFigures(commune, "Firefox decodes the chair's picture and hears its sound",
                    s -> picture(received(s, HOST)) && sound(received(s, HOST)));
            commune.await("the chair's picture plays on the commune's page",
                    "(video => video && !video.paused && video.videoWidth > 0)(document.querySelector(\"" + CHAIR_PICTURE + "\"))");
            assertEquals(List.of(HOST), JanusClient.publishers(id), "a commune without the floor only receives");
            assertTrue(stats(commune).isNull("outbound"), "nothing leaves the commune");

            ok(as("thuky").post(live + "live/start", "{}"));
            ok(as("thuky").post(live + "floor", "{\"unit\":\"" + COMMUNE + "\"}"));
            publishing(commune, true);
            awaitFigures(commune, "Firefox encodes and sends the commune's camera", MediaFirefoxIT::sending);
            VideoFigures.awaitFigures(chair, "Chromium decodes the picture and hears the sound Firefox sends",
                    s -> picture(received(s, COMMUNE)) && sound(received(s, COMMUNE)));
            assertTrue(JanusClient.publishers(id).contains(COMMUNE));
            chair.screenshot("media-firefox-chair-sees-speaker-1366x768");
            commune.screenshot("media-firefox-commune-speaking-phone");

            ok(as("thuky").delete(live + "floor"));
            publishing(commune, false);
            patient(chair).withMessage("the commune leaves the room's publishers")
                    .until(d -> JanusClient.publishers(id).equals(List.of(HOST)));
            assertTrue(stats(commune).isNull("outbound"), "Firefox no longer sends the commune's camera");
            patient(chair).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(
                    "#media-stage .media-tile[data-feed-unit='" + COMMUNE + "']"), 0));
            long frames = framesOf(stats(commune), HOST);
            awaitFigures(commune, "Firefox goes on decoding the chair's picture", s -> framesOf(s, HOST) > frames);
        }
    }

    @Test
    void theWallInChromiumAsksTheCommuneInFirefoxForACheckAndSeesItsPictureUntilTheMeetingStarts() {
        long id = submitted(184, "Kiểm tra hình ảnh điểm cầu trên Firefox", DISTRICT, COMMUNE);
        try (Browser wall = Browser.open(1366, 768, FAKE_DEVICES); Firefox commune = Firefox.open(390, 844)) {
            joinVideo(commune, "xa-" + COMMUNE, id);
            openWall(wall, id);
            assertTrue(JanusClient.publishers(id).isEmpty(), "nobody sends before the check");

            askForCheck(wall, COMMUNE);
            publishing(commune, true);
            VideoFigures.awaitFigures(wall, "the wall decodes the picture Firefox sends", s -> picture(received(s, COMMUNE)));
            patient(wall).withMessage("the commune's page in Firefox reports its media path")
                    .until(d -> "CONNECTED".equals(mediaPathOf(id, COMMUNE)));
            wall.screenshot("media-firefox-wall-check-1366x768");

            ok(as("thuky").post("api/meetings/" + id + "/live/start", "{}"));
            publishing(commune, false);
            patient(wall).withMessage("the commune leaves the room's publishers")
                    .until(d -> JanusClient.publishers(id).isEmpty());
            assertTrue(stats(commune).isNull("outbound"), "Firefox no longer sends the commune's camera");
        }
    }
}
