package vn.lienthong.directory.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.testsupport.ProblemAssertions.assertInvalid;
import static vn.lienthong.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
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
 * Meeting points under bad input and under concurrent changes: every refusal is a problem response that
 * leaves the database exactly as it was, concurrent edits of one version let one through, and a unit keeps
 * exactly one default point. Each test works on communes no other test touches.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PointsIT {

    private static final String JSON = "application/json";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api secretariat() {
        return Api.at(base).as("thuky");
    }

    /** What a refused request must not have changed: all meeting points and the whole audit log. */
    private record Counts(long points, long auditEntries) {

        static Counts now() {
            return new Counts(Database.count("SELECT COUNT(*) FROM meeting_point"),
                    Database.count("SELECT COUNT(*) FROM audit_entry"));
        }
    }

    private static JsonObject assertRefused(int status, Reply reply, Counts before) {
        JsonObject problem = assertProblem(status, reply);
        assertEquals(before, Counts.now(), () -> "a refused request changed data: " + reply);
        return problem;
    }

    private static JsonObject assertRefusedNaming(Reply reply, Counts before, String... fields) {
        JsonObject problem = assertInvalid(reply, fields);
        assertEquals(before, Counts.now(), () -> "a refused request changed data: " + reply);
        return problem;
    }

    private static long id(JsonObject point) {
        return point.getJsonNumber("id").longValue();
    }

    private static long defaults(String unitCode) {
        return Database.count("SELECT COUNT(*) FROM meeting_point WHERE unit_code = ? AND is_default", unitCode);
    }

    private static long auditEntries(String action, long pointId) {
        return Database.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'MeetingPoint' AND entity_id = ?"
                + " AND action = ?", Long.toString(pointId), action);
    }

    @Test
    void malformedJsonIsA400ProblemAndChangesNothing() {
        Api api = secretariat();
        Counts before = Counts.now();
        for (String body : List.of("{\"unitCode\":\"31600\",\"name\":", "điểm cầu", "{\"unitCode\":\"31600\",}",
                "[1,2,3]", "\"31600\"")) {
            JsonObject problem = assertRefused(400, api.post("api/points", body), before);
            assertEquals("/problems/malformed", problem.getString("type"), () -> body + " -> " + problem);
        }
    }

    @Test
    void aTextWhereANumberIsExpectedIsRefusedNamingTheField() {
        Api api = secretariat();
        Counts before = Counts.now();
        String body = Fixtures.point("31600", Fixtures.unique("An Ninh")).add("seats", "hai mươi").build().toString();
        assertRefusedNaming(api.post("api/points", body), before, "seats");
        assertRefusedNaming(api.post("api/points", Fixtures.point("31600", Fixtures.unique("An Ninh"))
                .add("seats", Json.createArrayBuilder().add(20)).build().toString()), before, "seats");
        assertRefusedNaming(api.post("api/points", Fixtures.point("31600", Fixtures.unique("An Ninh"))
                .add("name", Json.createObjectBuilder().add("vi", "Điểm cầu")).build().toString()), before, "name");
    }

    @Test
    void aFractionOrAnOverflowingNumberIsRefusedNotRounded() {
        Api api = secretariat();
        Counts before = Counts.now();
        // read loosely, 1.5 would become 1 seat and 4294967297 (2^32 + 1) would wrap around to 1
        for (String seats : List.of("1.5", "4294967297", "1e400")) {
            String body = Fixtures.point("31600", Fixtures.unique("An Ninh")).build().toString()
                    .replace("\"seats\":20", "\"seats\":" + seats);
            assertRefusedNaming(api.post("api/points", body), before, "seats");
        }
        assertEquals(2, api.post("api/points", Fixtures.point("31600", Fixtures.unique("Hai ghế")).build().toString()
                .replace("\"seats\":20", "\"seats\":2.0")).json().getInt("seats"), "2.0 is a whole number");
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        Api api = secretariat();
        Counts before = Counts.now();
        assertRefusedNaming(api.post("api/points", "{}"), before, "kind", "name", "seats", "unitCode");
        assertRefusedNaming(api.post("api/points", "{\"unitCode\":\"31600\",\"name\":\"  \",\"seats\":10}"), before,
                "kind", "name");
        assertRefusedNaming(api.post("api/points", "null"), before, "request");
        assertRefusedNaming(api.send("POST", "api/points", JSON, BodyPublishers.noBody()), before, "request");
    }

    @Test
    void fieldMessagesSpeakTheCallersLanguage() {
        Counts before = Counts.now();
        String body = "{\"unitCode\":\"31600\",\"kind\":\"SIP\",\"seats\":10,\"name\":\"Phòng họp\"}";
        JsonObject english = assertRefusedNaming(secretariat().inLanguage("en").post("api/points", body), before,
                "sipAddress");
        assertEquals("A SIP meeting point needs a SIP address.",
                english.getJsonArray("errors").getJsonObject(0).getString("message"));
        JsonObject missing = assertRefusedNaming(secretariat().inLanguage("en").post("api/points", "{}"), before,
                "kind", "name", "seats", "unitCode");
        assertTrue(missing.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("message").equals("Please enter the name of the meeting point.")), missing::toString);
        JsonObject vietnamese = assertRefusedNaming(secretariat().post("api/points", "{}"), before,
                "kind", "name", "seats", "unitCode");
        assertTrue(vietnamese.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("message").equals("Vui lòng nhập tên điểm cầu.")), vietnamese::toString);
    }

    @Test
    void anUnknownKindIsRefusedNamingKindAndTheKindsThereAre() {
        Api api = secretariat();
        Counts before = Counts.now();
        for (String kind : List.of("ZOOM", "browser", "")) {
            String body = Fixtures.point("31600", Fixtures.unique("An Ninh")).add("kind", kind).build().toString();
            JsonObject problem = assertRefusedNaming(api.post("api/points", body), before, "kind");
            assertTrue(problem.getJsonArray("errors").getJsonObject(0).getString("message").contains("BROWSER, SIP, H323"),
                    problem::toString);
        }
    }

    @Test
    void aRoomSystemWithoutItsAddressIsRefusedNamingTheAddress() {
        Api api = secretariat();
        Counts before = Counts.now();
        String name = Fixtures.unique("Phòng họp SIP");
        assertRefusedNaming(api.post("api/points", Fixtures.point("31600", name).add("kind", "SIP").build().toString()),
                before, "sipAddress");
        assertRefusedNaming(api.post("api/points", Fixtures.point("31600", name).add("kind", "SIP")
                .add("sipAddress", "   ").build().toString()), before, "sipAddress");
        assertRefusedNaming(api.post("api/points", Fixtures.point("31600", name).add("kind", "SIP")
                .add("sipAddress", "khong co tenmien").build().toString()), before, "sipAddress");
        assertRefusedNaming(api.post("api/points", Fixtures.point("31600", name).add("kind", "H323").build().toString()),
                before, "h323Address");
    }

    @Test
    void seatsOutsideOneToTwoThousandAreRefusedNamingSeats() {
        Api api = secretariat();
        Counts before = Counts.now();
        for (int seats : new int[] {0, -5, 2001}) {
            assertRefusedNaming(api.post("api/points", Fixtures.point("31600", Fixtures.unique("Ghế"))
                    .add("seats", seats).build().toString()), before, "seats");
        }
    }

    @Test
    void anUnknownUnitIsRefusedNamingUnitCode() {
        Api api = secretariat();
        Counts before = Counts.now();
        JsonObject unknown = assertRefusedNaming(api.post("api/points",
                Fixtures.point("99999", Fixtures.unique("Không có")).build().toString()), before, "unitCode");
        assertTrue(unknown.getJsonArray("errors").getJsonObject(0).getString("message").contains("99999"));
        assertRefusedNaming(api.post("api/points", Fixtures.point("abc", Fixtures.unique("Không có")).build().toString()),
                before, "unitCode");
    }

    @Test
    void aBodyOver256KilobytesIs413AndChangesNothing() {
        Api api = secretariat();
        Counts before = Counts.now();
        byte[] big = Fixtures.point("31600", Fixtures.unique("Lớn")).add("address", "x".repeat(300 * 1024)).build()
                .toString().getBytes(StandardCharsets.UTF_8);
        Api http11 = api.overHttp11();
        JsonObject declared = assertRefused(413, http11.send("POST", "api/points", JSON,
                BodyPublishers.ofByteArray(big)), before);
        assertEquals("/problems/too-large", declared.getString("type"));
        assertEquals("Dữ liệu gửi lên vượt quá giới hạn 256 KB.", declared.getString("detail"));
        // sent in chunks, the size is only known while reading
        JsonObject streamed = assertRefused(413, http11.send("POST", "api/points", JSON,
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))), before);
        assertEquals("/problems/too-large", streamed.getString("type"));
        JsonObject update = assertRefused(413, http11.send("PUT", "api/points/1", JSON,
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))), before);
        assertEquals("/problems/too-large", update.getString("type"));
    }

    @Test
    void aBodyThatIsNotJsonByContentTypeIs415AndChangesNothing() {
        Api api = secretariat();
        Counts before = Counts.now();
        String body = Fixtures.point("31600", Fixtures.unique("Sai kiểu")).build().toString();
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            JsonObject problem = assertRefused(415, api.send("POST", "api/points", type, BodyPublishers.ofString(body)),
                    before);
            assertEquals("/problems/unsupported-media-type", problem.getString("type"));
        }
    }

    @Test
    void anUnknownPointIs404ForReadingChangingAndDeleting() {
        Api api = secretariat();
        Counts before = Counts.now();
        String change = Fixtures.point("31600", Fixtures.unique("Không có")).add("version", 1).build().toString();
        JsonObject read = assertRefused(404, api.get("api/points/987654321"), before);
        assertEquals("Không tìm thấy điểm cầu số 987654321.", read.getString("detail"));
        assertRefused(404, api.put("api/points/987654321", change), before);
        assertRefused(404, api.delete("api/points/987654321"), before);
    }

    @Test
    void aParameterThatCannotBeReadIs400NotNotFound() {
        Api api = secretariat();
        Counts before = Counts.now();
        for (String path : List.of("api/points?kind=ZOOM", "api/points?limit=abc", "api/points?offset=1.5",
                "api/points/abc", "api/points/" + "9".repeat(30))) {
            JsonObject problem = assertRefused(400, api.get(path), before);
            assertEquals("/problems/malformed", problem.getString("type"), () -> path + " -> " + problem);
        }
        assertRefused(400, api.delete("api/points/abc"), before);
        assertEquals("/problems/not-found", assertRefused(404, api.get("api/diem-cau"), before).getString("type"),
                "an address that does not exist stays 404");
    }

    @Test
    void noBadRequestGetsA500() {
        Api api = secretariat();
        Counts before = Counts.now();
        JsonObject point = Fixtures.createPoint(api, Fixtures.point("31600", Fixtures.unique("Điểm cầu An Ninh")));
        Counts afterCreate = Counts.now();
        List<Reply> replies = List.of(
                api.get("api/points?limit=0"),
                api.get("api/points?limit=100000"),
                api.get("api/points?limit=abc"),
                api.get("api/points?offset=-1"),
                api.get("api/points?kind=ZOOM"),
                api.get("api/points?unit=abc"),
                api.get("api/points?q=" + "x".repeat(101)),
                api.get("api/points/" + "9".repeat(30)),
                api.send("PATCH", "api/points/" + id(point), JSON, BodyPublishers.ofString("{}")),
                api.put("api/points/" + id(point), "{\"version\":\"mot\"}"),
                api.put("api/points/" + id(point), "{}"),
                api.post("api/points", "{\"unitCode\":31600,\"name\":[],\"seats\":{},\"kind\":1}"),
                api.post("api/points", "{\"unitCode\":\"31600\",\"name\":\"x\",\"seats\":99999999999,\"kind\":\"SIP\"}"),
                api.post("api/points", "{\"unitCode\":\"31600\",\"name\":\"x\",\"seats\":1.5,\"kind\":\"BROWSER\"}"),
                api.post("api/points", "{\"unitCode\":\"31600\",\"name\":\"x\",\"seats\":1,\"kind\":[\"SIP\"]}"),
                api.post("api/points", "{\"unitCode\":\"31600\",\"name\":\"x\",\"seats\":1,\"kind\":null,\"version\":1.5}"),
                api.post("api/points", "{\"unitCode\":\"31600\",\"name\":\"" + "x".repeat(201) + "\",\"seats\":1,"
                        + "\"kind\":\"BROWSER\",\"technicianEmail\":\"khong-phai-email\",\"technicianPhone\":\"abc\"}"));
        for (Reply reply : replies) {
            assertTrue(reply.status() >= 400 && reply.status() < 500, reply::toString);
            assertTrue(reply.isProblem(), reply::toString);
        }
        assertEquals(afterCreate, Counts.now());
        assertEquals(before.points() + 1, afterCreate.points());
    }

    @Test
    void aRefusedChangeLeavesThePointAsItWas() {
        Api api = secretariat();
        JsonObject point = Fixtures.createPoint(api, Fixtures.point("31600", Fixtures.unique("Điểm cầu An Ninh")));
        String path = "api/points/" + id(point);
        var version = point.getJsonNumber("version");
        Counts before = Counts.now();

        assertRefusedNaming(api.put(path, Fixtures.point("31600", "Không có phiên bản").build().toString()), before,
                "version");
        assertRefusedNaming(api.put(path, Fixtures.point("31603", "Sang xã khác").add("version", version).build()
                .toString()), before, "unitCode");
        assertRefusedNaming(api.put(path, Fixtures.point("31600", "SIP").add("kind", "SIP").add("version", version)
                .build().toString()), before, "sipAddress");
        assertRefusedNaming(api.put(path, Fixtures.point("31600", "Không ghế").add("seats", 0).add("version", version)
                .build().toString()), before, "seats");
        assertRefused(400, api.put(path, "{\"unitCode\":\"31600\","), before);
        assertRefused(415, api.send("PUT", path, "text/plain", BodyPublishers.ofString("{}")), before);

        assertEquals(point, api.get(path).json());
        assertEquals(1, auditEntries("CREATE", id(point)));
        assertEquals(0, auditEntries("UPDATE", id(point)));
    }

    @Test
    void twoChangesFromTheSameVersionLetTheFirstThroughAndRefuseTheSecondWith409() {
        Api api = secretariat();
        JsonObject point = Fixtures.createPoint(api, Fixtures.point("31603", Fixtures.unique("Điểm cầu Mỹ Phước")));
        String path = "api/points/" + id(point);
        var version = point.getJsonNumber("version");

        Reply first = api.put(path, Fixtures.point("31603", "Bản sửa thứ nhất").add("version", version).build().toString());
        assertEquals(200, first.status(), first::toString);
        Counts before = Counts.now();
        JsonObject conflict = assertRefused(409, api.put(path, Fixtures.point("31603", "Bản sửa thứ hai")
                .add("version", version).build().toString()), before);
        assertEquals("/problems/conflict", conflict.getString("type"));

        JsonObject now = api.get(path).json();
        assertEquals("Bản sửa thứ nhất", now.getString("name"));
        assertEquals(first.json().getJsonNumber("version"), now.getJsonNumber("version"));
        assertTrue(now.getJsonNumber("version").longValue() > version.longValue());
    }

    @Test
    void parallelChangesFromTheSameVersionLetExactlyOneThrough() {
        Api api = secretariat();
        JsonObject point = Fixtures.createPoint(api, Fixtures.point("31603", Fixtures.unique("Điểm cầu Mỹ Phước")));
        String path = "api/points/" + id(point);
        var version = point.getJsonNumber("version");

        List<Reply> replies = Parallel.run(16, i -> api.put(path, Fixtures.point("31603", "Bản sửa số " + i)
                .add("seats", 10 + i).add("version", version).build().toString()));

        Map<Integer, Long> byStatus = replies.stream().collect(Collectors.groupingBy(Reply::status, Collectors.counting()));
        assertEquals(Map.of(200, 1L, 409, 15L), byStatus, replies::toString);
        replies.stream().filter(r -> r.status() == 409).forEach(r -> assertProblem(409, r));
        JsonObject winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json();
        assertEquals(winner, api.get(path).json());
        assertEquals(1, auditEntries("UPDATE", id(point)));
    }

    @Test
    void parallelChangesFromTheSameVersionOfADefaultPointLetExactlyOneThrough() {
        Api api = secretariat();
        JsonObject point = Fixtures.createPoint(api, Fixtures.point("31618", Fixtures.unique("Điểm cầu chính"))
                .add("isDefault", true));
        String path = "api/points/" + id(point);
        var version = point.getJsonNumber("version");

        List<Reply> replies = Parallel.run(16, i -> api.put(path, Fixtures.point("31618", "Điểm cầu chính " + i)
                .add("isDefault", true).add("version", version).build().toString()));

        Map<Integer, Long> byStatus = replies.stream().collect(Collectors.groupingBy(Reply::status, Collectors.counting()));
        assertEquals(Map.of(200, 1L, 409, 15L), byStatus, replies::toString);
        assertEquals(1, auditEntries("UPDATE", id(point)));
        assertEquals(1, defaults("31618"));
    }

    @Test
    void aSecondDefaultPointTakesOverFromTheFirst() {
        Api api = secretariat();
        assertEquals(1, defaults("31606"));
        JsonObject second = Fixtures.createPoint(api, Fixtures.point("31606", Fixtures.unique("Điểm cầu chính mới"))
                .add("isDefault", true));
        assertTrue(second.getBoolean("isDefault"));
        assertEquals(1, defaults("31606"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM meeting_point WHERE id = ? AND is_default", id(second)));
    }

    @Test
    void aPointMadeDefaultByAChangeTakesOverFromTheOthers() {
        Api api = secretariat();
        JsonObject point = Fixtures.createPoint(api, Fixtures.point("31609", Fixtures.unique("Điểm cầu phụ")));
        assertEquals(false, point.getBoolean("isDefault"), "a unit that has points keeps its default");
        Reply changed = api.put("api/points/" + id(point), Fixtures.point("31609", "Điểm cầu chính")
                .add("isDefault", true).add("version", point.getJsonNumber("version")).build().toString());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(1, defaults("31609"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM meeting_point WHERE id = ? AND is_default", id(point)));
    }

    @Test
    void parallelDefaultPointsForOneUnitLeaveExactlyOneDefault() {
        Api api = secretariat();
        List<Reply> replies = Parallel.run(8, i -> api.post("api/points",
                Fixtures.point("31612", Fixtures.unique("Điểm cầu chính")).add("isDefault", true).build().toString()));
        replies.forEach(r -> assertEquals(201, r.status(), r::toString));
        assertEquals(1, defaults("31612"));
    }

    @Test
    void parallelChangesMakingDifferentPointsDefaultLeaveExactlyOneDefault() {
        Api api = secretariat();
        List<JsonObject> points = Parallel.run(6, i -> Fixtures.createPoint(api,
                Fixtures.point("31615", Fixtures.unique("Điểm cầu dự phòng"))));
        List<Reply> replies = Parallel.run(points.size(), i -> api.put("api/points/" + id(points.get(i)),
                Fixtures.point("31615", "Điểm cầu chính " + i).add("isDefault", true)
                        .add("version", points.get(i).getJsonNumber("version")).build().toString()));
        replies.forEach(r -> assertEquals(200, r.status(), r::toString));
        assertEquals(1, defaults("31615"));
    }
}
