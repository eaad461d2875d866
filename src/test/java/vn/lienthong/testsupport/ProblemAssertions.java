package vn.lienthong.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;

/** Checks that an answer speaks the API's one error language: RFC 9457 problem details. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** The problem in {@code reply}, after checking its status, media type and the members every problem has. */
    public static JsonObject assertProblem(int status, Api.Reply reply) {
        assertEquals(status, reply.status(), () -> "status of " + reply);
        assertTrue(reply.isProblem(), () -> "not application/problem+json: " + reply);
        JsonObject problem = reply.json();
        assertTrue(problem.getString("type", "").startsWith("/problems/"), () -> "type of " + reply);
        assertFalse(problem.getString("title", "").isBlank(), () -> "title of " + reply);
        assertEquals(status, problem.getInt("status", 0), () -> "status member of " + reply);
        assertFalse(problem.getString("detail", "").isBlank(), () -> "detail of " + reply);
        return problem;
    }

    /** A 400 validation problem naming exactly the fields {@code expected}, each with a message. */
    public static JsonObject assertInvalid(Api.Reply reply, String... expected) {
        JsonObject problem = assertProblem(400, reply);
        assertEquals("/problems/validation", problem.getString("type"), () -> "type of " + reply);
        assertEquals(List.of(expected).stream().sorted().distinct().toList(), fields(problem),
                () -> "fields named by " + reply);
        problem.getJsonArray("errors").getValuesAs(JsonObject.class)
                .forEach(e -> assertFalse(e.getString("message", "").isBlank(), () -> "message of " + e));
        return problem;
    }

    /** The distinct field names of a problem's {@code errors}, sorted. */
    public static List<String> fields(JsonObject problem) {
        if (!problem.containsKey("errors")) {
            return List.of();
        }
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().distinct().toList();
    }
}
