package vn.lienthong.media.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import vn.lienthong.media.entity.MediaToken;

/**
 * The meetings' rooms in the VideoRoom of a Janus (the provincial one or a bridge): created when needed (asking
 * Janus first, so a second call, another instance or a restart changes nothing), joined only with the room's PIN
 * and a token on its allowed list, and destroyed with their tokens when the meeting is over. A room has the same
 * number, secret and PIN on every Janus.
 */
@ApplicationScoped
public class MediaRooms {

    @Inject
    MediaSettings settings;

    @Inject
    JanusAdmin janus;

    private RoomKeys keys;

    @PostConstruct
    void keys() {
        if (settings.configured()) {
            keys = new RoomKeys(settings.roomSecret());
        }
    }

    public String pin(long meetingId) {
        return keys.pin(meetingId);
    }

    /** The publisher id of a unit's point in the meeting's room. */
    public long feed(long meetingId, String unitCode) {
        return keys.feed(meetingId, unitCode);
    }

    /** The secret that edits the meeting's room (for requests on it). */
    String secret(long meetingId) {
        return keys.secret(meetingId);
    }

    public boolean exists(JanusServer server, long meetingId) {
        return janus.videoroom(server, request("exists", meetingId)).getBoolean("exists", false);
    }

    /** The meeting's room, created unless it exists. */
    public void ensure(JanusServer server, long meetingId) {
        if (exists(server, meetingId)) {
            return;
        }
        try {
            janus.videoroom(server, request("create", meetingId)
                    .add("admin_key", server.roomAdminKey())
                    .add("description", "Cuộc họp " + meetingId)
                    .add("secret", keys.secret(meetingId))
                    .add("pin", keys.pin(meetingId))
                    .add("is_private", true)
                    .add("allowed", Json.createArrayBuilder())
                    .add("publishers", settings.publishers())
                    .add("notify_joining", true)
                    .add("permanent", false));
        } catch (JanusException e) {
            if (e.code() != JanusException.ROOM_EXISTS) {
                throw e;
            }
        }
    }

    /** Lets {@code token} into the Janus and onto the room's allowed list there. */
    public void admit(JanusServer server, MediaToken token) {
        janus.addToken(server, token.text());
        janus.videoroom(server, allowed(token.meetingId(), "add", token));
    }

    /** Destroys the meeting's room if it exists, and withdraws every token issued for it. */
    public void destroy(JanusServer server, long meetingId) {
        if (exists(server, meetingId)) {
            try {
                janus.videoroom(server, request("destroy", meetingId).add("secret", keys.secret(meetingId))
                        .add("permanent", false));
            } catch (JanusException e) {
                if (e.code() != JanusException.NO_SUCH_ROOM) {
                    throw e;
                }
            }
        }
        withdraw(server, token -> token.meetingId() == meetingId);
    }

    /** Withdraws the tokens that expired by {@code now}, from the Janus and from their rooms. */
    public void withdrawExpired(JanusServer server, Instant now) {
        for (MediaToken token : withdraw(server, token -> token.isExpired(now))) {
            try {
                janus.videoroom(server, allowed(token.meetingId(), "remove", token));
            } catch (JanusException roomGone) {
                // the room was destroyed before: nothing left to remove
            }
        }
    }

    /** The rooms the Janus holds, private ones included (the admin key shows them). */
    public List<Long> rooms(JanusServer server) {
        JsonObject list = janus.videoroom(server, Json.createObjectBuilder().add("request", "list")
                .add("admin_key", server.roomAdminKey()));
        return list.getJsonArray("list").getValuesAs(JsonObject.class).stream()
                .map(room -> room.getJsonNumber("room").longValue()).toList();
    }

    private List<MediaToken> withdraw(JanusServer server, Predicate<MediaToken> which) {
        List<MediaToken> tokens = janus.tokens(server).stream().map(MediaToken::parse).flatMap(Optional::stream)
                .filter(which).toList();
        tokens.forEach(token -> janus.removeToken(server, token.text()));
        return tokens;
    }

    private JsonObjectBuilder allowed(long meetingId, String action, MediaToken token) {
        return request("allowed", meetingId).add("secret", keys.secret(meetingId)).add("action", action)
                .add("allowed", Json.createArrayBuilder().add(token.text()));
    }

    static JsonObjectBuilder request(String request, long meetingId) {
        return Json.createObjectBuilder().add("request", request).add("room", RoomKeys.room(meetingId));
    }
}
