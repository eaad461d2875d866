package vn.lienthong.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.testsupport.JanusClient;
import vn.lienthong.testsupport.JanusClient.Handle;
import vn.lienthong.testsupport.JanusSession;

/**
 * Issue 6, video through a real Janus (started for the run by JanusSession with the project's configuration): a
 * meeting's room exists in Janus once its readiness check is open; the credentials of a join admit a Janus session
 * to that room and to no other (Janus itself refuses a wrong PIN and a token not on the room's list); a unit of
 * another meeting gets no credentials; a commune publishes only when asked for a check during readiness or while
 * it holds the floor; the browser's report of its media path reaches the wall; the room and its tokens go when the
 * meeting ends. Weeks 175-177 of the run (district 942 with commune 31570; district 943 with 31531).
 */
class MediaIT extends MediaTesting {

    private static final String TITLE = "Họp có hình ảnh";
    private static final String OTHER_COMMUNE = "31531";
    private static final int UNAUTHORIZED = 433;

    @BeforeAll
    static void janusRuns() {
        JanusSession.requireJanus();
    }

    @Test
    void theRoomOpensWithTheReadinessCheckAndAdmitsItsOwnParticipantsOnly() {
        long meeting = submitted(175, TITLE, DISTRICT, COMMUNE);
        long other = submitted(176, TITLE, "943", OTHER_COMMUNE);
        assertFalse(JanusClient.roomExists(meeting), "no room before anyone opened the meeting");
        JsonObject lifecycle = ok(as("thuky").get("api/meetings/" + meeting + "/live")).json()
                .getJsonObject("data").getJsonObject("lifecycle");
        assertEquals("READINESS", lifecycle.getString("phase"));
        assertTrue(JanusClient.roomExists(meeting), "the readiness check opened: the room exists in Janus");

        JsonObject commune = join("xa-" + COMMUNE, meeting);
        assertEquals(System.getProperty("it.janus.url"), commune.getString("server"));
        assertEquals(meeting, commune.getJsonNumber("room").longValue());
        assertTrue(commune.getString("pin").matches("\\d{8}"));
        assertFalse(commune.getBoolean("publish"), "a commune without the floor only receives");
        assertTrue(join("thuky", meeting).getBoolean("publish"), "the host's point always publishes");
        assertNotEquals(commune.getString("token"), join("xa-" + COMMUNE, meeting).getString("token"),
                "every join gets a token of its own");
        assertFalse(commune.toString().contains(System.getProperty("it.janus.admin-secret")));

        JsonObject refused = JanusClient.createSession(commune.getString("server"), null);
        assertEquals(403, refused.getJsonObject("error").getInt("code"), "Janus admits no one without a token");
        Handle handle = JanusClient.attach(commune.getString("server"), commune.getString("token"));
        JsonObject joined = handle.joinAsPublisher(meeting, commune.getString("pin"), commune.getString("token"),
                commune.getString("display"));
        assertEquals("joined", joined.getString("videoroom", ""), joined::toString);

        assertProblem(403, as("xa-" + OTHER_COMMUNE).post("api/meetings/" + meeting + "/media/join", "{}"));
        JsonObject outsider = join("xa-" + OTHER_COMMUNE, other);
        Handle intruder = JanusClient.attach(commune.getString("server"), commune.getString("token"));
        JsonObject wrongPin = intruder.joinAsPublisher(other, commune.getString("pin"), commune.getString("token"),
                "lạc phòng");
        assertEquals(UNAUTHORIZED, wrongPin.getInt("error_code", 0), wrongPin::toString);
        JsonObject notAllowed = intruder.joinAsPublisher(other, outsider.getString("pin"),
                commune.getString("token"), "lạc phòng");
        assertEquals(UNAUTHORIZED, notAllowed.getInt("error_code", 0), notAllowed::toString);
        assertTrue(notAllowed.getString("error").contains("allowed"), notAllowed::toString);
    }

    @Test
    void aCommunePublishesWhenAskedForACheckOrGivenTheFloorAndTheRoomGoesWithTheEnd() {
        long meeting = submitted(177, TITLE, DISTRICT, COMMUNE);
        String media = "api/meetings/" + meeting + "/media/";
        String live = "api/meetings/" + meeting + "/";
        assertFalse(join("xa-" + COMMUNE, meeting).getBoolean("publish"));
        assertProblem(403, as("xa-" + COMMUNE).post(media + "check/" + COMMUNE, "{}"));
        JsonObject point = ok(as("thuky").post(media + "check/" + COMMUNE, "{}")).json();
        assertEquals("thuky", point.getJsonObject("media").getString("checkAskedBy"));
        assertTrue(join("xa-" + COMMUNE, meeting).getBoolean("publish"), "asked for a check during readiness");

        ok(as("thuky").post(live + "live/start", "{}"));
        assertFalse(join("xa-" + COMMUNE, meeting).getBoolean("publish"), "once live, a check no longer counts");
        assertProblem(409, as("thuky").post(media + "check/" + COMMUNE, "{}"));
        ok(as("thuky").post(live + "floor", "{\"unit\":\"" + COMMUNE + "\"}"));
        JsonObject speaking = join("xa-" + COMMUNE, meeting);
        assertTrue(speaking.getBoolean("publish"), "the floor lets the commune publish");
        ok(as("thuky").delete(live + "floor"));
        assertFalse(join("xa-" + COMMUNE, meeting).getBoolean("publish"));

        JsonObject reported = ok(as("xa-" + COMMUNE).put(media + "state",
                "{\"state\":\"RECONNECTING\",\"packetLoss\":7.25}")).json();
        assertEquals("RECONNECTING", reported.getJsonObject("media").getString("state"));
        assertEquals(7.25, reported.getJsonObject("media").getJsonNumber("packetLoss").doubleValue());
        assertProblem(400, as("xa-" + COMMUNE).put(media + "state", "{\"state\":\"CONNECTED\",\"packetLoss\":150}"));
        assertProblem(400, as("xa-" + COMMUNE).put(media + "state", "{\"packetLoss\":1}"));
        JsonObject unknown = assertProblem(400, as("xa-" + COMMUNE).put(media + "state", "{\"state\":\"connected\"}"));
        assertEquals("state", unknown.getJsonArray("errors").getJsonObject(0).getString("field"), unknown::toString);
        JsonObject onTheWall = ok(as("thuky").get(live + "live")).json().getJsonObject("data")
                .getJsonArray("points").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("unit").equals(COMMUNE)).findFirst().orElseThrow();
        assertEquals("RECONNECTING", onTheWall.getJsonObject("media").getString("state"));

        assertTrue(JanusClient.roomExists(meeting));
        ok(as("thuky").post(live + "live/end", "{}"));
        assertFalse(JanusClient.roomExists(meeting), "the meeting ended: its room is destroyed");
        JsonObject withdrawn = JanusClient.createSession(speaking.getString("server"), speaking.getString("token"));
        assertEquals(403, withdrawn.getJsonObject("error").getInt("code"), "the meeting's tokens are withdrawn");
        assertProblem(409, as("xa-" + COMMUNE).post(media + "join", "{}"));
    }
}
