package vn.lienthong.notification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;
import static vn.lienthong.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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

/**
 * Issue 3, notifications over HTTP against MariaDB: approving a meeting tells every invited unit but the host
 * (INVITED), changing it tells them again (CHANGED, and INVITED/UNINVITED for units added or dropped), cancelling
 * it tells them why (CANCELLED); drafts reach nobody, in the inbox or the notifications, and cannot be answered.
 * A unit reads and marks its own notifications only. Weeks 83-87 of the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT {

    private static final String DISTRICT = "941";
    private static final String HO_DAC_KIEN = "31570";
    private static final String OTHER_COMMUNE = "31498";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api as(String username) {
        return Api.at(base).as(username);
    }

    private static JsonObjectBuilder request(String title, LocalDate day, String from, String to, String... units) {
        return meeting(title, day, from, to, units);
    }

    private JsonObject approved(JsonObjectBuilder request) {
        JsonObject draft = book(as("thuky"), request);
        Reply submitted = as("thuky").post("api/meetings/" + id(draft) + "/submit", "{}");
        assertEquals(200, submitted.status(), () -> "submitting: " + submitted);
        assertEquals("APPROVED", submitted.json().getString("status"), "the province's own meeting is approved at once");
        return submitted.json();
    }

    /** The kinds written for {@code meeting}, by unit, in the order written. */
    private static Map<String, List<String>> told(long meeting) {
        Map<String, List<String>> byUnit = new TreeMap<>();
        try (var c = Database.connect(); var s = c.prepareStatement(
                "SELECT unit_code, kind FROM notification WHERE meeting_id = ? ORDER BY id")) {
            s.setLong(1, meeting);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    byUnit.computeIfAbsent(rs.getString(1), u -> new java.util.ArrayList<>()).add(rs.getString(2));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return byUnit;
    }

    private static Optional<JsonObject> notification(Api api, long meeting, String kind) {
        Reply reply = api.get("api/notifications?limit=500");
        assertEquals(200, reply.status(), () -> "notifications: " + reply);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getJsonNumber("meeting").longValue() == meeting && n.getString("kind").equals(kind))
                .findFirst();
    }

    private static Optional<JsonObject> inboxItem(Api api, long meeting) {
        Reply reply = api.get("api/inbox?status=ALL&limit=500");
        assertEquals(200, reply.status(), () -> "inbox: " + reply);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("meeting").longValue() == meeting).findFirst();
    }

    private static String rsvp(String unit) {
        return Json.createObjectBuilder().add("unit", unit).add("answer", "ATTENDING").build().toString();
    }

    @Test
    void aDraftReachesNobodyAndApprovingItInvitesEveryInvitedUnitButTheHost() {
        String title = unique("Họp giao ban công tác chuyển đổi số");
        JsonObject draft = book(as("thuky"), request(title, week(83), "08:00", "10:00", DISTRICT, HO_DAC_KIEN));
        long id = id(draft);
        Api clerk = as("xa-31570");

        assertTrue(inboxItem(clerk, id).isEmpty(), "a draft is not in the invited unit's inbox");
        JsonObject refused = assertProblem(409, clerk.post("api/meetings/" + id + "/rsvp", rsvp(HO_DAC_KIEN)));
        assertTrue(refused.getString("detail").contains("DRAFT"), () -> "detail: " + refused);
        assertEquals(Map.of(), told(id), "nobody is told of a draft");

        assertEquals(200, as("thuky").post("api/meetings/" + id + "/submit", "{}").status());

        assertEquals(Map.of(DISTRICT, List.of("INVITED"), HO_DAC_KIEN, List.of("INVITED")), told(id),
                "every invited unit but the host (94)");
        JsonObject invited = notification(clerk, id, "INVITED").orElseThrow();
        assertEquals(title, invited.getString("title"));
        assertEquals(week(83) + "T08:00:00+07:00", invited.getString("start"));
        assertEquals(week(83) + "T10:00:00+07:00", invited.getString("end"));
        assertEquals("94", invited.getString("hostUnit"));
        assertFalse(invited.getBoolean("read"));
        assertTrue(invited.isNull("reason"));
        assertFalse(invited.getString("createdAt").isBlank());
        assertTrue(notification(as("huyen-941"), id, "INVITED").isPresent());
        assertTrue(inboxItem(clerk, id).isPresent(), "the approved meeting is in the inbox");
        assertEquals(200, clerk.post("api/meetings/" + id + "/rsvp", rsvp(HO_DAC_KIEN)).status(),
                "and can be answered");
    }

    @Test
    void changingAnApprovedMeetingTellsItsUnitsAndAddedAndDroppedUnitsAreInvitedAndUninvited() {
        String title = unique("Họp rà soát tiến độ giải ngân");
        long id = id(approved(request(title, week(84), "08:00", "10:00", DISTRICT, HO_DAC_KIEN)));
        Api thuky = as("thuky");

        JsonObject current = thuky.get("api/meetings/" + id).json();
        Reply moved = thuky.put("api/meetings/" + id, request(title, week(84), "14:00", "16:00", DISTRICT,
                HO_DAC_KIEN).add("version", current.getJsonNumber("version").longValue()).build().toString());

        assertEquals(200, moved.status(), () -> "moving: " + moved);
        assertEquals("APPROVED", moved.json().getString("status"), "the province's change keeps the approval");
        assertEquals(Map.of(DISTRICT, List.of("INVITED", "CHANGED"), HO_DAC_KIEN, List.of("INVITED", "CHANGED")),
                told(id));
        assertEquals(week(84) + "T14:00:00+07:00", notification(as("xa-31570"), id, "CHANGED").orElseThrow()
                .getString("start"), "the notification says the new time");

        Reply reinvited = thuky.put("api/meetings/" + id, request(title, week(84), "14:00", "16:00", HO_DAC_KIEN,
                OTHER_COMMUNE).add("version", moved.json().getJsonNumber("version").longValue()).build().toString());

        assertEquals(200, reinvited.status(), () -> "changing the invitation: " + reinvited);
        assertEquals(Map.of(DISTRICT, List.of("INVITED", "CHANGED", "UNINVITED"),
                HO_DAC_KIEN, List.of("INVITED", "CHANGED", "CHANGED"),
                OTHER_COMMUNE, List.of("INVITED")), told(id));
        assertTrue(notification(as("huyen-941"), id, "UNINVITED").isPresent());
        assertTrue(inboxItem(as("huyen-941"), id).isEmpty(), "a dropped unit no longer has it in its inbox");

        Reply same = thuky.put("api/meetings/" + id, request(title, week(84), "14:00", "16:00", HO_DAC_KIEN,
                OTHER_COMMUNE).add("version", reinvited.json().getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, same.status(), () -> "saving unchanged: " + same);
        assertEquals(7, told(id).values().stream().mapToInt(List::size).sum(), "nothing changed, nobody is told");
    }

    @Test
    void cancellingAnApprovedMeetingTellsItsUnitsWhyAndKeepsItMarkedInTheirInbox() {
        long id = id(approved(request(unique("Họp triển khai kế hoạch phòng chống bão"), week(85), "08:00", "09:00",
                DISTRICT, HO_DAC_KIEN)));
        long draft = id(book(as("thuky"), request(unique("Họp dự kiến"), week(85), "10:00", "11:00", HO_DAC_KIEN)));
        String reason = "Hoãn để tập trung ứng phó bão số 5";

        assertEquals(200, as("thuky").post("api/meetings/" + id + "/cancel",
                Json.createObjectBuilder().add("reason", reason).build().toString()).status());
        assertEquals(200, as("thuky").post("api/meetings/" + draft + "/cancel", "{\"reason\": \"Không họp\"}")
                .status());

        assertEquals(Map.of(DISTRICT, List.of("INVITED", "CANCELLED"), HO_DAC_KIEN, List.of("INVITED", "CANCELLED")),
                told(id));
        assertEquals(Map.of(), told(draft), "a draft nobody was told of is cancelled silently");
        Api clerk = as("xa-31570");
        assertEquals(reason, notification(clerk, id, "CANCELLED").orElseThrow().getString("reason"));
        JsonObject listed = inboxItem(clerk, id).orElseThrow();
        assertEquals("CANCELLED", listed.getString("status"));
        assertEquals(reason, listed.getString("statusReason"));
        assertFalse(listed.getBoolean("answerable"));
        assertTrue(inboxItem(clerk, draft).isEmpty());
        assertProblem(409, clerk.post("api/meetings/" + id + "/rsvp", rsvp(HO_DAC_KIEN)));
    }

    @Test
    void aUnitReadsAndMarksItsOwnNotificationsForAllItsUsersAndNoOtherUnits() {
        long id = id(approved(request(unique("Họp sơ kết"), week(86), "08:00", "09:00", OTHER_COMMUNE, HO_DAC_KIEN)));
        Api clerk = as("xa-31498");
        JsonObject invited = notification(clerk, id, "INVITED").orElseThrow();
        long notificationId = invited.getJsonNumber("id").longValue();
        long unreadBefore = clerk.get("api/notifications/unread-count").json().getJsonNumber("count").longValue();
        assertTrue(unreadBefore >= 1);
        assertTrue(clerk.get("api/notifications?unread=true&limit=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(n -> n.getJsonNumber("id").longValue() == notificationId));

        assertProblem(404, as("xa-31570").post("api/notifications/" + notificationId + "/read", "{}"));
        assertProblem(404, as("xa-31570").post("api/notifications/999999999/read", "{}"));
        assertProblem(401, Api.at(base).get("api/notifications"));
        assertProblem(401, Api.at(base).get("api/notifications/unread-count"));
        Reply read = clerk.post("api/notifications/" + notificationId + "/read", "{}");

        assertEquals(204, read.status(), () -> "read: " + read);
        assertEquals(unreadBefore - 1, clerk.get("api/notifications/unread-count").json().getJsonNumber("count")
                .longValue());
        assertTrue(notification(clerk, id, "INVITED").orElseThrow().getBoolean("read"));
        assertFalse(notification(as("xa-31570"), id, "INVITED").orElseThrow().getBoolean("read"),
                "another unit's copy stays unread");

        assertEquals(204, as("xa-31570").post("api/notifications/read-all", "{}").status());
        assertEquals(0, as("xa-31570").get("api/notifications/unread-count").json().getJsonNumber("count").longValue());
        assertEquals(0, as("xa-31570").get("api/notifications?unread=true").json().getJsonNumber("total").longValue());
        List<JsonObject> all = as("xa-31570").get("api/notifications?limit=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(all.stream().map(n -> -n.getJsonNumber("id").longValue()).sorted().toList(),
                all.stream().map(n -> -n.getJsonNumber("id").longValue()).toList(), "the newest first");
    }

    @Test
    void aDistrictsMeetingReachesItsUnitsOnlyOnceTheProvinceApprovesItAndAgainAfterAnApprovedChange() {
        String username = Fixtures.unique("tk942");
        Fixtures.createAccount(as("admin"), username, "942", "matkhau-942", "SECRETARIAT");
        Api office = Api.at(base).as(username, "matkhau-942");
        String title = unique("Họp huyện Châu Thành");
        long id = id(book(office, request(title, week(87), "08:00", "09:00", HO_DAC_KIEN).add("hostUnit", "942")));
        String path = "api/meetings/" + id;

        assertEquals("SUBMITTED", office.post(path + "/submit", "{}").json().getString("status"));
        assertEquals(Map.of(), told(id), "a meeting waiting for approval reaches nobody");
        assertTrue(inboxItem(as("xa-31570"), id).isEmpty());
        assertProblem(409, as("xa-31570").post(path + "/rsvp", rsvp(HO_DAC_KIEN)));

        assertEquals(200, as("thuky").post(path + "/approve", "{}").status());
        assertEquals(List.of("INVITED"), told(id).get(HO_DAC_KIEN));
        assertTrue(told(id).get("942") == null, "the host is not told of its own meeting");

        long version = office.get(path).json().getJsonNumber("version").longValue();
        Reply moved = office.put(path, request(title, week(87), "15:00", "16:00", HO_DAC_KIEN).add("hostUnit", "942")
                .add("version", version).build().toString());
        assertEquals("SUBMITTED", moved.json().getString("status"), () -> "the district's change: " + moved);
        assertEquals(List.of("INVITED"), told(id).get(HO_DAC_KIEN), "a change waiting for approval is not told");
        assertTrue(inboxItem(as("xa-31570"), id).isEmpty());

        assertEquals(200, as("thuky").post(path + "/approve", "{}").status());
        assertEquals(List.of("INVITED", "CHANGED"), told(id).get(HO_DAC_KIEN));
        assertEquals(week(87) + "T15:00:00+07:00", notification(as("xa-31570"), id, "CHANGED").orElseThrow()
                .getString("start"));
    }
}
