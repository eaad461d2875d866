package vn.lienthong.live.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;
import static vn.lienthong.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Api.Reply;
import vn.lienthong.testsupport.Browser;
import vn.lienthong.testsupport.Database;
import vn.lienthong.testsupport.Deployments;
import vn.lienthong.testsupport.PdfDocuments;

/**
 * Issue 4, the roll call with times, against MariaDB: every join and leave of a point (the join page's heartbeat
 * and the offline sweep, a SIP/H.323 integration's REST call) and every check-in and check-out of a delegate is a
 * stay with its times, kept after the meeting ends, added up per unit in the snapshot and written into the CSV and
 * the PDF; the acts of the meeting are in the audit log under the meeting. Issue 5, minutes: the attendance of the
 * minutes of a meeting held live comes from its roll call. Weeks 173 and 174 of the run (province host, district
 * 942, Xã Hồ Đắc Kiện 31570).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RollCallIT {

    private static final String COMMUNE = "31570";
    private static final String DISTRICT = "942";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api as(String username) {
        return Api.at(base).as(username);
    }

    private static Reply ok(int status, Reply reply) {
        assertEquals(status, reply.status(), () -> "answer: " + reply);
        return reply;
    }

    /** A meeting of the province chaired by chutich inviting 942 and 31570, which sends two delegates. */
    private long meetingWithCommune(int week, String from, String to) {
        long id = id(book(as("thuky"), meeting(unique("Họp có điểm danh"), week(week), from, to, DISTRICT, COMMUNE)
                .add("chair", "chutich")));
        ok(200, as("thuky").post("api/meetings/" + id + "/submit", "{}"));
        ok(200, as("xa-" + COMMUNE).post("api/meetings/" + id + "/rsvp", Json.createObjectBuilder()
                .add("unit", COMMUNE).add("answer", "ATTENDING")
                .add("delegates", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "Nguyễn Văn Tư").add("position", "Chủ tịch UBND xã"))
                        .add(Json.createObjectBuilder().add("name", "Lê Thị Sáu").add("position", "Công chức Văn phòng")))
                .build().toString()));
        return id;
    }

    private JsonObject snapshot(long id) {
        return ok(200, as("thuky").get("api/meetings/" + id + "/live")).json().getJsonObject("data");
    }

    private static Map<String, JsonObject> byUnit(JsonObject data, String list) {
        var items = "points".equals(list) ? data.getJsonArray("points")
                : data.getJsonObject("rollCall").getJsonArray("units");
        return items.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(u -> u.getString("unit"), Function.identity()));
    }

    @Test
    void everyJoinLeaveCheckInAndCheckOutIsAStayKeptAfterTheEndAndAddedUpInTheSnapshotTheCsvAndThePdf()
            throws InterruptedException {
        long id = meetingWithCommune(173, "08:00", "10:00");
        String live = "api/meetings/" + id + "/";
        Map<String, JsonObject> points = byUnit(snapshot(id), "points");
        long districtPoint = points.get(DISTRICT).getJsonNumber("pointId").longValue();
        ok(200, as("thuky").post(live + "live/start", "{}"));

        // the district's point is a SIP/H.323 room: its integration reports it joining, leaving and joining again
        String connection = live + "points/" + districtPoint + "/connection";
        ok(200, as("thuky").put(connection, "{\"status\":\"ONLINE\"}"));
        ok(200, as("thuky").put(connection, "{\"status\":\"OFFLINE\"}"));
        ok(200, as("thuky").put(connection, "{\"status\":\"ONLINE\"}"));

        // the commune's join page beats once and goes away: the sweep takes it offline as of its last heartbeat
        try (LiveClient commune = LiveClient.open(Api.at(base).base(), id, as("xa-" + COMMUNE).token(), null)) {
            commune.next();
            commune.send("{\"type\":\"heartbeat\"}");
            JsonObject joined;
            do {
                joined = commune.next();
            } while (!"attendance".equals(joined.getString("type")));
        }
        JsonObject communePoint;
        long deadline = System.nanoTime() + 60_000_000_000L;
        do {
            Thread.sleep(1000);
            communePoint = byUnit(snapshot(id), "points").get(COMMUNE);
        } while ("ONLINE".equals(communePoint.getString("connection")) && System.nanoTime() < deadline);
        assertEquals("OFFLINE", communePoint.getString("connection"), "the sweep took the silent page offline");

        // delegates: one marked present, then absent; the other checks in and out, and cannot check out twice
        String delegates = live + "attendance/" + COMMUNE + "/delegates/";
        ok(200, as("thuky").put(delegates + "0", "{\"state\":\"PRESENT_ROOM\"}"));
        ok(200, as("thuky").post(delegates + "1/check-in", "{}"));
        ok(200, as("thuky").post(delegates + "1/check-in", "{}"));
        ok(200, as("thuky").post(delegates + "1/check-out", "{}"));
        assertProblem(409, as("thuky").post(delegates + "1/check-out", "{}"));
        assertProblem(403, as("xa-" + COMMUNE).post(delegates + "1/check-in", "{}"));
        assertProblem(404, as("thuky").post(delegates + "7/check-in", "{}"));
        ok(200, as("thuky").put(delegates + "0", "{\"state\":\"ABSENT\",\"reason\":\"Về sớm giải quyết việc gấp\"}"));
        ok(200, as("thuky").put(delegates + "1", "{\"state\":\"PRESENT_ROOM\"}"));

        // hands, floor, a vote with a ballot: the acts the audit log keeps
        ok(200, as("thuky").put(live + "attendance/" + COMMUNE, "{\"state\":\"PRESENT_ROOM\"}"));
        ok(200, as("xa-" + COMMUNE).post(live + "hands", "{\"topic\":\"Kiến nghị về đường giao thông\"}"));
        ok(200, as("thuky").delete(live + "hands/" + COMMUNE));
        ok(200, as("thuky").post(live + "floor", "{\"unit\":\"" + COMMUNE + "\"}"));
        ok(200, as("thuky").delete(live + "floor"));
        long vote = ok(201, as("thuky").post(live + "votes", "{\"question\":\"Thông qua kế hoạch?\","
                + "\"options\":[\"Đồng ý\",\"Không đồng ý\"]}")).json().getJsonNumber("id").longValue();
        ok(200, as("xa-" + COMMUNE).post(live + "votes/" + vote + "/ballots", "{\"option\":0}"));
        ok(200, as("thuky").post(live + "votes/" + vote + "/close", "{}"));
        ok(200, as("thuky").post(live + "live/end", "{}"));

        assertEquals(3, Database.count("SELECT COUNT(*) FROM live_presence WHERE meeting_id = ?", id),
                "two stays of the district's point, one of the commune's: kept after the end");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM live_presence WHERE meeting_id = ? AND left_at IS NULL",
                id), "the end closed the stay still open");
        assertEquals(3, Database.count("SELECT COUNT(*) FROM live_person_presence WHERE meeting_id = ?", id));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM live_person_presence WHERE meeting_id = ?"
                + " AND checked_out_at IS NULL", id));

        JsonObject data = snapshot(id);
        Map<String, JsonObject> units = byUnit(data, "units");
        JsonObject district = units.get(DISTRICT).getJsonObject("presence");
        assertEquals(2, district.getJsonArray("stays").size());
        assertEquals(district.getJsonArray("stays").getJsonObject(0).getString("from"),
                district.getString("firstJoined"));
        assertEquals(district.getJsonArray("stays").getJsonObject(1).getString("to"), district.getString("lastLeft"));
        assertFalse(district.getBoolean("in"));
        assertTrue(district.getJsonNumber("seconds").longValue() >= 0);
        JsonObject commune = units.get(COMMUNE).getJsonObject("presence");
        communePoint = byUnit(data, "points").get(COMMUNE);
        assertEquals(Instant.parse(communePoint.getString("lastSeen")),
                Instant.parse(commune.getJsonArray("stays").getJsonObject(0).getString("to")),
                "the page left at its last heartbeat, not when the sweep noticed");
        List<JsonObject> named = units.get(COMMUNE).getJsonArray("delegates").getValuesAs(JsonObject.class);
        assertEquals(1, named.get(0).getJsonObject("presence").getJsonArray("stays").size());
        assertEquals("ABSENT", named.get(0).getString("state"));
        assertEquals(2, named.get(1).getJsonObject("presence").getJsonArray("stays").size(),
                "checked in and out, then marked present again until the end");
        assertEquals("PRESENT_ROOM", named.get(1).getString("state"));

        String csv = new String(as("thuky").download(live + "attendance.csv").bytes(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"Mã đơn vị\""), csv);
        assertTrue(csv.contains("\"Vào lần đầu\",\"Rời lần cuối\",\"Tổng thời gian trực tuyến\",\"Đại biểu vào - ra\""),
                csv);
        String districtLine = csv.lines().filter(l -> l.startsWith("\"" + DISTRICT + "\"")).findFirst().orElseThrow();
        assertTrue(districtLine.matches(".*\"\\d\\d:\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}\",\"\\d\\d:\\d\\d:\\d\\d"
                + " \\d\\d/\\d\\d/\\d{4}\",\"\\d+:\\d\\d:\\d\\d\",\"\"$"), districtLine);
        String communeLine = csv.lines().filter(l -> l.startsWith("\"" + COMMUNE + "\"")).findFirst().orElseThrow();
        assertTrue(communeLine.contains("Lê Thị Sáu, Công chức Văn phòng: "), communeLine);

        Api.Download pdf = as("thuky").download(live + "attendance.pdf");
        assertEquals(200, pdf.status(), pdf.reply()::toString);
        assertEquals("application/pdf", pdf.reply().contentType());
        assertEquals("attachment; filename=\"Danh sach diem danh cuoc hop " + id + ".pdf\"; filename*=UTF-8''"
                        + "Danh%20s%C3%A1ch%20%C4%91i%E1%BB%83m%20danh%20cu%E1%BB%99c%20h%E1%BB%8Dp%20" + id + ".pdf",
                pdf.reply().header("Content-Disposition").orElseThrow());
        String text = Normalizer.normalize(PdfDocuments.flatText(pdf.bytes()), Normalizer.Form.NFC);
        assertTrue(text.contains("DANH SÁCH ĐIỂM DANH"), text);
        assertTrue(text.contains("ỦY BAN NHÂN DÂN"), text);
        assertTrue(text.contains("Họp có điểm danh"), text);
        assertTrue(text.contains(units.get(DISTRICT).getString("unitName")), text);
        assertTrue(text.contains("Nguyễn Văn Tư, Chủ tịch UBND xã (Vắng: Về sớm giải quyết việc gấp)"), text);
        assertFalse(text.contains("chưa kết thúc"), text);
        assertProblem(401, Api.at(base).get(live + "attendance.pdf"));

        JsonObject audit = ok(200, as("admin").get("api/audit?entityType=LiveMeeting&entityId=" + id + "&limit=100"))
                .json();
        List<JsonObject> entries = audit.getJsonArray("items").getValuesAs(JsonObject.class);
        List<String> actions = entries.stream().map(e -> e.getString("action")).toList();
        for (String action : List.of("START_MEETING", "END_MEETING", "RAISE_HAND", "LOWER_HAND", "GRANT_FLOOR",
                "END_FLOOR", "OPEN_VOTE", "CAST_BALLOT", "CLOSE_VOTE", "ROLL_CALL", "CHECK_IN", "CHECK_OUT")) {
            assertTrue(actions.contains(action), () -> action + " in " + actions);
        }
        assertEquals(1, actions.stream().filter("CHECK_IN"::equals).count(), "the second check-in changed nothing");
        JsonObject hand = entries.stream().filter(e -> "RAISE_HAND".equals(e.getString("action"))).findFirst()
                .orElseThrow();
        assertEquals("xa-" + COMMUNE, hand.getString("actor"));
        assertEquals(COMMUNE, hand.getString("actorUnit"));
        assertEquals(COMMUNE, hand.getJsonObject("after").getString("unit"));
        assertTrue(hand.getJsonObject("after").getString("meeting").startsWith("Họp có điểm danh"));
        assertEquals("Kiến nghị về đường giao thông", hand.getJsonObject("after").getString("topic"));
        JsonObject ballot = entries.stream().filter(e -> "CAST_BALLOT".equals(e.getString("action"))).findFirst()
                .orElseThrow();
        assertEquals("Đồng ý", ballot.getJsonObject("after").getString("option"));
        JsonObject absence = entries.stream().filter(e -> "ROLL_CALL".equals(e.getString("action"))
                && e.getJsonObject("after").containsKey("reason")).findFirst().orElseThrow();
        assertEquals("PRESENT_ROOM", absence.getJsonObject("before").getString("state"));
        assertEquals("Nguyễn Văn Tư", absence.getJsonObject("after").getString("delegate"));
    }

    @Test
    void theMinutesOfAMeetingHeldLiveTakeTheirAttendanceFromTheRollCall() {
        long held = meetingWithCommune(174, "08:00", "10:00");
        long notHeld = meetingWithCommune(174, "14:00", "16:00");
        String live = "api/meetings/" + held + "/";
        String minutes = live + "minutes";
        ok(200, as("thuky").post(live + "live/start", "{}"));
        ok(200, as("thuky").put(live + "attendance/" + DISTRICT, "{\"state\":\"ABSENT\",\"reason\":\"Trùng lịch"
                + " tiếp công dân\"}"));
        ok(200, as("thuky").put(live + "attendance/" + COMMUNE, "{\"state\":\"REPRESENTED\","
                + "\"representedBy\":\"Trần Thị Năm, Phó Chủ tịch UBND xã\"}"));
        ok(200, as("thuky").post(live + "live/end", "{}"));

        JsonObject template = ok(200, as("thuky").get(minutes)).json();
        assertEquals(0, template.getInt("version"));
        assertTrue(template.getBoolean("rollCall"));
        Map<String, JsonObject> attendance = attendance(template);
        JsonObject district = attendance.get(DISTRICT);
        assertFalse(district.getBoolean("present"));
        assertEquals("Trùng lịch tiếp công dân", district.getString("reason"));
        JsonObject commune = attendance.get(COMMUNE);
        assertTrue(commune.getBoolean("present"));
        assertTrue(commune.getBoolean("expected"));
        assertEquals("REPRESENTED", commune.getString("presence"));
        assertEquals("Trần Thị Năm, Phó Chủ tịch UBND xã", commune.getString("representedBy"));
        assertEquals(2, commune.getJsonArray("delegates").size());
        JsonObject host = attendance.values().stream().filter(a -> !a.getString("unitCode").equals(DISTRICT)
                && !a.getString("unitCode").equals(COMMUNE)).findFirst().orElseThrow();
        assertTrue(host.getBoolean("expected"), "the host is expected");
        assertFalse(host.getBoolean("present"), "no one marked the host present");

        // a draft written by hand, then the attendance taken from the roll call again: the rest stays
        JsonObject written = Json.createObjectBuilder(template.getJsonObject("content"))
                .add("attendance", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("unitCode", COMMUNE).add("unitName", "Xã Hồ Đắc Kiện").add("present", false)))
                .add("conclusions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("text", "<p>Giao xã rà soát hồ sơ.</p>"))).build();
        ok(200, as("thuky").put(minutes, Json.createObjectBuilder().add("version", 0).add("content", written)
                .build().toString()));
        assertProblem(403, as("xa-" + COMMUNE).post(minutes + "/attendance/from-roll-call?version=1", "{}"));
        assertProblem(409, as("thuky").post(minutes + "/attendance/from-roll-call?version=0", "{}"));
        assertProblem(400, as("thuky").post(minutes + "/attendance/from-roll-call", "{}"));
        JsonObject filled = ok(200, as("thuky").post(minutes + "/attendance/from-roll-call?version=1", "{}")).json();
        assertEquals(2, filled.getInt("version"));
        assertEquals(3, filled.getJsonObject("content").getJsonArray("attendance").size());
        assertEquals("REPRESENTED", attendance(filled).get(COMMUNE).getString("presence"));
        assertEquals("<p>Giao xã rà soát hồ sơ.</p>", filled.getJsonObject("content").getJsonArray("conclusions")
                .getJsonObject(0).getString("text"));

        // a meeting never held live: the attendance stays as the invitations have it
        JsonObject plain = ok(200, as("thuky").get("api/meetings/" + notHeld + "/minutes")).json();
        assertFalse(plain.getBoolean("rollCall"));
        JsonObject invited = attendance(plain).get(COMMUNE);
        assertFalse(invited.containsKey("present"));
        assertFalse(invited.containsKey("expected"));
        assertNotNull(invited.getString("rsvp"));
        assertProblem(409, as("thuky").post("api/meetings/" + notHeld + "/minutes/attendance/from-roll-call?version=0",
                "{}"));
    }

    @Test
    void theSecretariatTakesTheAttendanceFromTheRollCallInTheEditorAndTheAuditPageReadsTheMeetingsActs() {
        long id = meetingWithCommune(174, "10:30", "12:00");
        String live = "api/meetings/" + id + "/";
        ok(200, as("thuky").post(live + "live/start", "{}"));
        ok(200, as("thuky").put(live + "attendance/" + COMMUNE, "{\"state\":\"REPRESENTED\","
                + "\"representedBy\":\"Trần Thị Năm\"}"));
        ok(200, as("thuky").post(live + "live/end", "{}"));
        try (Browser browser = Browser.open(1366, 768)) {
            WebDriver page = browser.driver();
            browser.signIn(base, "thuky");
            page.get(base + "#/meetings/" + id + "/minutes");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("attendance-from-roll-call")))
                    .click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.id("save-state"), "data-version", "1"));
            WebElement row = page.findElement(By.cssSelector("#minutes-attendance tr[data-unit='" + COMMUNE + "']"));
            assertTrue(row.getText().contains("có người dự thay; người dự thay: Trần Thị Năm"), row.getText());
            assertEquals(1, ok(200, as("thuky").get(live + "minutes")).json().getInt("version"));
            browser.screenshot("minutes-from-roll-call-1366x768");
        }
        try (Browser browser = Browser.open(1366, 768)) {
            WebDriver page = browser.driver();
            browser.signIn(base, "admin");
            // the newest entries are this meeting's: its acts, then the minutes' version
            page.get(base + "#/admin/audit");
            WebElement started = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//table[contains(@class,'audit-table')]//tr[.//span[text()='Bắt đầu cuộc họp']]")));
            assertTrue(started.getText().contains("Cuộc họp trực tuyến"), started.getText());
            assertTrue(started.getText().contains("Họp có điểm danh"), started.getText());
            WebElement rollCall = page.findElement(By.xpath(
                    "//table[contains(@class,'audit-table')]//tr[.//span[text()='Điểm danh']]"));
            assertTrue(rollCall.getText().contains("Xã Hồ Đắc Kiện"), rollCall.getText());
            rollCall.findElement(By.cssSelector("button[aria-expanded]")).click();
            WebElement details = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("tr.detail-row:not([hidden])")));
            assertTrue(details.getText().contains("Người dự thay"), details.getText());
            browser.screenshot("audit-live-meeting-1366x768");
        }
    }

    private static Map<String, JsonObject> attendance(JsonObject minutes) {
        return minutes.getJsonObject("content").getJsonArray("attendance").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getString("unitCode"), Function.identity()));
    }
}
