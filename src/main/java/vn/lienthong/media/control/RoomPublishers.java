package vn.lienthong.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * Who is in a meeting's room on a Janus and who sends media there, and sending a participant out ({@code kick}:
 * Janus closes its session in the room, the point's page joins again and receives only).
 */
@ApplicationScoped
public class RoomPublishers {

    /** VideoRoom: no such participant (or remotization) in the room. */
    static final int NO_SUCH_FEED = 428;

    @Inject
    JanusAdmin janus;

    @Inject
    MediaRooms rooms;

    /**
     * One participant of a room.
     *
     * @param publishing whether it sends media now
     * @param remote whether it is a stream forwarded from another Janus rather than a point connected here
     */
    public record Participant(long id, String display, boolean publishing, boolean remote) {
    }

    /** The room's participants; empty when the room does not exist. */
    public Optional<List<Participant>> of(JanusServer server, long meetingId) {
        JsonObject answer;
        try {
            answer = janus.videoroom(server, MediaRooms.request("listparticipants", meetingId)
                    .add("secret", rooms.secret(meetingId)));
        } catch (JanusException e) {
            if (e.code() == JanusException.NO_SUCH_ROOM) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(answer.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .map(p -> new Participant(p.getJsonNumber("id").longValue(), p.getString("display", ""),
                        p.getBoolean("publisher", false), p.getBoolean("remote", false)))
                .toList());
    }

    /** Sends a participant out of the room; one that left already is gone anyway. */
    public void kick(JanusServer server, long meetingId, long id) {
        try {
            janus.videoroom(server, MediaRooms.request("kick", meetingId).add("secret", rooms.secret(meetingId))
                    .add("id", id));
        } catch (JanusException e) {
            if (!gone(e)) {
                throw e;
            }
        }
    }

    /** Whether Janus refused because the participant or remotization is unknown. */
    static boolean gone(JanusException e) {
        return e.code() == NO_SUCH_FEED || e.code() == JanusException.NO_SUCH_ROOM;
    }
}
