package vn.lienthong.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.util.List;
import vn.lienthong.media.entity.TurnCredential;

/**
 * The ICE servers a join page gives its RTCPeerConnection, as RTCIceServer objects: the STUN servers, and the
 * TURN servers with credentials made for this unit and this join, valid as long as its Janus token. Empty when
 * none are configured (points then reach Janus directly).
 */
@ApplicationScoped
public class IceServers {

    @Inject
    MediaSettings settings;

    public JsonArray forUnit(String unitCode, Instant expiresAt) {
        JsonArrayBuilder servers = Json.createArrayBuilder();
        List<String> stun = settings.stunUrls();
        if (!stun.isEmpty()) {
            servers.add(Json.createObjectBuilder().add("urls", Json.createArrayBuilder(stun)));
        }
        List<String> turn = settings.turnUrls();
        if (!turn.isEmpty()) {
            TurnCredential credential = TurnCredential.issue(settings.turnSecret().orElseThrow(), unitCode, expiresAt);
            servers.add(Json.createObjectBuilder().add("urls", Json.createArrayBuilder(turn))
                    .add("username", credential.username()).add("credential", credential.credential()));
        }
        return servers.build();
    }
}
