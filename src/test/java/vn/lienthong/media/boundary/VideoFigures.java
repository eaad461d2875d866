package vn.lienthong.media.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import vn.lienthong.testsupport.Browser;

/**
 * The figures of a page's peer connections as the page gives them (window.lienthongMedia.stats(): per received feed
 * its unit, frames decoded and sound energy; what the page sends, or null), read in Chromium here. Firefox reports
 * the same fields, so a Firefox page's figures are read alike.
 */
final class VideoFigures {

    private VideoFigures() {
    }

    /** The figures of the Chromium page's peer connections. */
    static JsonObject stats(Browser browser) {
        Object raw = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "if (!window.lienthongMedia) { done(null); return; }"
                        + "window.lienthongMedia.stats().then((s) => done(JSON.stringify(s)), (e) => done(String(e)));");
        assertTrue(raw instanceof String && ((String) raw).startsWith("{"), () -> "no media figures: " + raw);
        return Json.createReader(new StringReader((String) raw)).readObject();
    }

    static void awaitFigures(Browser browser, String what, Predicate<JsonObject> condition) {
        MediaTesting.patient(browser).withMessage(() -> what + "; figures: " + stats(browser))
                .until(d -> condition.test(stats(browser)));
    }

    /** What the page receives from the unit's feed, if it subscribes to it. */
    static Optional<JsonObject> received(JsonObject stats, String unit) {
        return stats.getJsonArray("feeds").getValuesAs(JsonObject.class).stream()
                .filter(feed -> unit.equals(feed.getString("unit", ""))).findFirst();
    }

    static boolean picture(Optional<JsonObject> feed) {
        return feed.map(f -> f.getJsonNumber("framesDecoded").longValue() > 0).orElse(false);
    }

    static boolean sound(Optional<JsonObject> feed) {
        return feed.map(f -> f.getJsonNumber("totalAudioEnergy").doubleValue() > 0).orElse(false);
    }
}
