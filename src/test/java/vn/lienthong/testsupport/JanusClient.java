package vn.lienthong.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import vn.lienthong.media.control.RoomKeys;

/**
 * Speaks Janus's HTTP API as a browser's Janus library does (session, attach to the VideoRoom plugin, messages
 * answered by events on the long poll), and asks its Admin API what rooms exist, for tests against a real Janus.
 */
public final class JanusClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private JanusClient() {
    }

    /** Whether the VideoRoom of the provincial Janus started for the tests holds {@code room}. */
    public static boolean roomExists(long room) {
        return roomExists("it.janus", room);
    }

    /** Whether the VideoRoom of the Janus {@code which} ("it.janus" or the bridge "it.bridge") holds {@code room}. */
    public static boolean roomExists(String which, long room) {
        return admin(which, Json.createObjectBuilder().add("request", "exists").add("room", room))
                .getBoolean("exists");
    }

    /** The participants of {@code room} on the Janus {@code which}: {id, display, publisher, remote?}. */
    public static List<JsonObject> participants(String which, long room) {
        return admin(which, Json.createObjectBuilder().add("request", "listparticipants").add("room", room))
                .getJsonArray("participants").getValuesAs(JsonObject.class);
    }

    /** The ids of the participants of {@code room} that send media, on the Janus {@code which}. */
    public static List<Long> publishers(String which, long room) {
        return participants(which, room).stream().filter(p -> p.getBoolean("publisher", false))
                .map(p -> p.getJsonNumber("id").longValue()).toList();
    }

    /**
     * A stream in {@code room} of the provincial Janus under the publisher id {@code id}, as a publishing point's
     * looks to the room (Janus's remote publisher: no WebRTC needed to have one).
     */
    public static JsonObject publish(long room, long id, String display) {
        String secret = new RoomKeys(System.getProperty("it.media.room-secret")).secret(room);
        return admin("it.janus", Json.createObjectBuilder().add("request", "add_remote_publisher").add("room", room)
                .add("secret", secret).add("id", id).add("display", display).add("iface", "127.0.0.1")
                .add("streams", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "video")
                        .add("mindex", 0).add("mid", "0").add("codec", "vp8"))));
    }

    private static JsonObject admin(String which, JsonObjectBuilder request) {
        JsonObject reply = post(System.getProperty(which + ".admin-url"), Json.createObjectBuilder()
                .add("janus", "message_plugin").add("plugin", "janus.plugin.videoroom")
                .add("admin_secret", System.getProperty(which + ".admin-secret")).add("request", request));
        return reply.getJsonObject("response");
    }

    /** Creates a Janus session with {@code token}: Janus's whole answer, {"janus": "success" | "error", ...}. */
    public static JsonObject createSession(String server, String token) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("janus", "create");
        if (token != null) {
            body.add("token", token);
        }
        return post(server, body);
    }

    /** A session attached to the VideoRoom plugin with {@code token}, as a participant's page holds it. */
    public static Handle attach(String server, String token) {
        JsonObject session = createSession(server, token);
        require(session);
        long sessionId = session.getJsonObject("data").getJsonNumber("id").longValue();
        JsonObject handle = post(server + "/" + sessionId, Json.createObjectBuilder().add("janus", "attach")
                .add("plugin", "janus.plugin.videoroom").add("token", token));
        require(handle);
        return new Handle(server, token, sessionId, handle.getJsonObject("data").getJsonNumber("id").longValue());
    }

    /** A handle on the VideoRoom plugin inside a Janus session. */
    public record Handle(String server, String token, long session, long handle) {

        /**
         * Sends a request to the plugin and waits for the event that answers it.
         *
         * @return the plugin's data: {"videoroom": "joined", ...} or {"error_code": ..., "error": ...}
         */
        public JsonObject request(JsonObjectBuilder body) {
            String transaction = UUID.randomUUID().toString();
            JsonObject ack = post(server + "/" + session + "/" + handle, Json.createObjectBuilder()
                    .add("janus", "message").add("token", token).add("transaction", transaction).add("body", body));
            require(ack);
            for (int polls = 0; polls < 20; polls++) {
                JsonObject event = get(server + "/" + session + "?maxev=1&token="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8));
                if (transaction.equals(event.getString("transaction", "")) && event.containsKey("plugindata")) {
                    return event.getJsonObject("plugindata").getJsonObject("data");
                }
            }
            throw new IllegalStateException("Janus did not answer request " + body.build());
        }

        /** Joins a room as a publisher with a room PIN and a token for the room's allowed list. */
        public JsonObject joinAsPublisher(long room, String pin, String roomToken, String display) {
            return request(Json.createObjectBuilder().add("request", "join").add("ptype", "publisher")
                    .add("room", room).add("pin", pin).add("token", roomToken).add("display", display));
        }
    }

    private static void require(JsonObject reply) {
        String kind = reply.getString("janus", "");
        if (!"success".equals(kind) && !"ack".equals(kind)) {
            throw new IllegalStateException("Janus refused: " + reply);
        }
    }

    private static JsonObject post(String url, JsonObjectBuilder body) {
        JsonObject json = body.build();
        if (!json.containsKey("transaction")) {
            json = Json.createObjectBuilder(json).add("transaction", UUID.randomUUID().toString()).build();
        }
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.toString())));
    }

    private static JsonObject get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static JsonObject send(HttpRequest.Builder request) {
        try {
            String answer = HTTP.send(request.timeout(Duration.ofSeconds(40)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return Json.createReader(new StringReader(answer)).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
