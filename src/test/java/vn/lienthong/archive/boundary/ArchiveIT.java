package vn.lienthong.archive.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.array;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;
import static vn.lienthong.testsupport.ProblemAssertions.assertInvalid;
import static vn.lienthong.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
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
 * The archive search over HTTP against MariaDB: a meeting's minutes, conclusions and tasks are found without
 * diacritics with the match marked; phrases keep their order; a confidential meeting exists only for those who may
 * read it (items, total and facets); bad input gets 4xx, never 500; and the index kept by incremental updates,
 * even across a pause in which changes waited in the database, answers like a full rebuild. The index follows the
 * database a moment after each commit, so the tests wait for it rather than for a fixed time. Weeks 140-147.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchiveIT {

    private static final long WAIT_MILLIS = 30_000;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api as(String username) {
        return Api.at(base).as(username);
    }

    /** A word no other meeting has: random letters. */
    private static String word() {
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return w.toString();
    }

    private static String search(String query) {
        return "api/archive/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static List<Long> ids(JsonObject result) {
        return result.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("meetingId").longValue()).toList();
    }

    private static Reply ok(int status, Reply reply) {
        assertEquals(status, reply.status(), () -> "answer: " + reply);
        return reply;
    }

    /** Asks until the answer satisfies {@code done}, at most {@link #WAIT_MILLIS}; the last answer then. */
    private static JsonObject awaitResult(Api api, String path, Predicate<JsonObject> done) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        JsonObject last;
        do {
            last = ok(200, api.get(path)).json();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        } while (System.currentTimeMillis() < deadline);
        return last;
    }

    private static JsonObject awaitFound(Api api, String query, long meeting) {
        JsonObject result = awaitResult(api, search(query), r -> ids(r).contains(meeting));
        assertTrue(ids(result).contains(meeting), () -> "meeting " + meeting + " not found by " + query + ": " + result);
        return result;
    }

    private long bookWithMinutes(int week, String title, String conclusion, boolean confidential, String... units) {
        long id = id(book(as("thuky"), meeting(title, week(week), "08:00", "10:00", units)
                .add("confidential", confidential)));
        var content = Json.createObjectBuilder()
                .add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder().add("agendaItem", 1)
                        .add("title", "Báo cáo tình hình").add("discussion", "<p>Ý kiến của các sở, ngành</p>")))
                .add("conclusions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", conclusion)));
        ok(200, as("thuky").put("api/meetings/" + id + "/minutes",
                Json.createObjectBuilder().add("version", 0).add("content", content).build().toString()));
        return id;
    }

    @Test
    void aMeetingWithMinutesAndATaskIsFoundWithoutDiacriticsWithTheMatchMarked() {
        String tag = word();
        String taskTag = word();
        long id = bookWithMinutes(140, "Hội nghị chuyển đổi số " + tag,
                "Giao Sở Nội vụ <strong>đẩy mạnh</strong> cải cách hành chính " + tag, false, "941", "31570");
        ok(201, as("thuky").post("api/meetings/" + id + "/tasks", Json.createObjectBuilder().add("conclusion", 0)
                .add("title", "Rà soát thủ tục hành chính " + taskTag)
                .add("deadline", LocalDate.now().plusDays(30).toString()).add("leadUnit", "941")
                .add("supportingUnits", array()).build().toString()));

        Api clerk = as("xa-31570");
        JsonObject found = awaitFound(clerk, "day manh " + tag, id);
        JsonObject item = found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("meetingId").longValue() == id).findFirst().orElseThrow();
        String snippet = item.getString("snippet");
        assertTrue(snippet.contains("<mark>") && snippet.contains("</mark>"), snippet);
        assertFalse(snippet.contains("<strong>"), () -> "stored markup must not pass: " + snippet);
        assertEquals("Hội nghị chuyển đổi số " + tag, item.getString("title"));
        assertEquals("94", item.getString("hostUnitCode"));
        assertEquals("CONFERENCE", item.getString("kind"));
        assertEquals("DRAFT", item.getString("minutesStatus"));
        assertFalse(item.getBoolean("confidential"));
        assertTrue(found.getJsonObject("facets").getJsonArray("host").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> h.getString("value").equals("94") && !h.getString("label").isBlank()), found::toString);

        assertTrue(ids(ok(200, clerk.get(search("CẢI CÁCH HÀNH CHÍNH " + tag))).json()).contains(id));
        String decomposed = Normalizer.normalize("cải cách hành chính " + tag, Normalizer.Form.NFD);
        assertTrue(ids(ok(200, clerk.get(search(decomposed))).json()).contains(id), "decomposed input");
        awaitFound(clerk, "thu tuc " + taskTag, id);
        assertTrue(ids(ok(200, clerk.get(search(taskTag) + "&kind=CONFERENCE&status=" + item.getString("status")
                + "&minutes=DRAFT"
                + "&unit=31570&host=94&from=" + week(140) + "&to=" + week(140).plusDays(6))).json()).contains(id));
        assertFalse(ids(ok(200, clerk.get(search(taskTag) + "&kind=MEETING")).json()).contains(id));
        assertFalse(ids(ok(200, clerk.get(search(taskTag) + "&minutes=FINAL")).json()).contains(id));
        assertFalse(ids(ok(200, clerk.get(search(taskTag) + "&to=" + week(139))).json()).contains(id));
    }

    @Test
    void aPhraseMatchesItsWordsOnlyInOrder() {
        String tag = word();
        long id = bookWithMinutes(141, "Họp về dịch vụ công " + tag, "Triển khai dịch vụ công trực tuyến", false,
                "941");
        Api thuky = as("thuky");
        // the words of the conclusion: the minutes are saved after the booking and indexed a moment later
        awaitFound(thuky, "\"dich vu cong truc tuyen\" " + tag, id);
        assertEquals(List.of(), ids(ok(200, thuky.get(search("\"công dịch vụ\" " + tag))).json()));
        assertEquals(List.of(id), ids(ok(200, thuky.get(search("\"dịch vụ công trực tuyến\" " + tag))).json()));
        assertEquals(List.of(id), ids(ok(200, thuky.get(search("công dịch vụ " + tag))).json()),
                "the same words without quotes in any order");
        assertEquals(List.of(id), ids(ok(200, thuky.get(search(tag + " \"dịch vụ công"))).json()),
                "an open quote: a phrase to the end");
        assertEquals(List.of(), ids(ok(200, thuky.get(search(tag + " \"công dịch vụ"))).json()));
    }

    @Test
    void aConfidentialMeetingExistsOnlyForThoseWhoMayReadIt() {
        String tag = word();
        long id = bookWithMinutes(142, "Họp mật về an ninh " + tag, "Nội dung mật " + tag, true, "31570");
        Api invited = as("xa-31570");
        JsonObject found = awaitFound(invited, tag, id);
        assertEquals(1, found.getJsonNumber("total").longValue());
        assertTrue(found.getJsonArray("items").getJsonObject(0).getBoolean("confidential"));
        awaitFound(as("thuky"), tag, id);

        JsonObject other = ok(200, as("xa-31531").get(search(tag))).json();
        assertEquals(0, other.getJsonNumber("total").longValue(), other::toString);
        assertEquals(List.of(), ids(other));
        JsonObject facets = other.getJsonObject("facets");
        assertTrue(facets.getJsonArray("year").isEmpty() && facets.getJsonArray("host").isEmpty()
                && facets.getJsonArray("kind").isEmpty(), facets::toString);
        JsonObject counted = ok(200, as("xa-31531").get(search(tag).replace("/search?", "/facets?"))).json();
        assertEquals(0, counted.getJsonNumber("total").longValue(), counted::toString);
        assertEquals(facets, counted.getJsonObject("facets"), "counting on request honours access the same way");
        JsonObject countedInvited = ok(200, invited.get(search(tag).replace("/search?", "/facets?"))).json();
        assertEquals(1, countedInvited.getJsonNumber("total").longValue(), countedInvited::toString);
        assertEquals(found.getJsonObject("facets"), countedInvited.getJsonObject("facets"));
        assertTrue(found.getBoolean("totalExact"));
        JsonObject browsing = ok(200, as("xa-31531").get("api/archive/search?size=100&from=" + week(142)
                + "&to=" + week(142).plusDays(6))).json();
        assertFalse(ids(browsing).contains(id), "not listed when browsing either");
    }

    @Test
    void badInputGetsAClearProblemOrAnEmptyAnswerNeverAServerError() {
        Api clerk = as("xa-31570");
        // over connections of its own: a request this long is not one to share an HTTP/2 connection with
        assertInvalid(clerk.overHttp11().get(search("a".repeat(10_000))), "q");
        assertInvalid(clerk.get(search("cải ".repeat(130))), "q");
        assertInvalid(clerk.get("api/archive/search?page=-1"), "page");
        assertInvalid(clerk.get("api/archive/search?page=0"), "page");
        assertInvalid(clerk.get("api/archive/search?page=abc"), "page");
        assertInvalid(clerk.get("api/archive/search?size=101"), "size");
        assertInvalid(clerk.get("api/archive/search?page=1000&size=100"), "page");
        assertInvalid(clerk.get("api/archive/search?kind=PARTY"), "kind");
        assertInvalid(clerk.get("api/archive/search?status=DONE"), "status");
        assertInvalid(clerk.get("api/archive/search?minutes=SIGNED"), "minutes");
        assertInvalid(clerk.get("api/archive/search?sort=title"), "sort");
        assertInvalid(clerk.get("api/archive/search?from=2024-13-01"), "from");
        assertInvalid(clerk.get("api/archive/search?from=2024-05-02&to=2024-05-01"), "to");
        assertInvalid(clerk.get("api/archive/search?unit=x'or'1"), "unit");
        assertInvalid(clerk.get("api/archive/facets?kind=PARTY"), "kind");
        assertInvalid(clerk.get("api/archive/facets?from=2024-05-02&to=2024-05-01"), "to");
        JsonObject english = assertInvalid(clerk.inLanguage("en").get("api/archive/search?size=500"), "size");
        assertTrue(english.getJsonArray("errors").getJsonObject(0).getString("message").contains("100"),
                english::toString);
        for (String odd : List.of("\"", "\"dịch vụ", "title:* AND (x OR y)^2 ~ \\", "*", "?", "[1 TO 9]", "a:b:c",
                "%00", "\u0000", "<script>alert(1)</script>")) {
            Reply reply = clerk.get(search(odd));
            assertEquals(200, reply.status(), () -> odd + ": " + reply);
        }
        assertProblem(401, Api.at(base).get(search("họp")));
        assertProblem(401, Api.at(base).get("api/archive/facets?q=h%E1%BB%8Dp"));
        assertProblem(403, clerk.post("api/archive/index/rebuild", ""));
        assertProblem(403, clerk.get("api/archive/index"));
        assertProblem(403, as("luutru").post("api/archive/index/pause", ""));
        assertEquals(200, as("luutru").get("api/archive/index").status());
    }

    @Test
    void changesWrittenWhileUpdatesArePausedAreAppliedLaterAndTheIndexEqualsARebuild() {
        Api admin = as("admin");
        String tag = word();
        String beforeTag = word();
        String duringTag = word();
        long before = bookWithMinutes(143, "Giao ban tuần " + tag, "Kết luận giao ban " + beforeTag, false, "941");
        awaitFound(admin, beforeTag, before);

        ok(200, admin.post("api/archive/index/pause", ""));
        long during;
        try {
            during = bookWithMinutes(144, "Giao ban tháng " + tag, "Kết luận giao ban tháng " + duringTag, false,
                    "941");
            JsonObject status = awaitResult(admin, "api/archive/index",
                    s -> s.getJsonNumber("pendingChanges").longValue() > 0);
            assertEquals("PAUSED", status.getString("state"), status::toString);
            assertTrue(status.getJsonNumber("pendingChanges").longValue() > 0, status::toString);
            assertFalse(ids(ok(200, admin.get(search(tag))).json()).contains(during),
                    "not applied while paused");
            assertTrue(Database.count("SELECT COUNT(*) FROM archive_change WHERE meeting_id = ?", during) > 0,
                    "the change waits in the database");
        } finally {
            ok(200, admin.post("api/archive/index/resume", ""));
        }
        awaitFound(admin, duringTag, during);
        JsonObject applied = awaitResult(admin, "api/archive/index", s -> s.getJsonNumber("pendingChanges")
                .longValue() == 0);
        assertEquals(0, applied.getJsonNumber("pendingChanges").longValue(), applied::toString);

        // broad questions sorted by date, so that the pages compared are the same whatever the scores
        List<String> queries = List.of(search(tag), search("giao ban " + tag), search("\"giao ban tháng\" " + tag),
                search("cua cac") + "&sort=date&size=100", "api/archive/search?size=100&from=" + week(143) + "&to="
                        + week(144).plusDays(6), search("ket luan") + "&sort=date&size=50");
        List<JsonObject> incremental = new ArrayList<>();
        queries.forEach(q -> incremental.add(ok(200, admin.get(q)).json()));

        JsonObject started = ok(202, admin.post("api/archive/index/rebuild", "")).json();
        assertEquals("RUNNING", started.getJsonObject("rebuild").getString("state"), started::toString);
        assertEquals(200, admin.get(search(tag)).status(), "searches go on during a rebuild");
        JsonObject done = awaitResult(admin, "api/archive/index",
                s -> s.getJsonObject("rebuild").getString("state").equals("DONE")
                        && s.getJsonNumber("pendingChanges").longValue() == 0);
        assertEquals("DONE", done.getJsonObject("rebuild").getString("state"), done::toString);
        JsonObject rebuild = done.getJsonObject("rebuild");
        assertEquals(rebuild.getJsonNumber("total").longValue(), rebuild.getJsonNumber("done").longValue());
        assertEquals(done.getJsonNumber("documents").longValue(),
                Database.count("SELECT COUNT(*) FROM meeting"), done::toString);

        for (int i = 0; i < queries.size(); i++) {
            JsonObject rebuilt = ok(200, admin.get(queries.get(i))).json();
            assertEquals(incremental.get(i).getJsonNumber("total"), rebuilt.getJsonNumber("total"), queries.get(i));
            assertEquals(ids(incremental.get(i)).stream().sorted().toList(), ids(rebuilt).stream().sorted().toList(),
                    queries.get(i));
            if (queries.get(i).contains("sort=date") || !queries.get(i).contains("q=")) {
                assertEquals(ids(incremental.get(i)), ids(rebuilt), queries.get(i));
            }
            assertEquals(incremental.get(i).getJsonObject("facets"), rebuilt.getJsonObject("facets"), queries.get(i));
        }
    }
}
