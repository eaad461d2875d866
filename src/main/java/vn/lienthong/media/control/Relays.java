package vn.lienthong.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A stream of the provincial room relayed into the same meeting's room on a bridge, with VideoRoom's remote
 * publishers: the bridge announces the feed to its points and opens ports for it ({@code add_remote_publisher}),
 * the provincial Janus sends the publisher's RTP there ({@code publish_remotely}); and both undone. The feed
 * keeps its id on the bridge and its name, the unit's code, by which the join pages tell the chair's point and the
 * floor's from the others. The streams are described as the join page publishes them: Opus audio first (mid
 * 0), VP8 video second (mid 1), the rooms' codecs.
 */
@ApplicationScoped
public class Relays {

    @Inject
    JanusAdmin janus;

    @Inject
    MediaRooms rooms;

    @Inject
    MediaSettings settings;

    /** Relays {@code feed}, the stream of the point of {@code unit}, from the provincial room into the bridge's room. */
    public void start(JanusServer bridge, long meetingId, long feed, String unit) {
        String secret = rooms.secret(meetingId);
        JsonObject ports = janus.videoroom(bridge, MediaRooms.request("add_remote_publisher", meetingId)
                .add("secret", secret).add("id", feed).add("display", unit)
                .add("streams", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "audio").add("mindex", 0).add("mid", "0")
                                .add("codec", "opus"))
                        .add(Json.createObjectBuilder().add("type", "video").add("mindex", 1).add("mid", "1")
                                .add("codec", "vp8"))));
        try {
            janus.videoroom(settings.main(), MediaRooms.request("publish_remotely", meetingId)
                    .add("secret", secret).add("admin_key", settings.roomAdminKey())
                    .add("publisher_id", feed).add("remote_id", remoteId(bridge))
                    .add("host", bridge.rtpHost()).add("port", ports.getInt("port"))
                    .add("rtcp_port", ports.getInt("rtcp_port")));
        } catch (JanusException e) {
            removeRemote(bridge, meetingId, feed);
            throw e;
        }
    }

    /** Stops relaying {@code feed} to the bridge and takes it out of the bridge's room. */
    public void stop(JanusServer bridge, long meetingId, long feed) {
        try {
            janus.videoroom(settings.main(), MediaRooms.request("unpublish_remotely", meetingId)
                    .add("secret", rooms.secret(meetingId)).add("admin_key", settings.roomAdminKey())
                    .add("publisher_id", feed).add("remote_id", remoteId(bridge)));
        } catch (JanusException e) {
            if (!RoomPublishers.gone(e)) {
                throw e;
            }
        }
        removeRemote(bridge, meetingId, feed);
    }

    private void removeRemote(JanusServer bridge, long meetingId, long feed) {
        try {
            janus.videoroom(bridge, MediaRooms.request("remove_remote_publisher", meetingId)
                    .add("secret", rooms.secret(meetingId)).add("id", feed));
        } catch (JanusException e) {
            if (!RoomPublishers.gone(e)) {
                throw e;
            }
        }
    }

    private static String remoteId(JanusServer bridge) {
        return "bridge-" + bridge.name();
    }
}
