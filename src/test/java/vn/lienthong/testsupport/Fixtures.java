package vn.lienthong.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data under names no other test uses, so a test neither sees nor disturbs another's rows and can run
 * in any order, alone or with the others, against the same database.
 */
public final class Fixtures {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    /** A name made of lower-case letters and digits that is new in this database, e.g. {@code tk-q1x2y3-7}. */
    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** A browser meeting point of {@code unitCode} as the form sends it; not the unit's default. */
    public static JsonObjectBuilder point(String unitCode, String name) {
        return Json.createObjectBuilder()
                .add("unitCode", unitCode)
                .add("name", name)
                .add("room", "Phòng họp tầng 2")
                .add("address", "Trụ sở UBND")
                .add("seats", 20)
                .add("kind", "BROWSER")
                .add("technicianName", "Trần Văn Kỹ")
                .add("technicianPhone", "0299 3822 123")
                .add("isDefault", false);
    }

    /** Creates a meeting point and returns it as the API shows it. */
    public static JsonObject createPoint(Api api, JsonObjectBuilder point) {
        Api.Reply reply = api.post("api/points", point.build().toString());
        assertEquals(201, reply.status(), () -> "creating a point: " + reply);
        return reply.json();
    }

    /** An account as the administrator enters it. */
    public static JsonObjectBuilder account(String username, String unitCode, String password, String... roles) {
        var roleArray = Json.createArrayBuilder();
        Arrays.stream(roles).forEach(roleArray::add);
        return Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "Người dùng thử " + username)
                .add("position", "Chuyên viên")
                .add("unitCode", unitCode)
                .add("roles", roleArray)
                .add("password", password);
    }

    /** Creates an account through the administrator's API and returns it as the API shows it. */
    public static JsonObject createAccount(Api admin, String username, String unitCode, String password,
                                           String... roles) {
        Api.Reply reply = admin.post("api/users", account(username, unitCode, password, roles).build().toString());
        assertEquals(201, reply.status(), () -> "creating account " + username + ": " + reply);
        return reply.json();
    }
}
