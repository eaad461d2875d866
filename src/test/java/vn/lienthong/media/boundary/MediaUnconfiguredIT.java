package vn.lienthong.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.lienthong.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasPermissions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.lienthong.testsupport.Browser;

/**
 * Issue 6, without a media server: this test runs in a failsafe execution of its own where no Janus is configured
 * (pom.xml), and the join answer says video is not available while the rest of the meeting works. Week 178. On the
 * join page, in a real browser with Chromium's fake camera and microphone (week 179 of this execution's database):
 * the device test shows the camera and moves the level meter, joining the video says why there is none in the
 * server's words, and a browser that refuses the camera says how to allow it.
 */
class MediaUnconfiguredIT extends MediaTesting {

    @BeforeAll
    static void noMediaServer() {
        // -Dit.test runs a named test in every failsafe execution; the main one has a media server
        assumeTrue(System.getProperty("it.media") == null, "a media server is configured in this test execution");
    }

    @Test
    void withoutAMediaServerTheJoinSaysVideoIsNotAvailableAndTheMeetingRunsOn() {
        long meeting = submitted(178, "Họp không có hình ảnh", DISTRICT, COMMUNE);
        JsonObject answer = as("xa-" + COMMUNE).inLanguage("vi")
                .post("api/meetings/" + meeting + "/media/join", "{}").json();
        assertFalse(answer.getBoolean("available"), answer::toString);
        assertEquals("media.notConfigured", answer.getString("reason"));
        assertTrue(answer.getString("message").contains("hình ảnh"), answer::toString);
        assertFalse(answer.containsKey("token"));
        assertProblem(403, as("xa-31531").post("api/meetings/" + meeting + "/media/join", "{}"));
        ok(as("thuky").post("api/meetings/" + meeting + "/live/start", "{}"));
    }

    @Test
    void theJoinPageTestsCameraAndMicrophoneAndSaysWhyThereIsNoVideo() {
        long meeting = submitted(179, "Thử thiết bị hình ảnh", DISTRICT, COMMUNE);
        try (Browser browser = Browser.open(1366, 768, FAKE_DEVICES)) {
            openJoinPage(browser, "xa-" + COMMUNE, meeting);
            browser.driver().findElement(By.id("media-test")).click();
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            browser.waiting().withMessage("the preview shows the camera").until(d -> ((Number) js.executeScript(
                    "return document.getElementById('media-preview').videoWidth")).intValue() > 0);
            browser.waiting().withMessage("the level meter moves with the microphone").until(d -> ((Number) js
                    .executeScript("return document.getElementById('media-level').value")).doubleValue() > 0);
            assertFalse(new Select(browser.driver().findElement(By.id("media-camera"))).getOptions().isEmpty());
            assertFalse(new Select(browser.driver().findElement(By.id("media-microphone"))).getOptions().isEmpty());
            browser.driver().findElement(By.id("media-mute")).click();
            assertEquals(Boolean.FALSE, js.executeScript(
                    "return document.getElementById('media-preview').srcObject.getAudioTracks()[0].enabled"));

            browser.driver().findElement(By.id("media-join")).click();
            WebElement status = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    "#media-status[data-status='unavailable']")));
            assertTrue(status.getText().contains("chưa cấu hình máy chủ truyền hình ảnh"), status.getText());
            browser.screenshot("media-join-unconfigured-1366x768");
        }
        try (Browser refusing = Browser.open(390, 844, "--use-fake-device-for-media-stream")) {
            ((HasPermissions) refusing.driver()).setPermission("camera", "denied");
            ((HasPermissions) refusing.driver()).setPermission("microphone", "denied");
            openJoinPage(refusing, "xa-" + COMMUNE, meeting);
            refusing.driver().findElement(By.id("media-test")).click();
            WebElement problem = refusing.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("media-device-problem")));
            assertTrue(problem.getText().contains("chưa được phép dùng camera và micro"), problem.getText());
            refusing.screenshot("media-permission-denied-phone");
        }
    }
}
