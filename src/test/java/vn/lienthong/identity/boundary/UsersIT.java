package vn.lienthong.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.testsupport.ProblemAssertions.assertInvalid;
import static vn.lienthong.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
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

/** Account management by the administrator: creating, refusing bad accounts, password resets and the audit trail. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsersIT {

    private static final String PASSWORD = "mat-khau-thu-2024";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api admin() {
        return Api.at(base).as("admin");
    }

    private static long users() {
        return Database.count("SELECT COUNT(*) FROM app_user");
    }

    private static long userAudit() {
        return Database.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'User'");
    }

    private static List<JsonObject> auditOf(Api admin, long userId) {
        Reply audit = admin.get("api/audit?entityType=User&entityId=" + userId);
        assertEquals(200, audit.status(), audit::toString);
        return audit.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void theAdministratorCreatesAnAccount() {
        Api admin = admin();
        String username = Fixtures.unique("vanthu");
        Reply created = admin.post("api/users", Fixtures.account(username, "31570", PASSWORD, "CLERK", "TECHNICIAN")
                .build().toString());
        assertEquals(201, created.status(), created::toString);
        JsonObject user = created.json();
        long id = user.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").orElse("").endsWith("/api/users/" + id), created::toString);
        assertEquals(username, user.getString("username"));
        assertEquals("Xã Hồ Đắc Kiện", user.getString("unitName"));
        assertEquals(List.of("CLERK", "TECHNICIAN"), user.getJsonArray("roles").getValuesAs(v -> ((JsonString) v).getString()));
        assertTrue(user.getBoolean("active"));
        assertFalse(created.body().contains("PBKDF2"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM app_user WHERE username = ? AND unit_code = '31570'", username));
    }

    @Test
    void aTakenUsernameIs409AndCreatesNothing() {
        Api admin = admin();
        String username = Fixtures.unique("trung");
        Fixtures.createAccount(admin, username, "941", PASSWORD, "CLERK");
        long users = users();
        long audit = userAudit();
        JsonObject taken = assertProblem(409, admin.post("api/users",
                Fixtures.account(username, "942", "mat-khau-khac-2024", "ADMIN").build().toString()));
        assertTrue(taken.getString("detail").contains(username), taken::toString);
        assertProblem(409, admin.post("api/users", Fixtures.account("thuky", "94", PASSWORD, "ADMIN").build().toString()));
        assertEquals(users, users());
        assertEquals(audit, userAudit());
        Api.at(base).as(username, PASSWORD);
    }

    @Test
    void parallelCreationOfOneUsernameLetsExactlyOneThrough() {
        Api admin = admin();
        String username = Fixtures.unique("songsong");
        List<Integer> statuses = Parallel.run(8, i -> admin.post("api/users",
                Fixtures.account(username, "946", PASSWORD + i, "CLERK").build().toString()).status());
        assertEquals(Map.of(201, 1L, 409, 7L), statuses.stream()
                .collect(Collectors.groupingBy(s -> s, Collectors.counting())), statuses::toString);
        assertEquals(1, Database.count("SELECT COUNT(*) FROM app_user WHERE username = ?", username));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'User' AND action = 'CREATE'"
                + " AND entity_id = (SELECT id FROM app_user WHERE username = ?)", username));
    }

    @Test
    void invalidAccountsAreRefusedNamingTheFieldAndCreateNothing() {
        Api admin = admin();
        long users = users();
        long audit = userAudit();
        String name = Fixtures.unique("hople");
        assertInvalid(admin.post("api/users", Fixtures.account("Nguyễn Văn A", "941", PASSWORD, "CLERK").build().toString()),
                "username");
        assertInvalid(admin.post("api/users", Fixtures.account("ab", "941", PASSWORD, "CLERK").build().toString()),
                "username");
        assertInvalid(admin.post("api/users", Fixtures.account(name, "941", PASSWORD).build().toString()), "roles");
        JsonObject unknownRole = assertInvalid(admin.post("api/users",
                Fixtures.account(name, "941", PASSWORD, "CLERK", "KING").build().toString()), "roles");
        assertTrue(unknownRole.getJsonArray("errors").getJsonObject(0).getString("message").contains("SECRETARIAT"),
                unknownRole::toString);
        assertInvalid(admin.post("api/users", Fixtures.account(name, "941", PASSWORD).add("roles", "ADMIN")
                .build().toString()), "roles");
        assertInvalid(admin.post("api/users", Fixtures.account(name, "99999", PASSWORD, "CLERK").build().toString()),
                "unitCode");
        assertInvalid(admin.post("api/users", Fixtures.account(name, "abc", PASSWORD, "CLERK").build().toString()),
                "unitCode");
        assertInvalid(admin.post("api/users", Fixtures.account(name, "941", "ngan", "CLERK").build().toString()),
                "password");
        assertInvalid(admin.post("api/users", Fixtures.account(name, "941", PASSWORD, "CLERK").remove("password")
                .build().toString()), "password");
        assertInvalid(admin.post("api/users", Fixtures.account(name, "941", PASSWORD, "CLERK").add("displayName", " ")
                .build().toString()), "displayName");
        assertEquals(users, users());
        assertEquals(audit, userAudit());
    }

    @Test
    void aNewAccountCanSignInWithItsPassword() {
        String username = Fixtures.unique("moi");
        Fixtures.createAccount(admin(), username, "943", PASSWORD, "SECRETARIAT");
        Reply login = Api.at(base).login(username, PASSWORD);
        assertEquals(200, login.status(), login::toString);
        assertEquals(username, login.json().getJsonObject("user").getString("username"));
        Reply me = Api.at(base).withToken(login.json().getString("token")).get("api/auth/me");
        assertEquals("943", me.json().getString("unitCode"));
        assertEquals("Huyện Kế Sách", me.json().getString("unitName"));
    }

    @Test
    void aPasswordResetByTheAdministratorEndsTheAccountsSessions() {
        Api admin = admin();
        String username = Fixtures.unique("datlai");
        long id = Fixtures.createAccount(admin, username, "944", PASSWORD, "CLERK").getJsonNumber("id").longValue();
        Api onPhone = Api.at(base).as(username, PASSWORD);
        Api atDesk = Api.at(base).as(username, PASSWORD);

        Reply reset = admin.post("api/users/" + id + "/password", "{\"password\":\"mat-khau-moi-2025\"}");
        assertEquals(204, reset.status(), reset::toString);

        assertProblem(401, onPhone.get("api/auth/me"));
        assertProblem(401, atDesk.get("api/points"));
        assertProblem(401, Api.at(base).login(username, PASSWORD));
        assertEquals(200, Api.at(base).login(username, "mat-khau-moi-2025").status());
        assertEquals(0, Database.count("SELECT failed_logins FROM app_user WHERE id = ?", id));
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndRefusesSignIn() {
        Api admin = admin();
        String username = Fixtures.unique("nghiviec");
        JsonObject user = Fixtures.createAccount(admin, username, "947", PASSWORD, "CLERK");
        Api session = Api.at(base).as(username, PASSWORD);
        Reply disabled = admin.put("api/users/" + user.getJsonNumber("id"), Fixtures.account(username, "947", PASSWORD,
                "CLERK").add("active", false).add("version", user.getJsonNumber("version")).build().toString());
        assertEquals(200, disabled.status(), disabled::toString);
        assertFalse(disabled.json().getBoolean("active"));

        assertProblem(401, session.get("api/auth/me"));
        JsonObject refused = assertProblem(403, Api.at(base).login(username, PASSWORD));
        assertTrue(refused.getString("detail").contains("vô hiệu hóa"), refused::toString);
    }

    @Test
    void anAccountKeepsAnOptionalAddressForTheUnitsNotificationMail() {
        Api admin = admin();
        String username = Fixtures.unique("thu");
        long before = users();

        assertInvalid(admin.post("api/users", Fixtures.account(username, "31570", PASSWORD, "CLERK")
                .add("email", "khong-phai-dia-chi").build().toString()), "email");
        assertInvalid(admin.post("api/users", Fixtures.account(username, "31570", PASSWORD, "CLERK")
                .add("email", "a".repeat(140) + "@xa.test.vn").build().toString()), "email");
        assertEquals(before, users(), "nothing is created");

        Reply created = admin.post("api/users", Fixtures.account(username, "31570", PASSWORD, "CLERK")
                .add("email", "van.thu@hodackien.soctrang.gov.vn").build().toString());
        assertEquals(201, created.status(), created::toString);
        assertEquals("van.thu@hodackien.soctrang.gov.vn", created.json().getString("email"));
        long id = created.json().getJsonNumber("id").longValue();

        Reply changed = admin.put("api/users/" + id, Fixtures.account(username, "31570", PASSWORD, "CLERK")
                .add("email", "vanthu2@hodackien.soctrang.gov.vn")
                .add("version", created.json().getJsonNumber("version")).build().toString());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("vanthu2@hodackien.soctrang.gov.vn", changed.json().getString("email"));
        Reply removed = admin.put("api/users/" + id, Fixtures.account(username, "31570", PASSWORD, "CLERK")
                .add("version", changed.json().getJsonNumber("version")).build().toString());
        assertEquals(200, removed.status(), removed::toString);
        assertTrue(removed.json().isNull("email"), "an account sent without an address has none");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM app_user WHERE id = ? AND email IS NULL", id));
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdminRoleNorDisableThemselves() {
        String username = Fixtures.unique("quantri");
        JsonObject self = Fixtures.createAccount(admin(), username, "94", PASSWORD, "ADMIN");
        long id = self.getJsonNumber("id").longValue();
        Api me = Api.at(base).as(username, PASSWORD);
        long audit = userAudit();

        JsonObject demoted = assertProblem(409, me.put("api/users/" + id, Fixtures.account(username, "94", PASSWORD,
                "SECRETARIAT").add("version", self.getJsonNumber("version")).build().toString()));
        assertEquals("/problems/conflict", demoted.getString("type"));
        assertProblem(409, me.put("api/users/" + id, Fixtures.account(username, "94", PASSWORD, "ADMIN")
                .add("active", false).add("version", self.getJsonNumber("version")).build().toString()));

        assertEquals(1, Database.count("SELECT COUNT(*) FROM user_role WHERE user_id = ? AND role = 'ADMIN'", id));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM app_user WHERE id = ? AND active", id));
        assertEquals(audit, userAudit());
        assertEquals(200, me.get("api/users?q=" + username).status(), "still an administrator");
    }

    @Test
    void everyAccountChangeIsAuditedWithTheAdministratorAsActor() {
        Api admin = admin();
        String username = Fixtures.unique("nhatky");
        JsonObject created = Fixtures.createAccount(admin, username, "945", PASSWORD, "CLERK");
        long id = created.getJsonNumber("id").longValue();
        Reply changed = admin.put("api/users/" + id, Fixtures.account(username, "945", PASSWORD, "CLERK", "TECHNICIAN")
                .add("displayName", "Tên đã sửa").add("version", created.getJsonNumber("version")).build().toString());
        assertEquals(200, changed.status(), changed::toString);
        Reply stale = admin.put("api/users/" + id, Fixtures.account(username, "945", PASSWORD, "CLERK")
                .add("version", created.getJsonNumber("version")).build().toString());
        assertProblem(409, stale);
        assertEquals(204, admin.post("api/users/" + id + "/password", "{\"password\":\"mat-khau-moi-2025\"}").status());

        List<JsonObject> entries = auditOf(admin, id);
        assertEquals(List.of("UPDATE", "UPDATE", "CREATE"), entries.stream().map(e -> e.getString("action")).toList());
        entries.forEach(e -> assertEquals("admin", e.getString("actor")));
        JsonObject create = entries.get(2);
        assertEquals(JsonValue.NULL, create.get("before"));
        assertEquals(username, create.getJsonObject("after").getString("username"));
        JsonObject update = entries.get(1);
        assertEquals("Người dùng thử " + username, update.getJsonObject("before").getString("displayName"));
        assertEquals("Tên đã sửa", update.getJsonObject("after").getString("displayName"));
        JsonObject reset = entries.get(0);
        assertTrue(reset.getJsonObject("after").containsKey("password"), reset::toString);
        String all = Json.createArrayBuilder(entries).build().toString();
        assertFalse(all.contains("PBKDF2") || all.contains("mat-khau"), all);
    }
}
