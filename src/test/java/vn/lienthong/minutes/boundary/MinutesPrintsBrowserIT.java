package vn.lienthong.minutes.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Browser;
import vn.lienthong.testsupport.Deployments;
import vn.lienthong.testsupport.SamplePdfs;

/**
 * The printouts of locked minutes in a real browser: the minutes and the conclusion notice are downloaded as PDFs
 * under their Vietnamese names, the host's secretariat uploads a signed scan which is then listed, and it shows as
 * a signed scan among the meeting's documents; an invited commune's clerk downloads but cannot upload. Week 153.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MinutesPrintsBrowserIT {

    /** Records the file name of every download the page starts instead of saving it (see download.js). */
    private static final String CATCH_DOWNLOADS = "window.savedFiles = [];"
            + "HTMLAnchorElement.prototype.click = function () { if (this.download) window.savedFiles.push(this.download); };";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private long lockedMinutes() {
        Api thuky = Api.at(base).as("thuky");
        long id = id(book(thuky, meeting(unique("Họp có biên bản ký"), week(153), "08:00", "10:00", "941", "31570")
                .add("chair", "chutich")));
        Api.Reply saved = thuky.put("api/meetings/" + id + "/minutes", Json.createObjectBuilder().add("version", 0)
                .add("content", Json.createObjectBuilder().add("conclusions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("text", "Giao các xã rà soát hộ nghèo"))))
                .build().toString());
        assertEquals(200, saved.status(), saved::toString);
        Api.Reply locked = Api.at(base).as("chutich").post("api/meetings/" + id + "/minutes/finalize", "");
        assertEquals(201, locked.status(), locked::toString);
        return id;
    }

    @SuppressWarnings("unchecked")
    private static List<String> savedFiles(WebDriver page) {
        return (List<String>) ((JavascriptExecutor) page).executeScript("return window.savedFiles;");
    }

    @Test
    void lockedMinutesArePrintedAndTheSecretariatUploadsTheSignedScan() throws IOException {
        long id = lockedMinutes();
        Path scan = Files.createTempFile("bien-ban-da-ky", ".pdf");
        Files.write(scan, SamplePdfs.withoutText());
        try (Browser browser = Browser.open(1366, 768)) {
            WebDriver page = browser.driver();
            browser.signIn(base, "thuky");
            page.get(base + "#/meetings/" + id + "/minutes");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("minutes-prints")));
            ((JavascriptExecutor) page).executeScript(CATCH_DOWNLOADS);
            assertEquals("Tải biên bản PDF", page.findElement(By.id("minutes-pdf")).getText());
            page.findElement(By.id("minutes-pdf")).click();
            browser.waiting().until(d -> savedFiles(d).size() == 1);
            page.findElement(By.id("conclusions-pdf")).click();
            browser.waiting().until(d -> savedFiles(d).size() == 2);
            assertEquals(List.of("Biên bản cuộc họp " + id + " - phiên bản 2.pdf",
                    "Thông báo kết luận cuộc họp " + id + ".pdf"), savedFiles(page));

            page.findElement(By.id("signed-file")).sendKeys(scan.toAbsolutePath().toString());
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#signed-list [data-document] [data-purpose='SIGNED_MINUTES']")));
            assertTrue(page.findElement(By.id("signed-list")).getText().contains(scan.getFileName().toString()));
            browser.screenshot("minutes-prints-1366x768");

            page.get(base + "#/meetings/" + id);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#document-list [data-purpose='SIGNED_MINUTES']")));
        } finally {
            Files.deleteIfExists(scan);
        }
        try (Browser browser = Browser.open(1366, 768)) {
            WebDriver page = browser.driver();
            browser.signIn(base, "xa-31570");
            page.get(base + "#/meetings/" + id + "/minutes");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#signed-list [data-document]")));
            assertTrue(page.findElement(By.id("minutes-pdf")).isDisplayed());
            assertTrue(page.findElements(By.id("signed-file")).isEmpty(), "a clerk does not upload signed scans");
        }
    }
}
