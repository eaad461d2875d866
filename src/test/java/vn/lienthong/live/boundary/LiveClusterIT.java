package vn.lienthong.live.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Api.Reply;

/**
 * The live meeting on a cluster: two Payara Micro instances, A and B, with the WAR as built, one MariaDB (the test
 * database) and a cluster of their own. A change made through A reaches the sockets on B with its number and B's
 * own changes reach them once; when A dies, its clients come back to B with {@code since} while B goes on changing
 * the meeting, and end with exactly B's snapshot, no number missed or doubled. Each instance keeps its own archive
 * index folder. Weeks 171-172 of the run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveClusterIT {

    private static final String HOST = "94";
    private static ClusterInstance a;
    private static ClusterInstance b;
    private static Path indexRoot;

    @BeforeAll
    static void startTwoInstances() throws InterruptedException {
        String cluster = "lienthong-it-" + UUID.randomUUID();
        int[] ports = ClusterInstance.dataGridPorts(2);
        String members = ClusterInstance.members(ports);
        indexRoot = Path.of(System.getProperty("it.runtime.dir", "target/runtime"), "cluster-it-index")
                .toAbsolutePath();
        // the first start of a fresh database migrates it and loads the demo data; the second waits for that
        a = ClusterInstance.start("cluster-it-a", cluster, members, ports[0], indexRoot);
        a.awaitReady(1, Duration.ofMinutes(5));
        b = ClusterInstance.start("cluster-it-b", cluster, members, ports[1], indexRoot);
        b.awaitReady(2, Duration.ofMinutes(5));
        a.awaitReady(2, Duration.ofMinutes(1));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (ClusterInstance instance : new ClusterInstance[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void aChangeMadeThroughOneInstanceReachesTheSocketsOfTheOtherOnceAndInOrder() {
        long id = liveMeeting(171);
        try (LiveClient onB = socket(b, id)) {
            JsonObject snapshot = onB.next();
            assertEquals("snapshot", snapshot.getString("type"));
            long first = seq(snapshot);
            long point = hostPoint(snapshot);

            ok(as(a).put(readinessOf(id, point), readiness("READY", null)));
            JsonObject fromA = onB.next();
            assertEquals(first + 1, seq(fromA), fromA::toString);
            assertEquals("point", fromA.getString("type"));
            assertEquals("READY", fromA.getJsonObject("data").getString("readiness"), fromA::toString);

            ok(as(b).put(readinessOf(id, point), readiness("PROBLEM", "Mất tiếng tại hội trường")));
            ok(as(a).put(readinessOf(id, point), readiness("READY", null)));
            assertEquals(first + 2, seq(onB.next()), "B's own change, once");
            assertEquals(first + 3, seq(onB.next()), "then A's, in order");
            assertEquals(first + 3, seq(ok(as(b).get("api/meetings/" + id + "/live")).json()));
        }
    }

    /** Kills A: it runs after the others, which need both instances (it uses nothing they leave behind). */
    @Test
    @Order(Integer.MAX_VALUE)
    void whenAnInstanceDiesItsClientsComeBackToTheOtherAndMissNothing() throws Exception {
        long id = liveMeeting(172);
        Map<Long, JsonObject> points = new TreeMap<>();
        long last;
        // the browser's sign-in, made on A, is good on B too: tokens live in the database
        String token = as(a).token();
        try (LiveClient onA = LiveClient.open(Api.at(a.base()).base(), id, token, null)) {
            JsonObject snapshot = onA.next();
            last = seq(snapshot);
            snapshot.getJsonObject("data").getJsonArray("points").getValuesAs(JsonObject.class)
                    .forEach(p -> points.put(p.getJsonNumber("pointId").longValue(), p));
            long point = hostPoint(snapshot);
            ok(as(b).put(readinessOf(id, point), readiness("READY", null)));
            last = apply(onA.next(), last, points);

            Api onB = as(b);
            a.kill();
            CompletableFuture<Void> changing = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 12; i++) {
                    ok(onB.put(readinessOf(id, point), i % 2 == 0
                            ? readiness("PROBLEM", "Đường truyền chập chờn lần " + i) : readiness("READY", null)));
                }
            });
            try (LiveClient back = LiveClient.open(Api.at(b.base()).base(), id, token, "since=" + last)) {
                JsonObject opening = back.next();
                assertEquals("replay", opening.getString("type"), opening::toString);
                changing.join();
                long end = seq(ok(onB.get("api/meetings/" + id + "/live")).json());
                List<Long> seen = new ArrayList<>();
                while (last < end) {
                    JsonObject event = back.next();
                    seen.add(seq(event));
                    last = apply(event, last, points);
                }
                assertEquals(13, end - seq(snapshot), "one change before the crash and twelve after");
                JsonObject now = ok(onB.get("api/meetings/" + id + "/live")).json();
                assertEquals(end, seq(now), "nothing else changed: " + seen);
                Map<Long, JsonObject> expected = new TreeMap<>();
                now.getJsonObject("data").getJsonArray("points").getValuesAs(JsonObject.class)
                        .forEach(p -> expected.put(p.getJsonNumber("pointId").longValue(), p));
                assertEquals(expected, points, "the client's picture is B's snapshot");
            }
        }
    }

    @Test
    void eachInstanceKeepsItsOwnArchiveIndexFolder() {
        Path onA = indexFolder(a);
        Path onB = indexFolder(b);
        assertEquals(indexRoot, onA.getParent(), "one root for the machine");
        assertEquals(indexRoot, onB.getParent());
        assertNotEquals(onA, onB, "each instance holds its own instance-N folder");
    }

    /** The {@code instance-N} folder whose generation the instance searches. */
    private static Path indexFolder(ClusterInstance instance) {
        return Path.of(ok(Api.at(instance.base()).as("admin").get("api/archive/index")).json()
                .getString("directory")).getParent();
    }

    /** Applies a numbered event to the client's picture of the points; it must follow the last one. */
    private static long apply(JsonObject event, long last, Map<Long, JsonObject> points) {
        assertEquals(last + 1, seq(event), () -> "numbers follow each other: " + event);
        if ("point".equals(event.getString("type"))) {
            JsonObject point = event.getJsonObject("data");
            points.put(point.getJsonNumber("pointId").longValue(), point);
        }
        return seq(event);
    }

    /** An approved meeting of the province in week {@code n}, its readiness check open. */
    private static long liveMeeting(int week) {
        Api secretariat = as(a);
        long id = id(book(secretariat, meeting(unique("Họp liên thông trên cụm"), week(week), "08:00", "10:00",
                "942")));
        ok(secretariat.post("api/meetings/" + id + "/submit", "{}"));
        return id;
    }

    private static Api as(ClusterInstance instance) {
        return Api.at(instance.base()).as("thuky");
    }

    private static LiveClient socket(ClusterInstance instance, long meeting) {
        return LiveClient.open(Api.at(instance.base()).base(), meeting, as(instance).token(), null);
    }

    private static String readinessOf(long meeting, long point) {
        return "api/meetings/" + meeting + "/points/" + point + "/readiness";
    }

    private static String readiness(String status, String note) {
        var body = Json.createObjectBuilder().add("status", status)
                .add("checks", Json.createObjectBuilder().add("camera", true).add("microphone", note == null)
                        .add("network", true));
        return (note == null ? body : body.add("note", note)).build().toString();
    }

    private static long hostPoint(JsonObject snapshot) {
        return snapshot.getJsonObject("data").getJsonArray("points").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("unit").equals(HOST)).findFirst().orElseThrow()
                .getJsonNumber("pointId").longValue();
    }

    private static long seq(JsonObject message) {
        return message.getJsonNumber("seq").longValue();
    }

    private static Reply ok(Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 201, () -> "answer: " + reply);
        return reply;
    }
}
