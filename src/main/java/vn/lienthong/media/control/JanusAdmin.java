package vn.lienthong.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The Admin API of a Janus (the provincial one or a bridge) over HTTP: the tokens that admit browsers to Janus, and synchronous requests to the VideoRoom
 * plugin ({@code message_plugin}), so that the application drives rooms without a Janus session of its own.
 */
@ApplicationScoped
public class JanusAdmin {

    public static final String VIDEOROOM = "janus.plugin.videoroom";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** Lets {@code token} open sessions and attach to the VideoRoom plugin only. */
    public void addToken(JanusServer server, String token) {
        call(server, "add_token", Json.createObjectBuilder().add("token", token)
                .add("plugins", Json.createArrayBuilder().add(VIDEOROOM)));
    }

    /** Withdraws a token; one Janus no longer knows is already gone. */
    public void removeToken(JanusServer server, String token) {
        try {
            call(server, "remove_token", Json.createObjectBuilder().add("token", token));
        } catch (JanusException e) {
            if (e.code() != JanusException.TOKEN_NOT_FOUND) {
                throw e;
            }
        }
    }

    public List<String> tokens(JanusServer server) {
        JsonObject data = call(server, "list_tokens", Json.createObjectBuilder()).getJsonObject("data");
        return data.getJsonArray("tokens").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("token")).toList();
    }

    /** A VideoRoom request and its answer; an answer with an error code is a {@link JanusException}. */
    public JsonObject videoroom(JanusServer server, JsonObjectBuilder request) {
        JsonObject response = call(server, "message_plugin", Json.createObjectBuilder().add("plugin", VIDEOROOM)
                .add("request", request)).getJsonObject("response");
        if (response.containsKey("error_code")) {
            throw new JanusException(response.getInt("error_code"), response.getString("error", ""));
        }
        return response;
    }

    private JsonObject call(JanusServer server, String janus, JsonObjectBuilder body) {
        String json = body.add("janus", janus).add("transaction", UUID.randomUUID().toString())
                .add("admin_secret", server.adminSecret()).build().toString();
        HttpRequest request = HttpRequest.newBuilder(server.adminUrl()).timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        String answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new JanusException(e.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JanusException("interrupted", e);
        }
        JsonObject reply = Json.createReader(new StringReader(answer)).readObject();
        if (!"success".equals(reply.getString("janus", ""))) {
            JsonObject error = reply.getJsonObject("error");
            throw new JanusException(error == null ? -1 : error.getInt("code", -1),
                    error == null ? answer : error.getString("reason", answer));
        }
        return reply;
    }
}
