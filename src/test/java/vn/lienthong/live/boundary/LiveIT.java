package vn.lienthong.live.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;
import static vn.lienthong.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Api.Reply;
import vn.lienthong.testsupport.Database;
import vn.lienthong.testsupport.Deployments;

/**
 * Issue 4, the live meeting over HTTP and real WebSocket clients against MariaDB: the wall gets a snapshot, then
 * every change in order with numbers that follow each other; a client that comes back with since=n gets what it
 * missed, or a snapshot when that is too old or not a number it could have seen; bad tokens, units that may not see
 * a confidential meeting, garbage, unknown messages, a clerk starting the meeting and a second ballot are refused
 * on the socket and change nothing; the roll call is counted per tier and exported as CSV for Excel.
 * The tests run with the readiness check open for years ({@code lienthong.live.readiness-minutes} in
 * arquillian.xml), so meetings booked in the far-future test weeks can be started. Weeks 158-160 of the run
 * (district 942 with Xã Hồ Đắc Kiện 31570; Thị trấn An Lạc Thôn 31531 of district 943 stands outside).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveIT {

    private static final String COMMUNE = LiveBookings.COMMUNE;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api as(String username) {
        return Api.at(base).as(username);
    }

    private LiveClient socket(long meeting, String username, String query) {
        return LiveClient.open(Api.at(base).base(), meeting, as(username).token(), query);
    }

    private static Reply ok(int status, Reply reply) {
        assertEquals(status, reply.status(), () -> "answer: " + reply);
        return reply;
    }

    private static long pointOf(JsonObject snapshot, String unit) {
        return snapshot.getJsonObject("data").getJsonArray("points").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("unit").equals(unit)).findFirst().orElseThrow()
                .getJsonNumber("pointId").longValue();
    }

    private static String readiness(String status, String note) {
        var body = Json.createObjectBuilder().add("status", status)
                .add("checks", Json.createObjectBuilder().add("camera", true).add("microphone", true)
                        .add("network", !"PROBLEM".equals(status)));
        return (note == null ? body : body.add("note", note)).build().toString();
    }

    private static long seq(JsonObject message) {
        return message.getJsonNumber("seq").longValue();
    }

    @Test
    void theWallGetsASnapshotThenEveryChangeInOrderAndTheRollCallIsCountedAndExported() {
        long id = LiveBookings.meetingWithCommune(base, "Họp trực tuyến", 158);
        String live = "api/meetings/" + id + "/";
        try (LiveClient wall = socket(id, "thuky", null)) {
            JsonObject snapshot = wall.next();
            assertEquals("snapshot", snapshot.getString("type"));
            assertEquals("READINESS", snapshot.getJsonObject("data").getJsonObject("lifecycle").getString("phase"));
            long first = seq(snapshot);
            long point = pointOf(snapshot, COMMUNE);

            ok(200, as("kythuat-" + COMMUNE).put(live + "points/" + point + "/readiness", readiness("READY", null)));
            assertProblem(403, as("xa-" + COMMUNE).post(live + "live/start", "{}"));
            ok(200, as("thuky").post(live + "live/start", "{}"));
            try (LiveClient commune = socket(id, "xa-" + COMMUNE, null)) {
                assertEquals("snapshot", commune.next().getString("type"));
                commune.send("{\"type\":\"heartbeat\"}");
                assertEquals(COMMUNE, awaitOf(commune, "attendance").getJsonObject("data").getJsonObject("unit")
                        .getString("unit"), "joining while live marks the unit present");
                ok(200, as("xa-" + COMMUNE).post(live + "hands", "{\"topic\":\"Báo cáo tiến độ giải ngân\"}"));
                ok(200, as("thuky").post(live + "floor", "{\"unit\":\"" + COMMUNE + "\"}"));
                long vote = ok(201, as("thuky").post(live + "votes", Json.createObjectBuilder()
                        .add("question", "Thông qua kế hoạch?").add("options", Json.createArrayBuilder()
                                .add("Đồng ý").add("Không đồng ý")).build().toString()))
                        .json().getJsonNumber("id").longValue();
                commune.send("{\"type\":\"vote\",\"voteId\":" + vote + ",\"option\":0,\"ref\":\"b1\"}");
                JsonObject ack = awaitOf(commune, "ack");
                assertEquals("b1", ack.getJsonObject("data").getString("ref"));
                commune.send("{\"type\":\"vote\",\"voteId\":" + vote + ",\"option\":1,\"ref\":\"b2\"}");
                JsonObject twice = awaitOf(commune, "error");
                assertEquals(409, twice.getJsonObject("data").getInt("status"), twice::toString);
                assertEquals("b2", twice.getJsonObject("data").getString("ref"));
                assertProblem(409, as("xa-" + COMMUNE).post(live + "votes/" + vote + "/ballots", "{\"option\":1}"));
                assertEquals(1, Database.count("SELECT COUNT(*) FROM live_ballot WHERE vote_id = ?", vote));
            }
            ok(200, as("thuky").delete(live + "floor"));
            ok(200, as("thuky").put(live + "attendance/942",
                    "{\"state\":\"ABSENT\",\"reason\":\"Trùng lịch tiếp công dân\"}"));
            String standIn = "{\"state\":\"REPRESENTED\",\"representedBy\":\"Trần Thị Năm, Phó Chủ tịch UBND xã\"}";
            assertProblem(404, as("thuky").put(live + "attendance/" + COMMUNE + "/delegates/5", standIn));
            assertProblem(403, as("xa-" + COMMUNE).put(live + "attendance/" + COMMUNE + "/delegates/0", standIn));
            ok(200, as("thuky").put(live + "attendance/" + COMMUNE + "/delegates/0", standIn));
            ok(200, as("thuky").post(live + "live/end", "{}"));

            List<JsonObject> events = new ArrayList<>();
            JsonObject event;
            do {
                event = wall.next();
                events.add(event);
            } while (!("phase".equals(event.getString("type"))
                    && "ENDED".equals(event.getJsonObject("data").getString("phase"))));
            for (int i = 0; i < events.size(); i++) {
                assertEquals(first + 1 + i, seq(events.get(i)), () -> "numbers follow each other: " + events);
            }
            List<String> types = events.stream().map(e -> e.getString("type")).toList();
            assertTrue(inOrder(types, "point", "phase", "attendance", "point", "hands", "floor", "hands", "vote",
                    "vote", "floor", "attendance", "attendance", "phase"), types::toString);
            assertEquals(2, types.stream().filter("vote"::equals).count(), "the second ballot changed nothing");

            JsonObject now = ok(200, as("thuky").get(live + "live")).json();
            assertEquals(seq(events.get(events.size() - 1)), seq(now), "GET live is the same snapshot");
            JsonObject data = now.getJsonObject("data");
            assertEquals("ENDED", data.getJsonObject("lifecycle").getString("phase"));
            JsonObject communes = tier(data, 3);
            assertEquals(1, communes.getInt("present"));
            assertEquals(1, communes.getInt("expected"));
            assertEquals(0, tier(data, 2).getInt("present"), "the district was marked absent");
            assertEquals(List.of(1, 0), data.getJsonArray("votes").getJsonObject(0).getJsonArray("tally")
                    .getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::intValue)
                    .toList());
        }
        Api.Download csv = as("thuky").download(live + "attendance.csv");
        assertEquals(200, csv.status());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv.bytes(), 3));
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"" + COMMUNE + "\",\"Xã Hồ Đắc Kiện\",\"Xã\",\"Có\","
                + "\"Nguyễn Văn Tư, Chủ tịch UBND xã (Có người dự thay: Trần Thị Năm, Phó Chủ tịch UBND xã)\","
                + "\"Có mặt (trực tuyến)\""), text);
        assertTrue(text.contains("\"Vắng\",\"Trùng lịch tiếp công dân\""), text);
        assertEquals(4, text.split("\r\n").length, "headings, the province, the district and the commune: " + text);
    }

    @Test
    void aClientComingBackWithSinceGetsWhatItMissedOrASnapshotWhenThatIsTooOldOrUnknown() {
        long id = LiveBookings.meetingWithCommune(base, "Họp trực tuyến", 159);
        String live = "api/meetings/" + id + "/";
        long seen;
        long point;
        try (LiveClient wall = socket(id, "thuky", null)) {
            JsonObject snapshot = wall.next();
            seen = seq(snapshot);
            point = pointOf(snapshot, COMMUNE);
        }
        Api technician = as("kythuat-" + COMMUNE);
        ok(200, technician.put(live + "points/" + point + "/readiness", readiness("READY", null)));
        ok(200, technician.put(live + "points/" + point + "/readiness", readiness("PROBLEM", "Mất tín hiệu mạng")));
        try (LiveClient back = socket(id, "thuky", "since=" + seen)) {
            JsonObject replay = back.next();
            assertEquals("replay", replay.getString("type"));
            assertEquals(2, replay.getJsonObject("data").getInt("count"));
            assertEquals(seen + 1, seq(back.next()));
            JsonObject last = back.next();
            assertEquals(seen + 2, seq(last));
            assertEquals("PROBLEM", last.getJsonObject("data").getString("readiness"));
            assertEquals("Mất tín hiệu mạng", last.getJsonObject("data").getString("note"));
        }
        for (String since : List.of("abc", "-5", Long.toString(seen + 100))) {
            try (LiveClient odd = socket(id, "thuky", "since=" + since)) {
                JsonObject answer = odd.next();
                assertEquals("snapshot", answer.getString("type"), () -> "since=" + since);
                assertEquals(seen + 2, seq(answer));
            }
        }
        for (int i = 0; i < 20; i++) {
            ok(200, technician.put(live + "points/" + point + "/readiness",
                    readiness(i % 2 == 0 ? "READY" : "PROBLEM", "Lần kiểm tra " + i)));
        }
        try (LiveClient tooOld = socket(id, "thuky", "since=" + seen)) {
            JsonObject answer = tooOld.next();
            assertEquals("snapshot", answer.getString("type"), "22 events behind, more than the 20 replayed");
            assertEquals(seen + 22, seq(answer));
        }
        JsonObject missed = ok(200, as("thuky").get(live + "live/events?since=" + (seen + 20))).json();
        assertEquals(2, missed.getJsonArray("events").size());
        assertTrue(ok(200, as("thuky").get(live + "live/events?since=" + seen)).json().containsKey("snapshot"));
    }

    @Test
    void badTokensOutsidersGarbageUnknownMessagesAndAClerkStartingTheMeetingAreRefusedAndChangeNothing() {
        long confidential = id(book(as("thuky"), meeting(unique("Họp mật"), week(160), "14:00", "16:00", "942")
                .add("confidential", true)));
        try (LiveClient stranger = LiveClient.open(Api.at(base).base(), confidential, "not-a-token", null)) {
            assertEquals(401, stranger.next().getJsonObject("data").getInt("status"));
            assertEquals(4401, stranger.closeCode());
        }
        try (LiveClient outsider = socket(confidential, "xa-31531", null)) {
            assertEquals(404, outsider.next().getJsonObject("data").getInt("status"));
            assertEquals(4404, outsider.closeCode());
        }
        assertProblem(404, as("xa-31531").get("api/meetings/" + confidential + "/live"));

        long id = LiveBookings.meetingWithCommune(base, "Họp trực tuyến", 160);
        try (LiveClient clerk = socket(id, "xa-" + COMMUNE, null)) {
            long seen = seq(clerk.next());
            clerk.send("{{{ không phải JSON");
            assertEquals(400, clerk.next().getJsonObject("data").getInt("status"));
            clerk.send("[1, 2]");
            assertEquals(400, clerk.next().getJsonObject("data").getInt("status"));
            clerk.send("{\"type\":\"dance\"}");
            assertEquals(400, clerk.next().getJsonObject("data").getInt("status"));
            clerk.send("{\"type\":\"raiseHand\",\"topic\":\"" + "x".repeat(5000) + "\"}");
            assertEquals(400, clerk.next().getJsonObject("data").getInt("status"));
            clerk.send("{\"type\":\"start\"}");
            JsonObject refused = clerk.next();
            assertEquals("error", refused.getString("type"));
            assertEquals(403, refused.getJsonObject("data").getInt("status"));
            clerk.send("{\"type\":\"raiseHand\"}");
            assertEquals(409, clerk.next().getJsonObject("data").getInt("status"), "not live yet");

            JsonObject now = ok(200, as("thuky").get("api/meetings/" + id + "/live")).json();
            assertEquals(seen, seq(now), "nothing changed");
            assertEquals("READINESS", now.getJsonObject("data").getJsonObject("lifecycle").getString("phase"));
        }
    }

    private static JsonObject awaitOf(LiveClient client, String type) {
        JsonObject message;
        do {
            message = client.next();
        } while (!type.equals(message.getString("type")));
        return message;
    }

    private static JsonObject tier(JsonObject data, int level) {
        return data.getJsonObject("rollCall").getJsonArray("tiers").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getInt("level") == level).findFirst().orElseThrow();
    }

    /** Whether {@code expected} occur in {@code types} in this order (other events may come between). */
    private static boolean inOrder(List<String> types, String... expected) {
        int at = 0;
        for (String type : types) {
            if (at < expected.length && expected[at].equals(type)) {
                at++;
            }
        }
        return at == expected.length;
    }
}
