package vn.lienthong.scheduling.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.array;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;
import static vn.lienthong.testsupport.ProblemAssertions.assertInvalid;
import static vn.lienthong.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

/**
 * Issue 3, point 7 (RSVP) over HTTP against MariaDB with the Sóc Trăng demo data: a commune's clerk answers for
 * its unit and changes its answer, other units' clerks are refused, the deadline and the meeting's state close
 * the answers, the secretariat reads the summary per tier and the clerk finds the meeting in the unit's inbox.
 * Every test books the communes of Huyện Châu Thành (942) in a week of its own, far from those of MeetingsIT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RsvpIT {

    /** Xã Hồ Đắc Kiện, a commune of Huyện Châu Thành (942); its clerk is xa-31570. */
    private static final String HO_DAC_KIEN = "31570";

    /** A commune of another district, whose clerk is xa-31531. */
    private static final String OTHER_DISTRICT_COMMUNE = "31531";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api as(String username) {
        return Api.at(base).as(username);
    }

    /**
     * A meeting of the province for the communes of 942, booked and submitted by the provincial secretariat,
     * which approves it at once: only an approved meeting reaches the invited units and takes their answers.
     */
    private JsonObject communesOfChauThanh(int week, String... alsoUnits) {
        LocalDate day = week(week);
        JsonObject draft = book(as("thuky"), meeting(unique("Họp triển khai công tác tháng"), day, "08:00", "10:00",
                alsoUnits).add("chair", "chutich")
                .add("invite", Json.createObjectBuilder().add("childrenOf", array("942"))
                        .add("units", array(alsoUnits))));
        Reply approved = as("thuky").post("api/meetings/" + id(draft) + "/submit", "{}");
        assertEquals("APPROVED", approved.json().getString("status"), () -> "submitting: " + approved);
        return approved.json();
    }

    private static String rsvp(String unit, String answer, String reason, JsonArrayBuilder delegates) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("unit", unit).add("answer", answer);
        if (reason != null) {
            body.add("reason", reason);
        }
        if (delegates != null) {
            body.add("delegates", delegates);
        }
        return body.build().toString();
    }

    private static JsonObjectBuilder delegate(String name, String position) {
        return Json.createObjectBuilder().add("name", name).add("position", position);
    }

    private static Optional<JsonObject> invitation(JsonObject meeting, String unit) {
        return meeting.getJsonArray("invitations").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("unit").equals(unit)).findFirst();
    }

    private static long answers(long meeting, String unit) {
        return Database.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Invitation' AND entity_id = ?",
                meeting + "/" + unit);
    }

    @Test
    void aCommunesClerkAttendsWithADelegateThenDeclinesWithAReasonBeforeTheDeadline() {
        JsonObject booked = communesOfChauThanh(40);
        long id = id(booked);
        String path = "api/meetings/" + id + "/rsvp";
        Api clerk = as("xa-31570");

        Reply attending = clerk.post(path, rsvp(HO_DAC_KIEN, "ATTENDING", null, Json.createArrayBuilder()
                .add(delegate("Nguyễn Văn An", "Phó Chủ tịch UBND xã"))
                .add(delegate("Trần Thị Bình", "Công chức Văn phòng - Thống kê"))));

        assertEquals(200, attending.status(), () -> "attending: " + attending);
        JsonObject shown = invitation(as("thuky").get("api/meetings/" + id).json(), HO_DAC_KIEN).orElseThrow();
        assertEquals("ATTENDING", shown.getString("rsvp"));
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình"), shown.getJsonArray("delegates")
                .getValuesAs(JsonObject.class).stream().map(d -> d.getString("name")).toList());
        assertEquals("Phó Chủ tịch UBND xã", shown.getJsonArray("delegates").getJsonObject(0).getString("position"));
        assertFalse(shown.isNull("answeredAt"));
        assertEquals("xa-31570", shown.getString("answeredBy"));

        Reply declined = clerk.post(path, rsvp(HO_DAC_KIEN, "DECLINED", "Trùng lịch tiếp công dân định kỳ", null));

        assertEquals(200, declined.status(), () -> "declined: " + declined);
        JsonObject changed = invitation(clerk.get("api/meetings/" + id).json(), HO_DAC_KIEN).orElseThrow();
        assertEquals("DECLINED", changed.getString("rsvp"));
        assertEquals("Trùng lịch tiếp công dân định kỳ", changed.getString("reason"));
        assertEquals(0, changed.getJsonArray("delegates").size(), "the latest answer replaces the delegates");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM invitation_delegate WHERE meeting_id = ?", id));
        assertEquals(2, answers(id, HO_DAC_KIEN), "each answer is audited");
        assertEquals(week(40) + "T08:00:00+07:00", booked.getString("start"));
        assertEquals(week(40).minusDays(1) + "T08:00:00+07:00", booked.getString("answerDeadline"),
                "answers are due a day before the start");
    }

    @Test
    void anotherUnitsClerkIsRefusedAndAUnitNotInvitedIsNamed() {
        long id = id(communesOfChauThanh(41));
        String path = "api/meetings/" + id + "/rsvp";

        Reply otherClerk = as("xa-31531").post(path, rsvp(HO_DAC_KIEN, "ATTENDING", null, null));
        Reply notInvited = as("xa-31531").post(path, rsvp(OTHER_DISTRICT_COMMUNE, "ATTENDING", null, null));
        Reply unknown = as("thuky").post(path, rsvp("99999", "ATTENDING", null, null));
        Reply technician = as("kythuat-31570").post(path, rsvp(HO_DAC_KIEN, "ATTENDING", null, null));

        assertEquals("/problems/forbidden", assertProblem(403, otherClerk).getString("type"));
        assertTrue(assertInvalid(notInvited, "unit").toString().contains(OTHER_DISTRICT_COMMUNE));
        assertInvalid(unknown, "unit");
        assertProblem(403, technician);
        assertEquals(0, answers(id, HO_DAC_KIEN));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM invitation WHERE meeting_id = ? AND unit_code = ?"
                + " AND rsvp = 'PENDING' AND answered_at IS NULL", id, HO_DAC_KIEN));
    }

    @Test
    void anIncompleteAnswerIsRefusedWithItsFieldAndNothingIsWritten() {
        long id = id(communesOfChauThanh(42));
        String path = "api/meetings/" + id + "/rsvp";
        Api clerk = as("xa-31570");
        JsonArrayBuilder tooMany = Json.createArrayBuilder();
        for (int i = 1; i <= 21; i++) {
            tooMany.add(delegate("Người dự " + i, "Cán bộ"));
        }

        assertInvalid(clerk.post(path, rsvp(HO_DAC_KIEN, "DECLINED", null, null)), "reason");
        assertInvalid(clerk.post(path, rsvp(HO_DAC_KIEN, "DECLINED", "   ", null)), "reason");
        assertEquals(1, assertInvalid(clerk.post(path, rsvp(HO_DAC_KIEN, "ATTENDING", null, tooMany)), "delegates")
                .getJsonArray("errors").size());
        assertInvalid(clerk.post(path, rsvp(HO_DAC_KIEN, "ATTENDING", null,
                Json.createArrayBuilder().add(delegate(" ", "Cán bộ")))), "delegates.name");
        assertInvalid(clerk.post(path, rsvp(HO_DAC_KIEN, "ATTENDING", null,
                Json.createArrayBuilder().add(delegate("x".repeat(151), "Cán bộ")))), "delegates.name");
        assertInvalid(clerk.post(path, rsvp(HO_DAC_KIEN, "PENDING", null, null)), "answer");

        assertEquals(0, answers(id, HO_DAC_KIEN));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM invitation_delegate WHERE meeting_id = ?", id));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM invitation WHERE meeting_id = ? AND unit_code = ?"
                + " AND rsvp = 'PENDING'", id, HO_DAC_KIEN));
    }

    @Test
    void afterTheDeadlineOrOnACancelledMeetingTheAnswerIsRefusedWithA409() {
        long late = id(communesOfChauThanh(43));
        Database.update("UPDATE meeting SET rsvp_deadline = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(3600)), late);
        JsonObject cancelled = book(as("thuky"), meeting(unique("Họp sẽ hoãn"), week(43), "14:00", "15:00",
                HO_DAC_KIEN));
        assertEquals(200, as("thuky").post("api/meetings/" + id(cancelled) + "/cancel",
                "{\"reason\": \"Hoãn do thời tiết\"}").status());
        Api clerk = as("xa-31570");

        JsonObject tooLate = assertProblem(409, clerk.post("api/meetings/" + late + "/rsvp",
                rsvp(HO_DAC_KIEN, "ATTENDING", null, null)));
        JsonObject closed = assertProblem(409, clerk.post("api/meetings/" + id(cancelled) + "/rsvp",
                rsvp(HO_DAC_KIEN, "ATTENDING", null, null)));

        assertTrue(tooLate.getString("detail").contains("hết hạn trả lời"), () -> "detail of " + tooLate);
        assertTrue(tooLate.getString("detail").matches(".*\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}.*"),
                () -> "the deadline is named: " + tooLate);
        assertTrue(closed.getString("detail").contains("CANCELLED"), () -> "detail of " + closed);
        assertEquals(0, answers(late, HO_DAC_KIEN) + answers(id(cancelled), HO_DAC_KIEN));
    }

    @Test
    void theSecretariatAndTheChairSeeTheAnswersPerTierAndTheUnitsNotAnswered() {
        JsonObject booked = communesOfChauThanh(44, "941", "943");
        long id = id(booked);
        String path = "api/meetings/" + id + "/rsvp";
        List<String> communes = booked.getJsonArray("invitations").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getInt("level") == 3).map(i -> i.getString("unit")).toList();
        String neighbour = communes.stream().filter(c -> !c.equals(HO_DAC_KIEN)).findFirst().orElseThrow();
        assertEquals(200, as("xa-31570").post(path, rsvp(HO_DAC_KIEN, "ATTENDING", null, Json.createArrayBuilder()
                .add(delegate("Nguyễn Văn An", "Chủ tịch UBND xã")))).status());
        // the provincial secretariat answers for a commune below it
        assertEquals(200, as("thuky").post(path, rsvp(neighbour, "DECLINED", "Mất điện", null)).status());
        assertEquals(200, as("huyen-941").post(path, rsvp("941", "ATTENDING", null, null)).status());

        Reply secretariat = as("thuky").get("api/meetings/" + id + "/rsvp-summary");
        Reply chair = as("chutich").get("api/meetings/" + id + "/rsvp-summary");
        Reply clerk = as("xa-31570").get("api/meetings/" + id + "/rsvp-summary");

        assertEquals(200, secretariat.status(), () -> "summary: " + secretariat);
        JsonObject summary = secretariat.json();
        List<JsonObject> tiers = summary.getJsonArray("tiers").getValuesAs(JsonObject.class);
        assertEquals(List.of(2, 3), tiers.stream().map(t -> t.getInt("level")).toList(), "the host is not counted");
        assertEquals(List.of(2, 1, 1, 0), counts(tiers.get(0)));
        assertEquals(List.of(communes.size(), 2, 1, 1), counts(tiers.get(1)));
        List<JsonObject> silent = summary.getJsonArray("notAnswered").getValuesAs(JsonObject.class);
        assertEquals(1 + communes.size() - 2, silent.size());
        assertEquals("943", silent.get(0).getString("code"));
        assertEquals(2, silent.get(0).getInt("level"));
        assertFalse(silent.get(0).getString("name").isBlank());
        assertTrue(silent.stream().noneMatch(u -> u.getString("code").equals(HO_DAC_KIEN)
                || u.getString("code").equals(neighbour) || u.getString("code").equals("94")));
        assertEquals(week(44).minusDays(1) + "T08:00:00+07:00", summary.getString("deadline"));
        assertTrue(summary.getBoolean("open"));
        assertEquals(summary, chair.json(), "the chair sees the same");
        assertProblem(403, clerk);
    }

    private static List<Integer> counts(JsonObject tier) {
        return List.of(tier.getInt("invited"), tier.getInt("answered"), tier.getInt("attending"),
                tier.getInt("declined"));
    }

    @Test
    void theClerksInboxListsTheMeetingWithTheUnitsAnswerAndDeadline() {
        long id = id(communesOfChauThanh(45));
        Api clerk = as("xa-31570");

        JsonObject pending = inboxItem(clerk, "PENDING", id).orElseThrow();
        assertEquals("PENDING", pending.getString("rsvp"));
        assertEquals(week(45).minusDays(1) + "T08:00:00+07:00", pending.getString("answerDeadline"));
        assertTrue(pending.getBoolean("answerable"));
        assertEquals(200, clerk.post("api/meetings/" + id + "/rsvp", rsvp(HO_DAC_KIEN, "ATTENDING", null, null))
                .status());

        assertTrue(inboxItem(clerk, "PENDING", id).isEmpty(), "an answered meeting leaves the pending list");
        assertEquals("ATTENDING", inboxItem(clerk, "ANSWERED", id).orElseThrow().getString("rsvp"));
        assertEquals("ATTENDING", inboxItem(clerk, "ALL", id).orElseThrow().getString("rsvp"));
        assertTrue(inboxItem(as("xa-31531"), "ALL", id).isEmpty(), "a unit not invited does not see it");
        List<JsonObject> all = clerk.get("api/inbox?status=ALL&limit=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(all.stream().map(i -> i.getString("start")).sorted().toList(),
                all.stream().map(i -> i.getString("start")).toList(), "the soonest first");
    }

    private static Optional<JsonObject> inboxItem(Api api, String status, long meeting) {
        Reply reply = api.get("api/inbox?status=" + status + "&limit=500");
        assertEquals(200, reply.status(), () -> "inbox: " + reply);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("meeting").longValue() == meeting).findFirst();
    }
}
