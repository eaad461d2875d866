package vn.lienthong.minutes.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/**
 * The hash of a locked version: SHA-256 over the canonical form ({@link CanonicalJson}) of
 * <pre>{"content": the version's content, "meetingId": the meeting's id, "version": the version's number}</pre>
 * so the hash binds the text to its meeting and its place in the history. Anyone holding the version as the API
 * shows it ({@code GET /api/meetings/{id}/minutes/versions/{n}}) recomputes it.
 */
public final class MinutesSeal {

    private MinutesSeal() {
    }

    public static String of(long meetingId, int version, String content) {
        return CanonicalJson.sha256(Json.createObjectBuilder().add("content", parse(content))
                .add("meetingId", meetingId).add("version", version).build());
    }

    public static JsonObject parse(String content) {
        try (var reader = Json.createReader(new StringReader(content))) {
            return reader.readObject();
        }
    }
}
