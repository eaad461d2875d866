package vn.lienthong.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import vn.lienthong.media.entity.TurnCredential;
import vn.lienthong.testsupport.Browser;
import vn.lienthong.testsupport.JanusClient;
import vn.lienthong.testsupport.JanusClient.Handle;
import vn.lienthong.testsupport.JanusSession;

/**
 * Video beyond the provincial room, against two real Janus (JanusSession: the provincial one and the bridge "b1"
 * serving district 943): Janus itself sends out a stream whose publisher id may not publish now (a point that lost
 * the floor, an id no unit holds) and keeps the host's; a bridge's room lives as long as the meeting's, a unit the
 * bridge serves watches there with a token admitted there, another unit's token is not; every join carries its
 * publisher id, and ICE servers with TURN credentials coturn accepts; the host's camera (a headless Chromium with
 * a fake camera publishing through janus.js) is relayed to the bridge and plays on a page watching there. Weeks
 * 181-182 of the run.
 */
class MediaCascadeIT extends MediaTesting {

    private static final String TITLE = "Họp nhiều cầu nối";
    private static final String MAIN = "it.janus";
    private static final String BRIDGE = "it.bridge";

    @BeforeAll
    static void janusRuns() {
        JanusSession.requireJanus();
    }

    /** What {@code read} gives once {@code done} holds of it, or its last value after 30 seconds. */
    private static <T> T eventually(Supplier<T> read, Predicate<T> done) {
        T value = read.get();
        for (int i = 0; i < 150 && !done.test(value); i++) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            value = read.get();
        }
        return value;
    }

    private static long feed(JsonObject join) {
        return join.getJsonNumber("feed").longValue();
    }

    @Test
    void aPointThatLostTheFloorIsSentOutOfTheRoomAndTheHostIsNot() {
        long meeting = submitted(182, TITLE, "942", "31570");
        String live = "api/meetings/" + meeting + "/";
        JsonObject host = join("thuky", meeting);
        JsonObject commune = join("xa-31570", meeting);
        JsonObject district = join("huyen-942", meeting);
        assertEquals(feed(commune), feed(join("xa-31570", meeting)), "a unit keeps its publisher id in a meeting");
        assertNotEquals(feed(host), feed(commune));
        assertTrue(feed(commune) > 0 && feed(commune) <= 1L << 52, "a number a browser holds exactly");

        ok(as("thuky").post(live + "live/start", "{}"));
        ok(as("thuky").post(live + "floor", "{\"unit\":\"31570\"}"));
        Handle receiving = JanusClient.attach(district.getString("server"), district.getString("token"));
        JsonObject joined = receiving.request(Json.createObjectBuilder().add("request", "join")
                .add("ptype", "publisher").add("room", meeting).add("pin", district.getString("pin"))
                .add("token", district.getString("token")).add("id", feed(district))
                .add("display", district.getString("unit")));
        assertEquals("joined", joined.getString("videoroom", ""), joined::toString);
        long stranger = 4_242_424_242L;
        JanusClient.publish(meeting, feed(host), "host");
        JanusClient.publish(meeting, feed(commune), "commune");
        JanusClient.publish(meeting, stranger, "no unit of the meeting");
        assertTrue(JanusClient.publishers(MAIN, meeting).contains(feed(commune)), "the floor's point publishes");

        ok(as("thuky").delete(live + "floor"));
        // the application sends streams out right after the change committed, on a thread of its own
        List<Long> publishing = eventually(() -> JanusClient.publishers(MAIN, meeting),
                now -> !now.contains(feed(commune)) && !now.contains(stranger));
        assertTrue(publishing.contains(feed(host)), "the host's point always publishes: " + publishing);
        assertFalse(publishing.contains(feed(commune)), "the floor ended: the commune's stream is sent out");
        assertFalse(publishing.contains(stranger), "an id no unit of the meeting holds is sent out");
        List<JsonObject> inRoom = JanusClient.participants(MAIN, meeting);
        assertTrue(inRoom.stream().anyMatch(p -> p.getJsonNumber("id").longValue() == feed(district)),
                "a point that only receives stays in the room: " + inRoom);

        Predicate<JsonObject> commune31570 = e -> "STOP_PUBLISHER".equals(e.getString("action"))
                && e.getJsonObject("after").getString("unit", "").equals("31570")
                && "notAllowed".equals(e.getJsonObject("after").getString("reason"));
        Predicate<JsonObject> noUnit = e -> "STOP_PUBLISHER".equals(e.getString("action"))
                && "notIssued".equals(e.getJsonObject("after").getString("reason"));
        List<JsonObject> audit = eventually(() -> ok(as("admin").get("api/audit?entityType=LiveMeeting&entityId="
                + meeting + "&limit=100")).json().getJsonArray("items").getValuesAs(JsonObject.class),
                now -> now.stream().anyMatch(commune31570) && now.stream().anyMatch(noUnit));
        assertTrue(audit.stream().anyMatch(commune31570), "the stream sent out is in the log: " + audit);
        assertTrue(audit.stream().anyMatch(noUnit), audit::toString);
        ok(as("thuky").post(live + "live/end", "{}"));
    }

    @Test
    void aUnitOfABridgeWatchesThereWithATokenAdmittedThereAndTheBridgeRoomGoesWithTheMeeting() {
        long meeting = submitted(181, TITLE, "942", "31570", "943", "31531");
        assertFalse(JanusClient.roomExists(BRIDGE, meeting), "no room before anyone opened the meeting");
        ok(as("thuky").get("api/meetings/" + meeting + "/live"));
        assertTrue(JanusClient.roomExists(BRIDGE, meeting), "the readiness check opened: the bridge has the room");

        JsonObject served = join("xa-31531", meeting);
        assertEquals(System.getProperty("it.janus.url"), served.getString("server"), "every point publishes there");
        JsonObject subscribe = served.getJsonObject("subscribe");
        assertEquals(System.getProperty("it.bridge.url"), subscribe.getString("server"),
                "a commune of district 943 watches on its bridge");
        assertEquals(meeting, subscribe.getJsonNumber("room").longValue());
        assertEquals(served.getString("pin"), subscribe.getString("pin"));
        Handle there = JanusClient.attach(subscribe.getString("server"), subscribe.getString("token"));
        JsonObject joined = there.joinAsPublisher(meeting, subscribe.getString("pin"), subscribe.getString("token"),
                "31531");
        assertEquals("joined", joined.getString("videoroom", ""), joined::toString);
        assertEquals(System.getProperty("it.bridge.url"),
                join("huyen-943", meeting).getJsonObject("subscribe").getString("server"), "the district itself");

        JsonObject elsewhere = join("xa-31570", meeting);
        assertEquals(System.getProperty("it.janus.url"), elsewhere.getJsonObject("subscribe").getString("server"));
        JsonObject refused = JanusClient.createSession(System.getProperty("it.bridge.url"),
                elsewhere.getString("token"));
        assertEquals(403, refused.getJsonObject("error").getInt("code"), "the bridge does not know its token");

        var ice = served.getJsonArray("iceServers").getValuesAs(JsonObject.class);
        assertEquals(JanusSession.STUN, ice.get(0).getJsonArray("urls").getString(0));
        JsonObject turn = ice.get(1);
        assertEquals(JanusSession.TURN, turn.getJsonArray("urls").getString(0));
        String username = turn.getString("username");
        assertTrue(username.endsWith(":31531"), username);
        Instant expires = Instant.ofEpochSecond(Long.parseLong(username.substring(0, username.indexOf(':'))));
        assertEquals(served.getString("expiresAt"), expires.toString(), "TURN lasts as long as the token");
        assertEquals(TurnCredential.issue(System.getProperty("it.turn.secret"), "31531", expires).credential(),
                turn.getString("credential"));

        ok(as("thuky").post("api/meetings/" + meeting + "/live/start", "{}"));
        ok(as("thuky").post("api/meetings/" + meeting + "/live/end", "{}"));
        assertFalse(JanusClient.roomExists(BRIDGE, meeting), "the meeting ended: the bridge's room is destroyed");
        assertEquals(403, JanusClient.createSession(System.getProperty("it.bridge.url"), served.getString("token"))
                .getJsonObject("error").getInt("code"), "and its tokens there withdrawn");
    }

    @Test
    void theHostsStreamIsRelayedToTheBridgeAndPlaysThere() {
        boolean library = Files.isReadable(Path.of(JANUS_JS)) && Files.isReadable(Path.of(ADAPTER_JS));
        if (!library && "true".equals(System.getenv("CI"))) {
            fail("The relay test needs " + JANUS_JS + " and " + ADAPTER_JS);
        }
        assumeTrue(library, "apt-get install -y libjs-janus-gateway libjs-webrtc-adapter to run the relay test");
        long meeting = submitted(meeting(unique(TITLE), week(182), "14:00", "16:00", "943", "31531"));
        JsonObject host = join("thuky", meeting);
        JsonObject served = join("xa-31531", meeting);
        JsonObject subscribe = served.getJsonObject("subscribe");
        try (Browser publisher = Browser.open(640, 480, FAKE_MEDIA); Browser watcher = Browser.open(640, 480, FAKE_MEDIA)) {
            publisher.driver().get(page("publish", host.getString("server"), meeting, host.getString("pin"),
                    host.getString("token"), feed(host)));
            awaitState(publisher, "publishing");
            // the application relays it within a watch period (lienthong.media.watch-seconds)
            List<Long> onBridge = eventually(() -> JanusClient.publishers(BRIDGE, meeting),
                    now -> now.contains(feed(host)));
            assertTrue(onBridge.contains(feed(host)), "the host's stream is announced on the bridge: " + onBridge);
            List<JsonObject> there = JanusClient.participants(BRIDGE, meeting);
            assertTrue(there.stream().anyMatch(p -> p.getJsonNumber("id").longValue() == feed(host)
                    && "94".equals(p.getString("display", ""))),
                    "announced under the unit's code, by which the join page knows the chair's point: " + there);
            watcher.driver().get(page("watch", subscribe.getString("server"), meeting, subscribe.getString("pin"),
                    subscribe.getString("token"), feed(host)));
            awaitState(watcher, "watching");
        }
        ok(as("thuky").post("api/meetings/" + meeting + "/live/start", "{}"));
        ok(as("thuky").post("api/meetings/" + meeting + "/live/end", "{}"));
        assertFalse(JanusClient.roomExists(BRIDGE, meeting));
    }

    private static final String JANUS_JS = "/usr/share/javascript/janus-gateway/janus.js";
    private static final String ADAPTER_JS = "/usr/share/javascript/webrtc-adapter/adapter.min.js";
    private static final String[] FAKE_MEDIA = {"--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
            "--autoplay-policy=no-user-gesture-required"};

    private static String page(String mode, String server, long room, String pin, String token, long feed) {
        URI file = Path.of("src/test/resources/media/relay.html").toAbsolutePath().toUri();
        return file + "#mode=" + mode + "&server=" + enc(server) + "&room=" + room + "&pin=" + pin + "&token="
                + enc(token) + "&feed=" + feed;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void awaitState(Browser browser, String state) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Object reached = eventually(() -> js.executeScript("return window.relay && window.relay.state + ' '"
                + " + window.relay.error"), now -> String.valueOf(now).startsWith(state)
                || String.valueOf(now).startsWith("failed"));
        assertTrue(String.valueOf(reached).startsWith(state), () -> "the page says: " + reached);
    }
}
