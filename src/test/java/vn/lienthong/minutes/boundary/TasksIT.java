package vn.lienthong.minutes.boundary;

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
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.time.LocalDate;
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

/**
 * Issue 5, conclusions become tasks, over HTTP against MariaDB: the host's office gives a conclusion's task to a
 * lead commune with a supporting one; each unit lists the tasks it leads or supports, and overdue ones apart; the
 * lead unit's clerk reports progress and closes the task, a supporting unit cannot; stale changes, deleting a task
 * with reports, unknown units and anonymous calls are refused without writing anything; the conclusion notice lists
 * the tasks per conclusion; offices count the overdue tasks per unit. Weeks 135-137 and 157 of the run (Xã Hồ Đắc
 * Kiện 31570 and Xã Phú Tâm 31573 of district 942; Thị trấn An Lạc Thôn 31531 of district 943 stands outside).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TasksIT {

    private static final LocalDate IN_TIME = LocalDate.now().plusYears(2);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api as(String username) {
        return Api.at(base).as(username);
    }

    /** A meeting of the province inviting district 942 and two of its communes, with minutes of two conclusions. */
    private long meetingWithMinutes(int week, boolean confidential) {
        long id = id(book(as("thuky"), meeting(unique("Họp giao nhiệm vụ"), week(week),
                confidential ? "14:00" : "08:00", confidential ? "16:00" : "10:00",
                "942", "31570").add("confidential", confidential)));
        JsonObjectBuilder content = Json.createObjectBuilder()
                .add("sections", Json.createArrayBuilder())
                .add("conclusions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("text", "Giao các xã rà soát hộ nghèo"))
                        .add(Json.createObjectBuilder().add("text", "Sở Tài chính cân đối vốn")));
        Reply saved = as("thuky").put("api/meetings/" + id + "/minutes",
                Json.createObjectBuilder().add("version", 0).add("content", content).build().toString());
        assertEquals(200, saved.status(), saved::toString);
        return id;
    }

    private static String task(int conclusion, String title, LocalDate deadline, String lead, String... support) {
        return Json.createObjectBuilder().add("conclusion", conclusion).add("title", title)
                .add("deadline", deadline.toString()).add("leadUnit", lead).add("supportingUnits", array(support))
                .build().toString();
    }

    private static String report(Integer percent, String note) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("note", note);
        return (percent == null ? body : body.add("percent", percent)).build().toString();
    }

    private static long tasksOf(long meeting) {
        return Database.count("SELECT COUNT(*) FROM conclusion_task WHERE meeting_id = ?", meeting);
    }

    private static Reply ok(int status, Reply reply) {
        assertEquals(status, reply.status(), () -> "answer: " + reply);
        return reply;
    }

    private static List<Long> ids(Reply page) {
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getJsonNumber("id").longValue()).toList();
    }

    private static long taskId(Reply created) {
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void theLeadUnitReportsAndClosesItsTaskWhichItsUnitsListAndASupportingUnitCannotClose() {
        long meeting = meetingWithMinutes(135, false);
        Reply created = ok(201, as("thuky").post("api/meetings/" + meeting + "/tasks",
                task(0, "Rà soát hộ nghèo trên địa bàn", IN_TIME, "31570", "31573")));
        long task = taskId(created);
        JsonObject view = created.json();
        assertTrue(created.header("Location").orElseThrow().endsWith("api/tasks/" + task));
        assertEquals("Giao các xã rà soát hộ nghèo", view.getString("conclusionText"));
        assertEquals("OPEN", view.getString("status"));
        assertEquals(List.of("31573"), view.getJsonArray("supportingUnits").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertFalse(view.getBoolean("overdue"));

        assertTrue(ids(ok(200, as("xa-31570").get("api/tasks?limit=200"))).contains(task), "the lead unit sees it");
        assertTrue(ids(ok(200, as("xa-31573").get("api/tasks?limit=200"))).contains(task), "so does the supporter");
        assertFalse(ids(ok(200, as("xa-31531").get("api/tasks?limit=200"))).contains(task), "another commune not");
        assertProblem(403, as("xa-31531").get("api/tasks?unit=31570"));
        assertTrue(ids(ok(200, as("thuky").get("api/tasks?unit=31570&status=OPEN&limit=200"))).contains(task),
                "the provincial office lists any unit's tasks");

        assertProblem(403, as("xa-31573").post("api/tasks/" + task + "/progress", report(30, "Phối hợp")));
        assertInvalid(as("xa-31570").post("api/tasks/" + task + "/progress", report(150, "Quá")), "percent");
        JsonObject reported = ok(200, as("xa-31570").post("api/tasks/" + task + "/progress",
                report(40, "Đã rà soát 4/10 ấp"))).json();
        assertEquals(40, reported.getInt("progress"));

        assertProblem(409, as("thuky").delete("api/tasks/" + task));
        assertEquals(1, tasksOf(meeting), "a task with reports is kept");

        assertProblem(403, as("xa-31573").post("api/tasks/" + task + "/done", report(null, "Xong")));
        JsonObject done = ok(200, as("xa-31570").post("api/tasks/" + task + "/done",
                report(null, "Đã hoàn thành rà soát"))).json();
        assertEquals("DONE", done.getString("status"));
        assertEquals(100, done.getInt("progress"));
        assertEquals("Đã hoàn thành rà soát", done.getString("doneNote"));
        assertFalse(done.isNull("doneAt"));
        assertProblem(409, as("xa-31570").post("api/tasks/" + task + "/done", report(null, "Lần nữa")));

        List<JsonObject> notes = ok(200, as("xa-31573").get("api/tasks/" + task)).json()
                .getJsonArray("progressNotes").getValuesAs(JsonObject.class);
        assertEquals(List.of(40, 100), notes.stream().map(n -> n.getInt("percent")).toList());
        assertEquals("xa-31570", notes.get(0).getString("author"));
        assertEquals(2, Database.count("SELECT COUNT(*) FROM conclusion_task_progress WHERE task_id = ?", task),
                "refused reports wrote nothing");
        assertEquals(3, Database.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Task'"
                + " AND entity_id = ?", String.valueOf(task)));
    }

    @Test
    void overdueTasksAreListedApartAndTheConclusionNoticeGroupsTasksPerConclusion() {
        long meeting = meetingWithMinutes(136, false);
        // a late assignment is recorded with the deadline it had: it is overdue at once
        long late = taskId(ok(201, as("thuky").post("api/meetings/" + meeting + "/tasks",
                task(0, "Báo cáo quý trước", LocalDate.now().minusDays(3), "31570"))));
        long inTime = taskId(ok(201, as("thuky").post("api/meetings/" + meeting + "/tasks",
                task(0, "Báo cáo quý này", IN_TIME, "31570", "31573"))));

        Api clerk = as("xa-31570");
        List<Long> overdue = ids(ok(200, clerk.get("api/tasks?overdue=true&limit=200")));
        assertTrue(overdue.contains(late) && !overdue.contains(inTime), overdue::toString);
        List<Long> notOverdue = ids(ok(200, clerk.get("api/tasks?overdue=false&limit=200")));
        assertTrue(notOverdue.contains(inTime) && !notOverdue.contains(late), notOverdue::toString);
        assertTrue(ok(200, clerk.get("api/tasks/" + late)).json().getBoolean("overdue"));
        // a filter that cannot be read is refused, not taken for "false"
        assertInvalid(clerk.get("api/tasks?overdue=yes"), "overdue");
        assertInvalid(clerk.get("api/tasks?limit=201"), "limit");
        List<Long> province = ids(ok(200, as("thuky").get("api/tasks?overdue=true&limit=200")));
        assertTrue(province.contains(late), "the province sees every unit's overdue tasks");

        ok(200, clerk.post("api/tasks/" + late + "/done", report(null, "Nộp muộn")));
        assertFalse(ids(ok(200, clerk.get("api/tasks?overdue=true&limit=200"))).contains(late),
                "a task done late is no longer overdue");

        JsonObject notice = ok(200, as("xa-31573").get("api/meetings/" + meeting + "/conclusions")).json();
        List<JsonObject> conclusions = notice.getJsonArray("conclusions").getValuesAs(JsonObject.class);
        assertEquals(List.of("Giao các xã rà soát hộ nghèo", "Sở Tài chính cân đối vốn"),
                conclusions.stream().map(c -> c.getString("text")).toList());
        assertEquals(List.of(late, inTime), conclusions.get(0).getJsonArray("tasks").getValuesAs(JsonObject.class)
                .stream().map(t -> t.getJsonNumber("id").longValue()).toList());
        assertTrue(conclusions.get(1).getJsonArray("tasks").isEmpty());
        assertEquals(2, ok(200, as("xa-31531").get("api/meetings/" + meeting + "/tasks")).structure()
                .asJsonArray().size(), "an open meeting's tasks are read by every signed-in user");
    }

    private static Map<String, JsonObject> overdueByUnit(Api api) {
        return ok(200, api.get("api/tasks/overdue-by-unit")).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(c -> c.getString("unit"), c -> c));
    }

    private static long counted(Map<String, JsonObject> counts, String unit, String which) {
        return counts.containsKey(unit) ? counts.get(unit).getJsonNumber(which).longValue() : 0;
    }

    @Test
    void overdueTasksAreCountedPerUnitForTheOfficeThatFollowsThemUp() {
        long meeting = meetingWithMinutes(157, false);
        Map<String, JsonObject> before = overdueByUnit(as("thuky"));
        ok(201, as("thuky").post("api/meetings/" + meeting + "/tasks",
                task(0, "Báo cáo rà soát quá hạn", LocalDate.now().minusDays(5), "31570", "31573", "31531")));
        long done = taskId(ok(201, as("thuky").post("api/meetings/" + meeting + "/tasks",
                task(1, "Việc quá hạn đã xong", LocalDate.now().minusDays(5), "31570"))));
        ok(201, as("thuky").post("api/meetings/" + meeting + "/tasks",
                task(1, "Việc còn hạn", IN_TIME, "31570", "31573")));
        ok(200, as("xa-31570").post("api/tasks/" + done + "/done", report(null, "Xong muộn")));

        Map<String, JsonObject> province = overdueByUnit(as("thuky"));
        assertEquals(counted(before, "31570", "leading") + 1, counted(province, "31570", "leading"), "only the open"
                + " overdue task counts");
        assertEquals(counted(before, "31573", "supporting") + 1, counted(province, "31573", "supporting"));
        assertEquals(counted(before, "31531", "supporting") + 1, counted(province, "31531", "supporting"));
        assertEquals("Xã Hồ Đắc Kiện", province.get("31570").getString("unitName"));
        List<Long> leading = province.values().stream().map(c -> c.getJsonNumber("leading").longValue()).toList();
        List<Long> order = ok(200, as("thuky").get("api/tasks/overdue-by-unit")).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(c -> c.getJsonNumber("leading").longValue()).toList();
        assertEquals(leading.stream().sorted(java.util.Comparator.reverseOrder()).toList(), order,
                "the units leading the most overdue tasks come first");

        assertEquals(List.of("31570"), List.copyOf(overdueByUnit(as("xa-31570")).keySet()), "a commune sees its own");
        String office = Fixtures.unique("vp942");
        Fixtures.createAccount(as("admin"), office, "942", "demo12345", "SECRETARIAT");
        Map<String, JsonObject> district = overdueByUnit(Api.at(base).as(office, "demo12345"));
        assertTrue(district.keySet().containsAll(List.of("31570", "31573")), district::toString);
        assertFalse(district.containsKey("31531"), "a commune of another district is not the district's to follow");
        assertFalse(district.containsKey("94"), district::toString);
        assertProblem(401, Api.at(base).get("api/tasks/overdue-by-unit"));
    }

    @Test
    void refusedAssignmentsAndChangesWriteNothing() {
        long meeting = meetingWithMinutes(137, false);
        String tasks = "api/meetings/" + meeting + "/tasks";
        Api office = as("thuky");

        assertInvalid(office.post(tasks, task(0, "Việc", IN_TIME, "99999")), "leadUnit");
        assertInvalid(office.post(tasks, task(0, "Việc", IN_TIME, "31570", "31573", "00000")), "supportingUnits[1]");
        assertInvalid(office.post(tasks, task(5, "Việc", IN_TIME, "31570")), "conclusion");
        assertInvalid(office.post(tasks, task(0, " ", IN_TIME, "31570")), "title");
        assertInvalid(office.post(tasks, "{\"conclusion\":0,\"title\":\"Việc\",\"deadline\":\"31/12/2030\","
                + "\"leadUnit\":\"31570\"}"), "deadline");
        assertProblem(403, as("xa-31570").post(tasks, task(0, "Việc", IN_TIME, "31570")));
        assertProblem(401, Api.at(base).post(tasks, task(0, "Việc", IN_TIME, "31570")));
        assertProblem(401, Api.at(base).get("api/tasks"));
        assertEquals(0, tasksOf(meeting));

        JsonObject created = ok(201, office.post(tasks, task(1, "Cân đối vốn", IN_TIME, "31570"))).json();
        long task = created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();
        JsonObject changed = ok(200, office.put("api/tasks/" + task, Json.createObjectBuilder().add("version", version)
                .add("title", "Cân đối vốn đợt 2").add("deadline", IN_TIME.plusDays(10).toString())
                .add("leadUnit", "31573").add("supportingUnits", array("31570")).build().toString())).json();
        assertEquals(version + 1, changed.getJsonNumber("version").longValue());
        assertEquals("31573", changed.getString("leadUnit"));
        JsonObject stale = assertProblem(409, office.put("api/tasks/" + task, Json.createObjectBuilder()
                .add("version", version).add("title", "Bản cũ").add("deadline", IN_TIME.toString())
                .add("leadUnit", "31570").build().toString()));
        assertTrue(stale.getString("detail").contains(String.valueOf(version + 1)), stale::toString);
        assertEquals("Cân đối vốn đợt 2", ok(200, office.get("api/tasks/" + task)).json().getString("title"));

        ok(204, office.delete("api/tasks/" + task));
        assertEquals(0, tasksOf(meeting), "a task without reports is deleted");
        assertProblem(404, office.get("api/tasks/" + task));
    }

    @Test
    void aConfidentialMeetingsTasksGoOnlyToItsUnitsAndStayHiddenFromOthers() {
        long meeting = meetingWithMinutes(137, true);
        String tasks = "api/meetings/" + meeting + "/tasks";
        assertInvalid(as("thuky").post(tasks, task(0, "Việc mật", IN_TIME, "31570", "31573")), "supportingUnits[0]");
        assertEquals(0, tasksOf(meeting));
        long task = taskId(ok(201, as("thuky").post(tasks, task(0, "Việc mật", IN_TIME, "31570"))));

        assertEquals(200, as("xa-31570").get("api/tasks/" + task).status(), "the invited lead unit reads it");
        assertProblem(404, as("xa-31573").get("api/tasks/" + task));
        assertProblem(404, as("xa-31573").get(tasks));
        assertProblem(404, as("xa-31573").get("api/meetings/" + meeting + "/conclusions"));
        assertProblem(404, as("xa-31573").post("api/tasks/" + task + "/progress", report(10, "x")));
    }
}
