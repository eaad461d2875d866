package vn.lienthong.archive.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.support.ui.Select;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Browser;
import vn.lienthong.testsupport.Deployments;

/**
 * The archive search page in a real browser: the archivist types a conclusion's words without diacritics and finds
 * the meeting, with the words highlighted in the passage shown; a facet narrows the search and the address keeps
 * it; a phone shows the results with the filters folded away. Administrators see the index and rebuild it; the
 * archivist sees it without the rebuild button. Passages keep only their highlights. Weeks 146-147 of the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchiveBrowserIT {

    /** Waiting for the index to take in a change made through the API: it is updated after the commit. */
    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(60);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    /**
     * A word no other meeting holds, so that the search finds this run's meeting on the first page whatever earlier
     * runs left in the database; letters only, as people type words.
     */
    private static String marker() {
        StringBuilder word = new StringBuilder("kt");
        for (char c : Long.toString(System.nanoTime(), 36).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : c);
        }
        return word.toString();
    }

    /** A meeting with finalised minutes whose conclusion is {@code conclusion}. */
    private long meetingWithMinutes(int week, String conclusion) {
        Api thuky = Api.at(base).as("thuky");
        long id = id(book(thuky, meeting(unique("Hội nghị tổng kết công tác cải cách hành chính"), week(week),
                "08:00", "10:00", "941", "31570").add("chair", "chutich")));
        Api.Reply submitted = thuky.post("api/meetings/" + id + "/submit", "{}");
        assertEquals(200, submitted.status(), submitted::toString);
        JsonObject content = Json.createObjectBuilder()
                .add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder().add("agendaItem", 1)
                        .add("title", "Báo cáo tình hình").add("discussion", "<p>Các đơn vị báo cáo kết quả.</p>")))
                .add("conclusions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", conclusion)))
                .build();
        Api.Reply saved = thuky.put("api/meetings/" + id + "/minutes",
                Json.createObjectBuilder().add("version", 0).add("content", content).build().toString());
        assertEquals(200, saved.status(), saved::toString);
        Api.Reply finalized = Api.at(base).as("chutich").post("api/meetings/" + id + "/minutes/finalize?version="
                + saved.json().getInt("version"), "");
        assertEquals(201, finalized.status(), finalized::toString);
        return id;
    }

    /** Waits until the archivist's search through the API lists the meeting: the index follows the commit. */
    private void awaitIndexed(String query, long id) {
        Api luutru = Api.at(base).as("luutru");
        Instant deadline = Instant.now().plus(INDEXED_WITHIN);
        String path = "api/archive/search?sort=date&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        while (true) {
            Api.Reply reply = luutru.get(path);
            assertEquals(200, reply.status(), reply::toString);
            boolean listed = reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .anyMatch(item -> item.getJsonNumber("meetingId").longValue() == id);
            if (listed) {
                return;
            }
            assertTrue(Instant.now().isBefore(deadline), "meeting " + id + " not in the archive index: " + reply);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd')
                .replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** Waits until the results on screen answer the search at {@code address} (the page marks them so). */
    private static void answered(Browser browser, String address) {
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("archive-results"), "data-search", address));
    }

    private static WebElement result(Browser browser, long id) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#archive-list .archive-result[data-meeting='" + id + "']")));
    }

    @Test
    void theArchivistFindsAConclusionTypedWithoutDiacriticsHighlightedAndNarrowsItByAFacet() {
        String marker = marker();
        long id = meetingWithMinutes(146, "Đẩy mạnh cải cách thủ tục hành chính " + marker + " trong năm tới");
        String query = "day manh cai cach " + marker;
        awaitIndexed(query, id);

        try (Browser browser = Browser.open(1366, 768)) {
            WebDriver page = browser.driver();
            browser.signIn(base, "luutru");
            page.get(base + "#/archive");
            WebElement box = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("archive-q")));
            box.sendKeys(query);
            page.findElement(By.id("archive-submit")).click();
            String searched = "#/archive?q=day+manh+cai+cach+" + marker;
            answered(browser, searched);

            WebElement found = result(browser, id);
            assertEquals("#/meetings/" + id, found.findElement(By.cssSelector(".archive-result-link")).getAttribute("href")
                    .replaceFirst("^.*(#/meetings/)", "$1"));
            assertTrue(found.findElement(By.cssSelector(".archive-minutes-link")).getAttribute("href")
                    .endsWith("#/meetings/" + id + "/minutes"));
            List<WebElement> marks = found.findElements(By.cssSelector(".archive-snippet mark"));
            assertFalse(marks.isEmpty(), found.getText());
            List<String> words = marks.stream().map(mark -> folded(mark.getText())).toList();
            assertTrue(words.contains("cach") || words.contains("cai cach"), words.toString());
            assertTrue(found.findElements(By.cssSelector(".archive-snippet *:not(mark)")).isEmpty(),
                    "only highlights inside the passage");
            assertTrue(page.findElement(By.id("archive-summary")).getText().startsWith("Tìm thấy "),
                    page.findElement(By.id("archive-summary")).getText());
            assertTrue(page.getCurrentUrl().endsWith(searched), page.getCurrentUrl());
            browser.screenshot("archive-search-1366x768");

            // a facet narrows the search: its chip appears and the address keeps it
            By conference = By.cssSelector("#archive-facets [data-facet='kind'] .facet-value[data-value='CONFERENCE']");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(conference)).click();
            String narrowed = searched + "&kind=CONFERENCE";
            answered(browser, narrowed);
            assertTrue(page.findElement(By.cssSelector("#archive-chips .filter-chip[data-filter='kind']")).isDisplayed());
            assertEquals("true", page.findElement(conference).getAttribute("aria-pressed"));
            assertTrue(page.getCurrentUrl().endsWith(narrowed), page.getCurrentUrl());
            assertEquals("CONFERENCE", page.findElement(By.id("archive-kind")).getAttribute("value"));
            result(browser, id);

            // a filter that leaves nothing says so; removing its chip brings the meeting back
            new Select(page.findElement(By.id("archive-status"))).selectByValue("CANCELLED");
            answered(browser, narrowed + "&status=CANCELLED");
            assertTrue(page.findElement(By.id("archive-empty")).isDisplayed());
            page.findElement(By.cssSelector("#archive-chips .filter-chip[data-filter='status'] .chip-remove")).click();
            answered(browser, narrowed);
            result(browser, id);

            // Back returns to the previous search, and a fresh load keeps it
            page.navigate().back();
            answered(browser, narrowed + "&status=CANCELLED");
            assertEquals("CANCELLED", page.findElement(By.id("archive-status")).getAttribute("value"));
            page.navigate().forward();
            answered(browser, narrowed);
            page.navigate().refresh();
            answered(browser, narrowed);
            result(browser, id);
            assertEquals(query, page.findElement(By.id("archive-q")).getAttribute("value"));
        }

        try (Browser browser = Browser.open(390, 844)) {
            WebDriver page = browser.driver();
            browser.signIn(base, "luutru");
            page.get(base + "#/archive?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            answered(browser, "#/archive?q=day+manh+cai+cach+" + marker);
            WebElement found = result(browser, id);
            assertTrue(found.findElement(By.cssSelector(".archive-snippet mark")).isDisplayed());
            assertFalse(page.findElement(By.id("archive-filter-form")).isDisplayed(), "filters fold away on a phone");
            WebElement toggle = page.findElement(By.id("archive-filters-toggle"));
            toggle.click();
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            assertTrue(page.findElement(By.id("archive-filter-form")).isDisplayed());
            long overflow = (Long) ((JavascriptExecutor) page).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertTrue(overflow <= 0, "the phone layout fits 390 px, overflow " + overflow);
            ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'start'})", found);
            browser.screenshot("archive-search-390x844");
        }
    }

    @Test
    void theAdministratorRebuildsTheIndexWatchingItsProgressAndTheArchivistOnlySeesIt() {
        try (Browser browser = Browser.open(1366, 768)) {
            WebDriver page = browser.driver();
            browser.signIn(base, "admin");
            page.get(base + "#/archive");
            WebElement documents = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("archive-index-documents")));
            assertTrue(documents.getText().matches("[0-9.,]+"), documents.getText());
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("archive-rebuild"))).click();
            WebElement done = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#archive-index .alert-success")));
            assertTrue(done.getText().contains("xây dựng lại"), done.getText());
            assertTrue(page.findElement(By.id("archive-rebuild")).isEnabled());
            browser.screenshot("archive-index-admin");

            ((JavascriptExecutor) page).executeScript("sessionStorage.clear()");
            browser.signIn(base, "luutru");
            page.get(base + "#/archive");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("archive-index-documents")));
            assertTrue(page.findElements(By.id("archive-rebuild")).isEmpty(), "the archivist does not rebuild");
        }
    }

    @Test
    void aPassageKeepsOnlyItsHighlightsWhateverMarkupItHolds() {
        try (Browser browser = Browser.open(800, 600)) {
            WebDriver page = browser.driver();
            page.get(base + "#/login");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-username")));
            Object cleaned = ((JavascriptExecutor) page).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "import('./js/archive/snippet.js').then((m) => { const d = document.createElement('div');"
                    + "d.append(m.snippetNodes(arguments[0])); done(d.innerHTML); });",
                    "Đẩy mạnh <mark class=\"x\" onclick=\"alert(1)\">cải</mark> &lt;b&gt; <b>cách</b>"
                            + "<img src=x onerror=alert(2)><script>alert(3)</script><mark><i>hành</i></mark>");
            assertEquals("Đẩy mạnh <mark>cải</mark> &lt;b&gt; cách<mark>hành</mark>", cleaned);
        }
    }
}
