package vn.lienthong.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.testsupport.ProblemAssertions.assertInvalid;
import static vn.lienthong.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Api.Reply;
import vn.lienthong.testsupport.Database;
import vn.lienthong.testsupport.Deployments;
import vn.lienthong.testsupport.Fixtures;
import vn.lienthong.testsupport.Parallel;

/**
 * Who may call what: sign-in and its throttling, tokens, the 401/403 line between "who are you" and "not
 * you", unit-bound rights of a secretariat, and the audit trail of changes. Accounts that a test locks out
 * or signs out are created by that test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessIT {

    private static final String PASSWORD = "mat-khau-thu-2024";
    private static final List<String> SECRETS = List.of("PBKDF2", "password_hash", "passwordHash");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api anonymous() {
        return Api.at(base);
    }

    private Api admin() {
        return anonymous().as("admin");
    }

    /** One API operation as the OpenAPI document lists it, made callable with placeholder ids and a body. */
    private record Call(String method, String path, String contentType) {

        Reply send(Api api) {
            String concrete = path.replace("{code}", "94").replaceAll("\\{[^}]+}", "1");
            var body = contentType == null ? BodyPublishers.noBody()
                    : contentType.contains("json") ? BodyPublishers.ofString("{}")
                    : BodyPublishers.ofString("code,name,type,parent_code,level\n", StandardCharsets.UTF_8);
            return api.send(method, concrete.substring(1), contentType, body);
        }
    }

    /** Every operation of the running application under /api, read from its own OpenAPI document. */
    private List<Call> apiOperations() {
        Reply document = anonymous().get("openapi?format=JSON");
        assertEquals(200, document.status(), () -> "OpenAPI document: " + document);
        List<Call> calls = new ArrayList<>();
        document.json().getJsonObject("paths").forEach((path, operations) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            operations.asJsonObject().forEach((method, operation) -> {
                if (!List.of("get", "post", "put", "delete", "patch").contains(method)) {
                    return;
                }
                JsonObject requestBody = operation.asJsonObject().getJsonObject("requestBody");
                String contentType = requestBody == null ? null
                        : requestBody.getJsonObject("content").keySet().iterator().next();
                calls.add(new Call(method.toUpperCase(), path, contentType));
            });
        });
        return calls;
    }

    private List<Call> protectedOperations() {
        List<Call> calls = apiOperations().stream()
                .filter(c -> !(c.method().equals("POST") && c.path().equals("/api/auth/login")))
                // a calendar feed is opened by calendar programs that cannot sign in: its secret link is the key
                .filter(c -> !(c.method().equals("GET") && c.path().equals("/api/calendar/{token}.ics")))
                .toList();
        // a broken document must not make the checks pass by checking nothing
        var known = calls.stream().map(c -> c.method() + " " + c.path()).collect(Collectors.toSet());
        for (String expected : List.of("GET /api/auth/me", "POST /api/auth/logout", "GET /api/units",
                "GET /api/units/{code}", "GET /api/units/{code}/children", "GET /api/units/{code}/points",
                "GET /api/points", "POST /api/points", "GET /api/points/{id}", "PUT /api/points/{id}",
                "DELETE /api/points/{id}", "GET /api/users", "POST /api/users", "PUT /api/users/{id}",
                "POST /api/users/{id}/password", "GET /api/audit", "GET /api/imports", "POST /api/imports",
                "GET /api/imports/{id}", "POST /api/meetings/{id}/documents", "GET /api/meetings/{id}/documents",
                "GET /api/meetings/{id}/documents/{docId}", "DELETE /api/meetings/{id}/documents/{docId}",
                "GET /api/notifications", "GET /api/notifications/unread-count", "POST /api/notifications/{id}/read",
                "POST /api/notifications/read-all", "POST /api/meetings/{id}/tasks", "GET /api/meetings/{id}/tasks",
                "GET /api/meetings/{id}/conclusions", "GET /api/tasks", "GET /api/tasks/{taskId}",
                "PUT /api/tasks/{taskId}", "DELETE /api/tasks/{taskId}", "POST /api/tasks/{taskId}/progress",
                "POST /api/tasks/{taskId}/done")) {
            assertTrue(known.contains(expected), () -> expected + " missing from the OpenAPI document: " + known);
        }
        return calls;
    }

    private static void assertUnauthorized(Reply reply, String what) {
        assertEquals(401, reply.status(), () -> what + ": " + reply);
        assertProblem(401, reply);
        assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Bearer"),
                () -> what + " without WWW-Authenticate: Bearer: " + reply);
    }

    private static void assertNoSecrets(Reply reply) {
        for (String secret : SECRETS) {
            assertFalse(reply.body().contains(secret), () -> "response shows " + secret + ": " + reply.body());
        }
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long failedLogins(String username) {
        return Database.count("SELECT failed_logins FROM app_user WHERE username = ?", username);
    }

    @Test
    void everyApiEndpointButSignInAnswers401WithoutAToken() {
        Api nobody = anonymous();
        for (Call call : protectedOperations()) {
            assertUnauthorized(call.send(nobody), call + " without a token");
        }
    }

    @Test
    void everyApiEndpointButSignInAnswers401ForAGarbageToken() {
        List<Call> calls = protectedOperations();
        // a well-formed token nobody was given, plain garbage, an empty one and one far too long
        for (String token : List.of("Q1lb1kQ8bD8eW2ZJ4tq0dF7wC1m3Q7K9aYl2n0Xv5sE", "garbage", "", "x".repeat(500))) {
            Api forged = anonymous().withToken(token);
            for (Call call : calls) {
                assertUnauthorized(call.send(forged), call + " with token '" + token + "'");
            }
        }
    }

    @Test
    void anExpiredTokenIsRefusedOnEveryApiEndpoint() {
        Api chair = anonymous().as("chutich");
        assertEquals(200, chair.get("api/auth/me").status());
        assertEquals(1, Database.update("UPDATE auth_token SET expires_at = NOW() - INTERVAL 1 DAY WHERE token_hash = ?",
                sha256(chair.token())));
        for (Call call : protectedOperations()) {
            assertUnauthorized(call.send(chair), call + " with an expired token");
        }
        assertTrue(chair.get("api/auth/me").json().getString("detail").contains("hết hạn"));
    }

    @Test
    void signInReturnsTokenExpiryAndUserWithoutPasswordHash() {
        Reply login = anonymous().login("chutich", "demo123");
        assertEquals(200, login.status(), login::toString);
        JsonObject body = login.json();
        assertFalse(body.getString("token").isBlank());
        Instant expiresAt = Instant.parse(body.getString("expiresAt"));
        assertTrue(expiresAt.isAfter(Instant.now().plus(Duration.ofHours(1))), "a sign-in lasts hours: " + expiresAt);
        JsonObject user = body.getJsonObject("user");
        assertEquals("chutich", user.getString("username"));
        assertEquals("Trần Văn Minh", user.getString("displayName"));
        assertEquals("94", user.getString("unitCode"));
        assertEquals("Tỉnh Sóc Trăng", user.getString("unitName"));
        assertEquals(List.of("CHAIR"), user.getJsonArray("roles").getValuesAs(v -> ((JsonString) v).getString()));
        assertNoSecrets(login);

        Reply me = anonymous().withToken(body.getString("token")).get("api/auth/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals("chutich", me.json().getString("username"));
        assertEquals(user.getJsonNumber("id"), me.json().getJsonNumber("id"));
        assertNoSecrets(me);
    }

    @Test
    void noAccountResponseEverShowsAPasswordHash() {
        Api admin = admin();
        String username = Fixtures.unique("bimat");
        JsonObject created = Fixtures.createAccount(admin, username, "941", PASSWORD, "CLERK");
        long id = created.getJsonNumber("id").longValue();
        JsonObject change = Fixtures.account(username, "941", PASSWORD, "CLERK", "ARCHIVIST")
                .add("version", created.getJsonNumber("version")).build();
        List<Reply> replies = List.of(
                admin.get("api/users?limit=500"),
                admin.get("api/users?q=" + username),
                admin.put("api/users/" + id, change.toString()),
                admin.post("api/users/" + id + "/password", "{\"password\":\"mat-khau-moi-2024\"}"),
                admin.get("api/audit?entityType=User&limit=500"),
                anonymous().login(username, "mat-khau-moi-2024"),
                anonymous().as(username, "mat-khau-moi-2024").get("api/auth/me"));
        for (Reply reply : replies) {
            assertTrue(reply.status() < 300, reply::toString);
            assertNoSecrets(reply);
        }
    }

    @Test
    void aSignInWithoutUserNameOrPasswordIsRefusedNamingTheField() {
        Api nobody = anonymous();
        long failed = failedLogins("chutich");
        assertInvalid(nobody.post("api/auth/login", "{\"username\":\"chutich\"}"), "password");
        assertInvalid(nobody.post("api/auth/login", "{\"username\":\" \",\"password\":\"demo123\"}"), "username");
        assertInvalid(nobody.post("api/auth/login", "{}"), "password", "username");
        assertInvalid(nobody.post("api/auth/login", ""), "request");
        assertProblem(400, nobody.post("api/auth/login", "{\"username\":"));
        assertEquals(failed, failedLogins("chutich"), "a request without a password is no wrong password");
    }

    @Test
    void aWrongPasswordIs401WithAVietnameseDetail() {
        String username = Fixtures.unique("sai");
        Fixtures.createAccount(admin(), username, "31573", PASSWORD, "TECHNICIAN");
        JsonObject wrong = assertProblem(401, anonymous().login(username, "khong-phai-mat-khau"));
        assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.", wrong.getString("detail"));
        assertEquals("Chưa đăng nhập", wrong.getString("title"));
        // an unknown user name gets the very same answer, so answers do not reveal which accounts exist
        JsonObject unknown = assertProblem(401, anonymous().login(Fixtures.unique("khongco"), "khong-phai-mat-khau"));
        assertEquals(wrong.getString("detail"), unknown.getString("detail"));
        assertEquals(1, failedLogins(username));
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightPasswordGets429WithRetryAfter() {
        String username = Fixtures.unique("kythuat");
        Fixtures.createAccount(admin(), username, "31573", PASSWORD, "TECHNICIAN");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertProblem(401, anonymous().login(username, "sai-lan-" + attempt));
        }
        // the fifth wrong password is still checked, and its answer already says that sign-in is now blocked
        assertProblem(429, anonymous().login(username, "sai-lan-5"));
        assertEquals(5, failedLogins(username));

        Reply sixth = anonymous().login(username, PASSWORD);
        JsonObject problem = assertProblem(429, sixth);
        assertEquals("/problems/too-many-attempts", problem.getString("type"));
        assertTrue(problem.getString("detail").contains("bị chặn"), problem::toString);
        long retryAfter = Long.parseLong(sixth.header("Retry-After").orElseThrow(() -> new AssertionError(sixth)));
        assertTrue(retryAfter >= 1 && retryAfter <= 30, "Retry-After " + retryAfter);
        assertEquals(retryAfter, problem.getJsonNumber("retryAfterSeconds").longValue());
        assertEquals(5, failedLogins(username), "attempts while blocked are refused unchecked");
    }

    @Test
    void parallelWrongPasswordsAreAllCountedAndEndInABlock() {
        String username = Fixtures.unique("kythuat");
        Fixtures.createAccount(admin(), username, "31576", PASSWORD, "TECHNICIAN");
        List<Integer> statuses = Parallel.run(20, i -> anonymous().login(username, "doan-mo-" + i).status());

        // attempts are checked one after another: four plain refusals, the fifth starts the block, the rest meet it
        Map<Integer, Long> byStatus = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertEquals(Map.of(401, 4L, 429, 16L), byStatus);
        assertEquals(5, failedLogins(username));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM app_user WHERE username = ? AND login_blocked_until IS NOT NULL",
                username));
        assertProblem(429, anonymous().login(username, PASSWORD));
    }

    @Test
    void signingOutEndsThatSessionOnly() {
        String username = Fixtures.unique("dangxuat");
        Fixtures.createAccount(admin(), username, "941", PASSWORD, "CLERK");
        Api first = anonymous().as(username, PASSWORD);
        Api second = anonymous().as(username, PASSWORD);
        assertEquals(200, first.get("api/auth/me").status());

        assertEquals(204, first.post("api/auth/logout", "").status());

        assertUnauthorized(first.get("api/auth/me"), "signed-out token");
        assertUnauthorized(first.get("api/points"), "signed-out token");
        assertUnauthorized(first.post("api/auth/logout", ""), "signing out twice");
        assertEquals(200, second.get("api/auth/me").status(), "another session of the same person goes on");
    }

    @Test
    void aClerkIsForbiddenToManagePointsAccountsAuditAndImports() {
        Api clerk = anonymous().as("xa-31570");
        long points = Database.count("SELECT COUNT(*) FROM meeting_point");
        long users = Database.count("SELECT COUNT(*) FROM app_user");
        long imports = Database.count("SELECT COUNT(*) FROM unit_import");

        assertEquals(200, clerk.get("api/points?unit=31570").status(), "everyone signed in may read points");
        JsonObject forbidden = assertProblem(403, clerk.post("api/points",
                Fixtures.point("31570", Fixtures.unique("Điểm cầu của văn thư")).build().toString()));
        assertEquals("/problems/forbidden", forbidden.getString("type"));
        assertProblem(403, clerk.get("api/audit"));
        assertProblem(403, clerk.get("api/users"));
        assertProblem(403, clerk.post("api/users",
                Fixtures.account(Fixtures.unique("lamgia"), "31570", PASSWORD, "ADMIN").build().toString()));
        assertProblem(403, clerk.post("api/imports?kind=UNITS&validFrom=2030-01-01", "text/csv",
                "code,name,type,parent_code,level\n94,Tỉnh Sóc Trăng,Tỉnh,,1\n".getBytes(StandardCharsets.UTF_8)));
        assertProblem(403, clerk.get("api/imports"));

        assertEquals(points, Database.count("SELECT COUNT(*) FROM meeting_point"));
        assertEquals(users, Database.count("SELECT COUNT(*) FROM app_user"));
        assertEquals(imports, Database.count("SELECT COUNT(*) FROM unit_import"));
    }

    @Test
    void theProvinceSecretariatCreatesChangesAndDeletesAPointOfACommune() {
        Api secretariat = anonymous().as("thuky");
        String name = Fixtures.unique("Điểm cầu Hội trường xã");
        Reply created = secretariat.post("api/points", Fixtures.point("31585", name).build().toString());
        assertEquals(201, created.status(), created::toString);
        JsonObject point = created.json();
        long id = point.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").orElse("").endsWith("/api/points/" + id), created::toString);
        assertEquals("Xã Thiện Mỹ", point.getString("unitName"));

        Reply changed = secretariat.put("api/points/" + id, Fixtures.point("31585", name + " (mới)")
                .add("seats", 35).add("version", point.getJsonNumber("version")).build().toString());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(35, changed.json().getInt("seats"));

        assertEquals(204, secretariat.delete("api/points/" + id).status());
        assertProblem(404, secretariat.get("api/points/" + id));
    }

    @Test
    void aDistrictSecretariatManagesThePointsOfItsOwnCommunesOnly() {
        String username = Fixtures.unique("vanphong-942");
        Fixtures.createAccount(admin(), username, "942", PASSWORD, "SECRETARIAT");
        Api district = anonymous().as(username, PASSWORD);

        // a commune of its own district (Châu Thành, 942)
        JsonObject own = Fixtures.createPoint(district, Fixtures.point("31573", Fixtures.unique("Điểm cầu Phú Tâm")));
        long id = own.getJsonNumber("id").longValue();
        Reply changed = district.put("api/points/" + id, Fixtures.point("31573", Fixtures.unique("Phú Tâm"))
                .add("version", own.getJsonNumber("version")).build().toString());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(204, district.delete("api/points/" + id).status());

        // a commune of another district (Kế Sách, 943) and the province above it
        long points = Database.count("SELECT COUNT(*) FROM meeting_point");
        assertProblem(403, district.post("api/points", Fixtures.point("31531", Fixtures.unique("Lạc")).build().toString()));
        assertProblem(403, district.post("api/points", Fixtures.point("94", Fixtures.unique("Tỉnh")).build().toString()));
        JsonObject foreign = district.get("api/units/31531/points").json().getJsonArray("items").getJsonObject(0);
        long foreignId = foreign.getJsonNumber("id").longValue();
        JsonObject change = Fixtures.point("31531", "Đã bị sửa").add("version", foreign.getJsonNumber("version")).build();
        JsonObject otherDistrict = assertProblem(403, district.put("api/points/" + foreignId, change.toString()));
        assertTrue(otherDistrict.getString("detail").contains("đơn vị"), otherDistrict::toString);
        assertProblem(403, district.delete("api/points/" + foreignId));

        assertEquals(points, Database.count("SELECT COUNT(*) FROM meeting_point"));
        assertEquals(foreign, district.get("api/points/" + foreignId).json(), "the other district's point is untouched");
    }

    @Test
    void theAdministratorReadsWhoCreatedChangedAndDeletedAPoint() {
        Api secretariat = anonymous().as("thuky");
        String name = Fixtures.unique("Điểm cầu An Hiệp");
        JsonObject point = Fixtures.createPoint(secretariat, Fixtures.point("31594", name));
        long id = point.getJsonNumber("id").longValue();
        Reply changed = secretariat.put("api/points/" + id, Fixtures.point("31594", name + " B")
                .add("version", point.getJsonNumber("version")).build().toString());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(204, secretariat.delete("api/points/" + id).status());

        Reply audit = admin().get("api/audit?entityType=MeetingPoint&entityId=" + id);
        assertEquals(200, audit.status(), audit::toString);
        List<JsonObject> entries = audit.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), entries.stream().map(e -> e.getString("action")).toList(),
                "newest first");
        for (JsonObject entry : entries) {
            assertEquals("thuky", entry.getString("actor"));
            assertEquals("94", entry.getString("actorUnit"));
            assertEquals(Long.toString(id), entry.getString("entityId"));
        }
        JsonObject delete = entries.get(0);
        JsonObject update = entries.get(1);
        JsonObject create = entries.get(2);
        assertEquals(JsonValue.NULL, create.get("before"));
        assertEquals(name, create.getJsonObject("after").getString("name"));
        assertEquals(name, update.getJsonObject("before").getString("name"));
        assertEquals(name + " B", update.getJsonObject("after").getString("name"));
        assertEquals(name + " B", delete.getJsonObject("before").getString("name"));
        assertEquals(JsonValue.NULL, delete.get("after"));
    }

    @Test
    void problemDetailsAreInEnglishWhenTheCallerAsksForIt() {
        Api english = anonymous().inLanguage("en-GB,en;q=0.8");
        Reply unsigned = english.get("api/points");
        JsonObject unauthorized = assertProblem(401, unsigned);
        assertEquals("Not signed in", unauthorized.getString("title"));
        assertEquals("Please sign in to use this function.", unauthorized.getString("detail"));
        assertEquals("en", unsigned.header("Content-Language").orElse(""));

        JsonObject badLogin = assertProblem(401, english.login(Fixtures.unique("khongco"), "sai-mat-khau"));
        assertEquals("Wrong user name or password.", badLogin.getString("detail"));

        JsonObject forbidden = assertProblem(403, english.as("xa-31570").get("api/audit"));
        assertEquals("Forbidden", forbidden.getString("title"));
        assertTrue(forbidden.getString("detail").startsWith("You may not use this function"), forbidden::toString);

        Api secretariat = english.as("thuky");
        JsonObject invalid = assertProblem(400, secretariat.post("api/points", "{}"));
        assertEquals("Invalid data", invalid.getString("title"));
        assertEquals("Some fields are not valid; please check them.", invalid.getString("detail"));
        JsonObject missing = assertProblem(404, secretariat.get("api/points/987654321"));
        assertEquals("There is no meeting point number 987654321.", missing.getString("detail"));

        // Vietnamese is the default for every other wish
        assertEquals("Chưa đăng nhập", assertProblem(401, anonymous().inLanguage("fr").get("api/points")).getString("title"));
        assertEquals("Chưa đăng nhập", assertProblem(401, anonymous().inLanguage(null).get("api/points")).getString("title"));
    }
}
