package vn.lienthong.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.platform.problem.ProblemMapping;

/**
 * What a client may say over the socket, each as a JSON object with a {@code type} and an optional {@code ref}
 * that the answer repeats: {@code heartbeat}; {@code raiseHand} {topic}; {@code lowerHand} [{unit}];
 * {@code vote} {voteId, option}; {@code start}; {@code end}; {@code grantFloor} {unit}; {@code endFloor}. Each runs
 * through the same boundary and rules as its REST call; what is done comes back as an {@code ack} (except for
 * heartbeats) and as the event everyone receives. Anything else (not JSON, too long, an unknown type, a refused
 * action) gets an {@code error} message on this socket alone, with the problem as the API would give it, and
 * changes nothing.
 */
@ApplicationScoped
public class SocketMessages {

    /** Frames longer than this are cut off by the container (close 1009); see {@link #TEXT_LIMIT}. */
    static final int FRAME_LIMIT = 65_536;
    /** Messages longer than this are answered with an error: no client message needs more. */
    static final int TEXT_LIMIT = 4_096;

    @Inject
    SocketCalls calls;

    @Inject
    LiveMeetings meetings;

    @Inject
    LivePoints points;

    @Inject
    LiveVotes votes;

    @Inject
    Caller caller;

    void handle(Subscriber from, String text) {
        String ref = null;
        try {
            if (text.length() > TEXT_LIMIT) {
                throw ProblemException.invalid("message", "live.messageTooLong", TEXT_LIMIT);
            }
            JsonObject message = parse(text);
            ref = message.get("ref") instanceof JsonString s ? s.getString() : null;
            String type = message.get("type") instanceof JsonString s ? s.getString() : "";
            if ("heartbeat".equals(type) && !from.heartbeatDue(Instant.now())) {
                return;
            }
            calls.as(from.who(), () -> {
                perform(from.meetingId(), type, message);
                return null;
            });
            if (!"heartbeat".equals(type)) {
                from.reply(ack(type, ref));
            }
        } catch (RuntimeException e) {
            from.reply(error(ref, ProblemMapping.toResponse(e, from.locale())));
        }
    }

    private void perform(long meetingId, String type, JsonObject message) {
        switch (type) {
            case "heartbeat" -> points.heartbeat(meetingId);
            case "raiseHand" -> meetings.raiseHand(meetingId, text(message, "topic"));
            case "lowerHand" -> meetings.lowerHand(meetingId,
                    message.containsKey("unit") ? text(message, "unit") : caller.identity().unitCode());
            case "vote" -> votes.cast(meetingId, whole(message, "voteId"), integer(message, "option"));
            case "start" -> meetings.start(meetingId);
            case "end" -> meetings.end(meetingId);
            case "grantFloor" -> meetings.grantFloor(meetingId, text(message, "unit"));
            case "endFloor" -> meetings.endFloor(meetingId);
            default -> throw ProblemException.invalid("type", "live.unknownType", type);
        }
    }

    private static JsonObject parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException | IllegalStateException e) {
            // answered below
        }
        throw ProblemException.invalid("message", "live.badMessage");
    }

    private static String text(JsonObject message, String field) {
        JsonValue value = message.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw ProblemException.invalid(field, "problem.wrongType");
    }

    private static Integer integer(JsonObject message, String field) {
        JsonValue value = message.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().bitLength() < 31) {
            return n.intValue();
        }
        throw ProblemException.invalid(field, "problem.wrongType");
    }

    private static long whole(JsonObject message, String field) {
        JsonValue value = message.get(field);
        if (value instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().bitLength() < 63) {
            return n.longValue();
        }
        throw ProblemException.invalid(field, "problem.wrongType");
    }

    static String ack(String type, String ref) {
        JsonObjectBuilder data = Json.createObjectBuilder().add("request", type);
        if (ref != null) {
            data.add("ref", ref);
        }
        return Json.createObjectBuilder().add("type", "ack").add("data", data).build().toString();
    }

    /** An error message carrying the problem (RFC 9457 members) the API would answer. */
    static String error(String ref, Response problem) {
        JsonObject body;
        try (var reader = Json.createReader(new StringReader(String.valueOf(problem.getEntity())))) {
            body = reader.readObject();
        }
        JsonObjectBuilder data = Json.createObjectBuilder(body);
        if (ref != null) {
            data.add("ref", ref);
        }
        return Json.createObjectBuilder().add("type", "error").add("data", data).build().toString();
    }
}
