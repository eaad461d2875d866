package vn.lienthong.media.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import vn.lienthong.media.entity.MediaToken;

/**
 * The meetings' rooms in Janus's VideoRoom: created when needed (asking Janus first, so a second call, another
 * instance or a restart changes nothing), joined only with the room's PIN and a token on its allowed list, and
 * destroyed with their tokens when the meeting is over.
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

    public boolean exists(long meetingId) {
        return janus.videoroom(request("exists", meetingId)).getBoolean("exists", false);
    }

    /** The meeting's room, created unless it exists. */
    public void ensure(long meetingId) {
        if (exists(meetingId)) {
            return;
        }
        try {
            janus.videoroom(request("create", meetingId)
                    .add("admin_key", settings.roomAdminKey())
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

    /** Lets {@code token} into Janus and onto the room's allowed list. */
    public void admit(MediaToken token) {
        janus.addToken(token.text());
        janus.videoroom(allowed(token.meetingId(), "add", token));
    }

    /** Destroys the meeting's room if it exists, and withdraws every token issued for it. */
    public void destroy(long meetingId) {
        if (exists(meetingId)) {
            try {
                janus.videoroom(request("destroy", meetingId).add("secret", keys.secret(meetingId))
                        .add("permanent", false));
            } catch (JanusException e) {
                if (e.code() != JanusException.NO_SUCH_ROOM) {
                    throw e;
                }
            }
        }
        withdraw(token -> token.meetingId() == meetingId);
    }

    /** Withdraws the tokens that expired by {@code now}, from Janus and from their rooms. */
    public void withdrawExpired(Instant now) {
        for (MediaToken token : withdraw(token -> token.isExpired(now))) {
            try {
                janus.videoroom(allowed(token.meetingId(), "remove", token));
            } catch (JanusException roomGone) {
                // the room was destroyed before: nothing left to remove
            }
        }
    }

    /** The rooms Janus holds, private ones included (the admin key shows them). */
    public List<Long> rooms() {
        JsonObject list = janus.videoroom(Json.createObjectBuilder().add("request", "list")
                .add("admin_key", settings.roomAdminKey()));
        return list.getJsonArray("list").getValuesAs(JsonObject.class).stream()
                .map(room -> room.getJsonNumber("room").longValue()).toList();
    }

    private List<MediaToken> withdraw(Predicate<MediaToken> which) {
        List<MediaToken> tokens = janus.tokens().stream().map(MediaToken::parse).flatMap(java.util.Optional::stream)
                .filter(which).toList();
        tokens.forEach(token -> janus.removeToken(token.text()));
        return tokens;
    }

    private JsonObjectBuilder allowed(long meetingId, String action, MediaToken token) {
        return request("allowed", meetingId).add("secret", keys.secret(meetingId)).add("action", action)
                .add("allowed", Json.createArrayBuilder().add(token.text()));
    }

    private static JsonObjectBuilder request(String request, long meetingId) {
        return Json.createObjectBuilder().add("request", request).add("room", RoomKeys.room(meetingId));
    }
}
