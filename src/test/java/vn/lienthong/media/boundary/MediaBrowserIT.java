package vn.lienthong.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.media.boundary.VideoFigures.awaitFigures;
import static vn.lienthong.media.boundary.VideoFigures.picture;
import static vn.lienthong.media.boundary.VideoFigures.received;
import static vn.lienthong.media.boundary.VideoFigures.sound;
import static vn.lienthong.media.boundary.VideoFigures.stats;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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

    @BeforeAll
    static void janusRuns() {
        JanusSession.requireJanus();
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

    @Test
    void theWallAsksACommuneForACheckDuringReadinessAndSeesItsPictureUntilTheMeetingStarts() {
        long id = submitted(180, "Kiểm tra hình ảnh điểm cầu", DISTRICT, COMMUNE);
        String live = "api/meetings/" + id + "/";
        try (Browser wall = Browser.open(1366, 768, FAKE_DEVICES); Browser commune = Browser.open(390, 844, FAKE_DEVICES)) {
            joinVideo(commune, "xa-" + COMMUNE, id);
            assertEquals("false", commune.driver().findElement(By.id("media-publishing")).getAttribute("data-publishing"));
            openWall(wall, id);
            assertTrue(JanusClient.publishers(id).isEmpty(), "nobody sends before the check");

            askForCheck(wall, COMMUNE);
            publishing(commune, true);
            awaitFigures(wall, "the wall shows the commune's picture", s -> picture(received(s, COMMUNE)));
            assertTrue(wall.driver().findElement(By.cssSelector("#wall-media-thumbs .media-tile[data-feed-unit='"
                    + COMMUNE + "'] video")).isDisplayed());
            patient(wall).withMessage("the commune's page reports its media path")
                    .until(d -> "CONNECTED".equals(mediaPathOf(id, COMMUNE)));
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
