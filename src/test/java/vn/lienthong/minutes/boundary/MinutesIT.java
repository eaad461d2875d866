package vn.lienthong.minutes.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.minutes.control.CanonicalJson;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Api.Reply;
import vn.lienthong.testsupport.Database;
import vn.lienthong.testsupport.Deployments;
import vn.lienthong.testsupport.Parallel;

/**
 * Issue 5, minutes of a meeting over HTTP against MariaDB: the starting text comes from the meeting; every save is
 * a version, a stale save gets 409 with the newer text, and of two parallel saves of one version exactly one wins;
 * versions are compared word by word and restored; the chair finalises them under a SHA-256 anyone can verify,
 * after which every change is refused and a correction is an amendment with a reason. Clerks cannot write,
 * confidential minutes do not exist for units that may not see the meeting, and nothing is written on a refusal.
 * Weeks 120-125 of the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MinutesIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api as(String username) {
        return Api.at(base).as(username);
    }

    /** A meeting of the province chaired by chutich, with two agenda items, inviting Trà Vinh city and a commune. */
    private long meetingOfWeek(int week) {
        return id(book(as("thuky"), meeting(unique("Họp giao ban có biên bản"), week(week), "08:00", "10:00",
                "941", "31570").add("chair", "chutich")));
    }

    private static String minutes(long meeting) {
        return "api/meetings/" + meeting + "/minutes";
    }

    private static String save(int version, JsonObjectBuilder content) {
        return Json.createObjectBuilder().add("version", version).add("content", content).build().toString();
    }

    private static JsonObjectBuilder content(String discussion, String conclusion) {
        return Json.createObjectBuilder()
                .add("attendance", Json.createArrayBuilder().add(Json.createObjectBuilder().add("unitCode", "941")
                        .add("unitName", "Thành phố Trà Vinh").add("present", true)))
                .add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder().add("agendaItem", 1)
                        .add("title", "Báo cáo tình hình").add("discussion", discussion)))
                .add("conclusions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", conclusion)));
    }

    private static long versions(long meeting) {
        return Database.count("SELECT COUNT(*) FROM minutes_version WHERE meeting_id = ?", meeting);
    }

    private static String discussion(JsonObject minutesOrVersion) {
        return minutesOrVersion.getJsonObject("content").getJsonArray("sections").getJsonObject(0)
                .getString("discussion");
    }

    private static Reply ok(int status, Reply reply) {
        assertEquals(status, reply.status(), () -> "answer: " + reply);
        return reply;
    }

    @Test
    void theStartingTextComesFromTheMeetingAndEverySaveIsAVersion() {
        long id = meetingOfWeek(120);
        Api thuky = as("thuky");

        JsonObject template = ok(200, thuky.get(minutes(id))).json();
        assertEquals(0, template.getInt("version"));
        assertEquals("DRAFT", template.getString("status"));
        assertTrue(template.isNull("sha256"));
        JsonObject content = template.getJsonObject("content");
        assertEquals(List.of("Báo cáo tình hình", "Thảo luận"), content.getJsonArray("sections")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("title")).toList());
        assertEquals(List.of(1, 2), content.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getInt("agendaItem")).toList());
        assertTrue(discussion(template).contains("Văn phòng UBND tỉnh"), "the presenter is named");
        List<JsonObject> attendance = content.getJsonArray("attendance").getValuesAs(JsonObject.class);
        assertEquals(List.of("94", "941", "31570"), attendance.stream().map(a -> a.getString("unitCode")).toList(),
                "the host and the invited units, as the meeting lists them");
        assertTrue(attendance.stream().allMatch(a -> !a.getString("rsvp").isBlank()
                && !a.getString("unitName").isBlank() && a.getJsonArray("delegates").isEmpty()), attendance::toString);
        assertEquals("PENDING", attendance.get(1).getString("rsvp"));
        assertEquals(0, versions(id), "the starting text is not stored");

        assertEquals(0, assertProblem(409, thuky.put(minutes(id), save(3, content("<p>x</p>", "x"))))
                .getInt("currentVersion"), "there is no version 3 to write over");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM minutes WHERE meeting_id = ?", id));

        JsonObject first = ok(200, thuky.put(minutes(id), save(0, content("<p onmouseover=\"x()\">Ý kiến "
                + "<strong>Sở Tài chính</strong></p><script>alert(1)</script><img src=x onerror=alert(2)>",
                "<a href=\"javascript:alert(3)\">Giao</a> Sở Xây dựng")))).json();
        assertEquals(1, first.getInt("version"));
        assertEquals("SAVE", first.getString("kind"));
        assertEquals("thuky", first.getString("author"));
        assertEquals("<p>Ý kiến <strong>Sở Tài chính</strong></p>", discussion(first), "only the safe subset is kept");
        assertEquals("Giao Sở Xây dựng", first.getJsonObject("content").getJsonArray("conclusions").getJsonObject(0)
                .getString("text"));

        JsonObject second = ok(200, thuky.put(minutes(id), save(1, content("<p>Lần hai</p>", "Kết luận")))).json();
        assertEquals(2, second.getInt("version"));

        Reply stale = thuky.inLanguage("en").put(minutes(id), save(1, content("<p>Bản cũ</p>", "x")));
        JsonObject conflict = assertProblem(409, stale);
        assertEquals(2, conflict.getInt("currentVersion"));
        assertEquals("<p>Lần hai</p>", discussion(conflict), "the loser sees the newer text");
        assertTrue(conflict.getString("detail").contains("version 2"), conflict::toString);

        List<JsonObject> listed = ok(200, thuky.get(minutes(id) + "/versions")).structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(1, 2), listed.stream().map(v -> v.getInt("n")).toList());
        assertTrue(listed.stream().allMatch(v -> v.getString("kind").equals("SAVE")
                && v.getString("author").equals("thuky") && !v.isNull("savedAt")), listed::toString);
        assertEquals("<p>Ý kiến <strong>Sở Tài chính</strong></p>",
                discussion(ok(200, thuky.get(minutes(id) + "/versions/1")).json()));
        assertEquals(2, versions(id));
        assertEquals(2, Database.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'MinutesVersion'"
                + " AND entity_id LIKE ?", id + "/%"));
    }

    @Test
    void ofTwoParallelSavesOfTheSameVersionExactlyOneWins() {
        long id = meetingOfWeek(121);
        Api thuky = as("thuky");
        ok(200, thuky.put(minutes(id), save(0, content("<p>Bản đầu</p>", "x"))));

        List<Reply> replies = Parallel.run(2, i -> thuky.put(minutes(id),
                save(1, content("<p>Người sửa " + i + "</p>", "x"))));

        List<Integer> statuses = replies.stream().map(Reply::status).sorted().toList();
        assertEquals(List.of(200, 409), statuses, replies::toString);
        Reply won = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        Reply lost = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        JsonObject conflict = assertProblem(409, lost);
        assertEquals(2, conflict.getInt("currentVersion"));
        assertEquals(discussion(won.json()), discussion(conflict), "the loser is shown the winner's text");
        assertEquals(2, versions(id));
        assertEquals(discussion(won.json()), discussion(thuky.get(minutes(id)).json()));
    }

    @Test
    void versionsAreComparedWordByWordAndAnOldOneIsRestoredAsANewVersion() {
        long id = meetingOfWeek(122);
        Api thuky = as("thuky");
        ok(200, thuky.put(minutes(id), save(0, content("<p>Thu ngân sách đạt 95% dự toán</p><p>Giữ nguyên</p>",
                "Giao Sở Tài chính"))));
        ok(200, thuky.put(minutes(id), save(1, content("<p>Thu ngân sách đạt 105% dự toán</p><p>Giữ nguyên</p>",
                "Giao Sở Tài chính"))));

        JsonObject diff = ok(200, as("xa-31570").get(minutes(id) + "/diff?from=1&to=2")).json();

        List<JsonObject> segments = diff.getJsonArray("segments").getValuesAs(JsonObject.class);
        assertEquals(List.of("95%"), texts(segments, "DELETE"));
        assertEquals(List.of("105%"), texts(segments, "INSERT"));
        assertTrue(segments.stream().anyMatch(s -> s.getString("op").equals("EQUAL")
                && s.getString("text").contains("Giữ nguyên")), segments::toString);
        assertEquals(1, diff.getInt("inserted"));
        assertEquals(1, diff.getInt("deleted"));

        Reply restored = ok(201, thuky.post(minutes(id) + "/versions/1/restore", ""));
        JsonObject third = restored.json();
        assertEquals(3, third.getInt("version"));
        assertEquals("RESTORE", third.getString("kind"));
        assertTrue(restored.header("Location").orElseThrow().endsWith(minutes(id) + "/versions/3"));
        assertEquals("<p>Thu ngân sách đạt 95% dự toán</p><p>Giữ nguyên</p>", discussion(third));
        JsonObject listed = thuky.get(minutes(id) + "/versions").structure().asJsonArray().getJsonObject(2);
        assertEquals(1, listed.getInt("basedOn"));
        assertEquals(List.of(), texts(thuky.get(minutes(id) + "/diff?from=1&to=3").json().getJsonArray("segments")
                .getValuesAs(JsonObject.class), "INSERT"));

        assertInvalid(thuky.get(minutes(id) + "/diff?from=1"), "to");
        assertProblem(400, thuky.get(minutes(id) + "/diff?from=abc&to=1"));
        assertProblem(404, thuky.get(minutes(id) + "/diff?from=1&to=9"));
        assertProblem(404, thuky.post(minutes(id) + "/versions/9/restore", ""));
        assertEquals(3, versions(id));
    }

    private static List<String> texts(List<JsonObject> segments, String op) {
        return segments.stream().filter(s -> s.getString("op").equals(op)).map(s -> s.getString("text")).toList();
    }

    @Test
    void theChairFinalisesUnderAHashThatVerifiesAndOnlyAnAmendmentFollows() {
        long id = meetingOfWeek(123);
        Api thuky = as("thuky");
        Api chutich = as("chutich");
        assertProblem(409, chutich.post(minutes(id) + "/finalize", ""));
        ok(200, thuky.put(minutes(id), save(0, content("<p>Thống nhất chủ trương</p>", "Giao Sở Kế hoạch"))));

        assertProblem(403, thuky.post(minutes(id) + "/finalize", ""));
        assertProblem(409, chutich.post(minutes(id) + "/finalize?version=0", ""));
        Reply finalized = ok(201, chutich.post(minutes(id) + "/finalize?version=1", ""));

        JsonObject locked = finalized.json();
        assertEquals(2, locked.getInt("version"));
        assertEquals("FINAL", locked.getString("status"));
        assertEquals("FINAL", locked.getString("kind"));
        assertEquals("chutich", locked.getString("author"));
        String sha256 = locked.getString("sha256");
        assertTrue(sha256.matches("[0-9a-f]{64}"), sha256);
        JsonObject shown = ok(200, as("xa-31570").get(minutes(id) + "/versions/2")).json();
        assertEquals(sha256, CanonicalJson.sha256(Json.createObjectBuilder().add("content", shown.getJsonObject("content"))
                .add("meetingId", id).add("version", 2).build()), "anyone recomputes the hash from what is shown");
        JsonObject verified = ok(200, as("xa-31570").get(minutes(id) + "/verify")).json();
        assertEquals(sha256, verified.getString("sha256"));
        assertTrue(verified.getBoolean("valid"));

        JsonObject refused = assertProblem(409, thuky.put(minutes(id), save(2, content("<p>Sửa sau khi chốt</p>",
                "x"))));
        assertEquals(2, refused.getInt("currentVersion"));
        assertEquals("<p>Thống nhất chủ trương</p>", discussion(refused), "the locked text is shown");
        assertProblem(409, thuky.put(minutes(id), save(1, content("<p>Sửa bản cũ</p>", "x"))));
        assertProblem(409, thuky.post(minutes(id) + "/versions/1/restore", ""));
        assertProblem(409, chutich.post(minutes(id) + "/finalize", ""));
        assertEquals(2, versions(id));

        String amendment = Json.createObjectBuilder().add("reason", "Ghi nhầm tên sở được giao")
                .add("content", content("<p>Thống nhất chủ trương</p>", "Giao Sở Tài chính")).build().toString();
        assertInvalid(chutich.post(minutes(id) + "/amendments", Json.createObjectBuilder().add("reason", " ")
                .add("content", content("<p>x</p>", "x")).build().toString()), "reason");
        assertProblem(403, thuky.post(minutes(id) + "/amendments", amendment));
        assertEquals(2, versions(id));
        JsonObject amended = ok(201, chutich.post(minutes(id) + "/amendments", amendment)).json();

        assertEquals(3, amended.getInt("version"));
        assertEquals("AMENDED", amended.getString("status"));
        assertEquals("AMENDMENT", amended.getString("kind"));
        assertEquals(2, amended.getInt("finalVersion"));
        assertNotEquals(sha256, amended.getString("sha256"));
        List<JsonObject> listed = thuky.get(minutes(id) + "/versions").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("SAVE", "FINAL", "AMENDMENT"), listed.stream().map(v -> v.getString("kind")).toList());
        assertEquals("Ghi nhầm tên sở được giao", listed.get(2).getString("reason"));
        assertEquals(2, listed.get(2).getInt("basedOn"));
        assertEquals(sha256, listed.get(1).getString("sha256"), "the finalised version stays as it was");
        assertEquals("Giao Sở Kế hoạch", thuky.get(minutes(id) + "/versions/2").json().getJsonObject("content")
                .getJsonArray("conclusions").getJsonObject(0).getString("text"));
        JsonObject both = ok(200, thuky.get(minutes(id) + "/verify")).json();
        assertEquals(3, both.getInt("version"));
        assertTrue(both.getBoolean("valid"));
        assertEquals(2, both.getJsonArray("versions").size());
        assertProblem(409, thuky.put(minutes(id), save(3, content("<p>x</p>", "x"))));

        Database.update("UPDATE minutes_version SET content = REPLACE(content, 'Kế hoạch', 'Nội vụ')"
                + " WHERE meeting_id = ? AND number = 2", id);
        JsonObject tampered = ok(200, thuky.get(minutes(id) + "/verify")).json();
        assertFalse(tampered.getBoolean("valid"), "a change behind the application's back is found");
        assertFalse(tampered.getJsonArray("versions").getJsonObject(0).getBoolean("valid"));
    }

    @Test
    void clerksReadButDoNotWriteAndBadInputIsRefusedWithoutWritingAnything() {
        long id = meetingOfWeek(124);
        Api clerk = as("xa-31570");

        ok(200, clerk.get(minutes(id)));
        assertProblem(403, clerk.put(minutes(id), save(0, content("<p>x</p>", "x"))));
        assertProblem(403, as("chutich").put(minutes(id), save(0, content("<p>x</p>", "x"))));
        assertProblem(401, Api.at(base).get(minutes(id)));
        assertProblem(401, Api.at(base).put(minutes(id), save(0, content("<p>x</p>", "x"))));
        assertProblem(401, Api.at(base).get(minutes(id) + "/verify"));
        assertProblem(404, as("thuky").get("api/meetings/987654321/minutes"));
        assertProblem(404, as("thuky").put("api/meetings/987654321/minutes", save(0, content("<p>x</p>", "x"))));

        Api thuky = as("thuky");
        assertInvalid(thuky.put(minutes(id), "{\"version\": \"abc\", \"content\": {}}"), "version");
        assertInvalid(thuky.put(minutes(id), "{\"version\": 0}"), "content");
        assertInvalid(thuky.put(minutes(id), "{\"content\": {}}"), "version");
        assertInvalid(thuky.put(minutes(id), "{\"version\": 0, \"content\": \"văn bản\"}"), "content");
        assertInvalid(thuky.put(minutes(id), "{\"version\": 0, \"content\": {\"sections\": 5}}"),
                "content.sections");
        JsonObject english = assertInvalid(thuky.inLanguage("en").put(minutes(id),
                "{\"version\": 0, \"content\": {\"sections\": [{\"agendaItem\": \"một\"}]}}"),
                "content.sections[0].agendaItem");
        assertEquals("This value has the wrong type.", english.getJsonArray("errors").getJsonObject(0)
                .getString("message"));
        assertProblem(400, thuky.put(minutes(id), "{\"version\": 0, "));
        String huge = "<p>" + "Ý kiến thảo luận. ".repeat(70_000) + "</p>";
        assertProblem(413, thuky.overHttp11().put(minutes(id), save(0, content(huge, "x"))));
        assertEquals(0, versions(id));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM minutes WHERE meeting_id = ?", id));
    }

    @Test
    void theMinutesOfAConfidentialMeetingDoNotExistForUnitsThatMayNotSeeIt() {
        JsonObject secret = book(as("thuky"), meeting(unique("Họp mật về công tác cán bộ"), week(125), "08:00",
                "09:00").add("confidential", true).add("chair", "chutich")
                .add("invite", Json.createObjectBuilder().add("childrenOf", array("941"))));
        long id = id(secret);
        ok(200, as("thuky").put(minutes(id), save(0, content("<p>Nội dung mật</p>", "x"))));

        for (String outsider : List.of("xa-31570", "huyen-941")) {
            Api api = as(outsider);
            assertProblem(404, api.get(minutes(id)));
            assertProblem(404, api.get(minutes(id) + "/versions"));
            assertProblem(404, api.get(minutes(id) + "/versions/1"));
            assertProblem(404, api.get(minutes(id) + "/diff?from=1&to=1"));
            assertProblem(404, api.put(minutes(id), save(1, content("<p>x</p>", "x"))));
        }
        assertEquals("<p>Nội dung mật</p>", discussion(ok(200, as("xa-31498").get(minutes(id))).json()),
                "an invited commune reads them");
        assertEquals(1, versions(id));
    }
}
