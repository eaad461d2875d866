package vn.lienthong.scheduling.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.array;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;
import static vn.lienthong.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Api.Reply;
import vn.lienthong.testsupport.Database;
import vn.lienthong.testsupport.Deployments;
import vn.lienthong.testsupport.Fixtures;
import vn.lienthong.testsupport.Parallel;
import vn.lienthong.testsupport.ProblemAssertions;

/**
 * Booking meetings over HTTP against MariaDB with the Sóc Trăng demo data: invitation by tier, the three kinds of
 * conflict, the parallel race, recurrence, the check without booking, approval, confidentiality, changes with
 * optimistic versions, and bad input refused with nothing written. Each test books in weeks of its own.
 *
 * <p>The application runs with a bridge of {@value #BRIDGE_PORTS} ports, set the way an installation sets it
 * (MicroProfile Config): the demo province has only 12 room systems (the province and its districts; communes join
 * from the browser and hold no port), so the default of 130 ports could never be exceeded here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingsIT {

    static final int BRIDGE_PORTS = 14;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return withSmallBridge(Deployments.application());
    }

    /** The application as built, with {@code lienthong.scheduling.bridge-ports} set in its configuration. */
    static WebArchive withSmallBridge(WebArchive war) {
        String path = "WEB-INF/classes/META-INF/microprofile-config.properties";
        String settings;
        try (InputStream in = war.get(path).getAsset().openStream()) {
            settings = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(path);
        war.add(new StringAsset(settings + "\nlienthong.scheduling.bridge-ports=" + BRIDGE_PORTS + "\n"), path);
        return war;
    }

    private Api as(String username) {
        return Api.at(base).as(username);
    }

    @Test
    void theSecretariatBooksAConferenceForEveryDistrictAndCommuneOfTheProvince() {
        LocalDate day = week(0);
        String title = unique("Hội nghị trực tuyến triển khai công tác cải cách hành chính");
        var request = meeting(title, day, "08:00", "11:30")
                .add("chair", "chutich")
                .add("start", day + "T08:00") // no offset: Vietnamese time
                .add("invite", Json.createObjectBuilder().add("childrenOf", array("94"))
                        .add("allUnder", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "94").add("level", 3))));

        Reply reply = as("thuky").post("api/meetings", request.build().toString());

        assertEquals(201, reply.status(), () -> "booking: " + reply);
        JsonObject meeting = reply.json();
        long id = id(meeting);
        assertTrue(reply.header("Location").orElse("").endsWith("/api/meetings/" + id), () -> "Location of " + reply);
        assertEquals("DRAFT", meeting.getString("status"));
        assertEquals(day + "T08:00:00+07:00", meeting.getString("start"));
        assertEquals(day + "T11:30:00+07:00", meeting.getString("end"));
        assertEquals("Trần Văn Minh", meeting.getJsonObject("chair").getString("name"), "the chair's name is copied");
        assertEquals(List.of("Báo cáo tình hình", "Thảo luận"), meeting.getJsonArray("agenda")
                .getValuesAs(JsonObject.class).stream().map(a -> a.getString("title")).toList());
        assertEquals(121, meeting.getInt("invited"), "the province, its 11 districts and 109 communes");
        List<JsonObject> invitations = meeting.getJsonArray("invitations").getValuesAs(JsonObject.class);
        assertEquals(List.of(1L, 11L, 109L), List.of(1, 2, 3).stream()
                .map(level -> invitations.stream().filter(i -> i.getInt("level") == level).count()).toList());
        JsonObject hoDacKien = invitations.stream().filter(i -> i.getString("unit").equals("31570")).findFirst().orElseThrow();
        assertEquals("Xã Hồ Đắc Kiện", hoDacKien.getString("unitName"));
        assertEquals("942", hoDacKien.getString("parent"));
        assertEquals("PENDING", hoDacKien.getString("rsvp"));
        assertEquals(0, hoDacKien.getJsonArray("delegates").size());
        assertTrue(invitations.stream().allMatch(i -> i.get("point") instanceof JsonNumber),
                "every unit of the demo has a default point");
        assertEquals(121, Database.count("SELECT COUNT(*) FROM invitation WHERE meeting_id = ?", id));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Meeting'"
                + " AND entity_id = ? AND action = 'CREATE' AND actor = 'thuky'", String.valueOf(id)));
        assertEquals(200, as("xa-31570").get("api/meetings/" + id).status(), "an open meeting is read by invitees");
        assertTrue(ids(as("xa-31570").get("api/meetings?unit=31570&from=" + day + "&to=" + day)).contains(id),
                "the commune finds it in its calendar");
    }

    @Test
    void aPointInUseAndABusyChairAreReportedTogetherAsA409NamingTheOtherMeeting() {
        LocalDate day = week(1);
        Api thuky = as("thuky");
        String taken = unique("Họp giao ban huyện Châu Thành");
        JsonObject first = book(thuky, meeting(taken, day, "08:00", "10:00").add("chair", "chutich")
                .add("invite", Json.createObjectBuilder().add("childrenOf", array("942"))));

        String clashing = unique("Họp trùng giờ");
        Reply refused = thuky.post("api/meetings", meeting(clashing, day, "09:00", "11:00", "31570")
                .add("chair", "chutich").build().toString());

        JsonObject problem = assertProblem(409, refused);
        assertEquals("/problems/conflict", problem.getString("type"));
        List<JsonObject> conflicts = problem.getJsonArray("conflicts").getValuesAs(JsonObject.class);
        // POINT conflicts first (by point), then CHAIR
        assertEquals(Set.of("POINT 94", "POINT 31570"), conflicts.subList(0, 2).stream()
                .map(c -> c.getString("kind") + " " + c.getString("unit")).collect(Collectors.toSet()));
        assertEquals("CHAIR", conflicts.get(2).getString("kind"));
        assertEquals(3, conflicts.size());
        for (JsonObject conflict : conflicts) {
            assertEquals(id(first), conflict.getJsonNumber("meetingId").longValue());
            assertEquals(taken, conflict.getString("title"));
            assertEquals(day + "T08:00:00+07:00", conflict.getString("start"));
            assertEquals(day + "T10:00:00+07:00", conflict.getString("end"));
            assertEquals(day.toString(), conflict.getString("date"));
        }
        JsonObject commune = conflicts.stream().filter(c -> "31570".equals(c.getString("unit", null))).findFirst()
                .orElseThrow();
        assertEquals("Xã Hồ Đắc Kiện", commune.getString("unitName"));
        assertNotNull(commune.getJsonNumber("point"));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM meeting WHERE title = ?", clashing));

        // the host's point is needed 30 minutes before a meeting starts: 10:20 is too early, 10:30 is fine
        Reply tooEarly = thuky.post("api/meetings", meeting(unique("Họp sau"), day, "10:20", "11:00", "31498")
                .build().toString());
        assertEquals(List.of("POINT"), kinds(assertProblem(409, tooEarly)));
        assertEquals(201, thuky.post("api/meetings", meeting(unique("Họp sau"), day, "10:30", "11:00", "31498")
                .build().toString()).status());
    }

    @Test
    void theBridgeCountsOnlyRoomSystemsAndRefusesThePortBeyondItsCapacity() {
        LocalDate day = week(2);
        Api thuky = as("thuky");
        // 12 room systems (province and districts) and 106 communes in the browser: 12 ports
        JsonObject everyone = book(thuky, meeting(unique("Hội nghị toàn tỉnh"), day, "08:00", "10:00")
                .add("invite", Json.createObjectBuilder().add("childrenOf", array("94"))
                        .add("allUnder", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "94").add("level", 3)))
                        .add("exclude", array("31498", "31569", "31528"))));
        // each district has a second room with a room system; a meeting hosted there takes one more port
        JsonObject second = book(thuky, hostedIn("941", day, "31498"));
        JsonObject third = book(thuky, hostedIn("942", day, "31569"));

        Reply refused = thuky.post("api/meetings", hostedIn("943", day, "31528").build().toString());

        JsonObject problem = assertProblem(409, refused);
        List<JsonObject> conflicts = problem.getJsonArray("conflicts").getValuesAs(JsonObject.class);
        assertEquals(List.of("CAPACITY"), kinds(problem).stream().distinct().toList());
        assertEquals(Set.of(id(everyone), id(second), id(third)), conflicts.stream()
                .map(c -> c.getJsonNumber("meetingId").longValue()).collect(Collectors.toSet()));
    }

    /** A meeting of {@code district} held in a second room of the district, which has a room system. */
    private JsonObjectBuilder hostedIn(String district, LocalDate day, String commune) {
        JsonObject room = MeetingRequests.roomSystem(as("thuky"), district);
        return meeting(unique("Họp tại phòng họp thứ hai"), day, "08:00", "10:00", commune)
                .add("hostUnit", district).add("hostPoint", id(room));
    }

    @Test
    void twentyParallelIdenticalBookingsMakeExactlyOneMeeting() {
        Api thuky = as("thuky");
        String title = unique("Họp đặt cùng lúc");
        String body = meeting(title, week(3), "14:00", "16:00", "31570", "31573").add("chair", "chutich")
                .build().toString();

        List<Reply> replies = Parallel.run(20, i -> thuky.post("api/meetings", body));

        List<Reply> booked = replies.stream().filter(r -> r.status() == 201).toList();
        assertEquals(1, booked.size(), () -> "201 answers: " + replies.stream().map(Reply::status).toList());
        long id = id(booked.get(0).json());
        for (Reply reply : replies) {
            if (reply.status() != 201) {
                JsonObject problem = assertProblem(409, reply);
                assertTrue(problem.getJsonArray("conflicts").getValuesAs(JsonObject.class).stream()
                        .allMatch(c -> c.getJsonNumber("meetingId").longValue() == id), () -> "conflicts of " + reply);
            }
        }
        assertEquals(1, Database.count("SELECT COUNT(*) FROM meeting WHERE title = ?", title));
        assertEquals(3, Database.count("SELECT COUNT(*) FROM invitation WHERE meeting_id = ?", id));
    }

    @Test
    void checkingAnswersWhatBookingWouldAndWritesNothing() {
        LocalDate day = week(4);
        Api thuky = as("thuky");
        JsonObject booked = book(thuky, meeting(unique("Họp đã đặt"), day, "14:00", "15:00", "31570"));
        Counts before = Counts.now();

        JsonObject clash = thuky.post("api/meetings/check", meeting(unique("Thử"), day, "14:30", "16:00", "31570",
                "31573").build().toString()).json();
        JsonObject free = thuky.post("api/meetings/check", meeting(unique("Thử"), day, "16:00", "17:00", "31570",
                "31573").build().toString()).json();
        JsonObject ownChange = thuky.post("api/meetings/check?changing=" + id(booked), meeting(unique("Thử"), day,
                "14:30", "15:30", "31570").build().toString()).json();
        Reply invalid = thuky.post("api/meetings/check", meeting(unique("Thử"), day, "16:00", "15:00", "31570")
                .build().toString());
        Reply clerk = as("xa-31570").post("api/meetings/check", meeting(unique("Thử"), day, "16:00", "17:00", "31570")
                .build().toString());

        assertEquals(3, clash.getInt("invited"));
        assertEquals(1, clash.getInt("occurrences"));
        assertEquals(Set.of("POINT 94", "POINT 31570"), clash.getJsonArray("conflicts").getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("kind") + " " + c.getString("unit")).collect(Collectors.toSet()));
        assertEquals(2, clash.getJsonArray("conflicts").size());
        assertEquals(0, free.getJsonArray("conflicts").size());
        assertEquals(0, free.getJsonArray("withoutPoint").size());
        assertEquals(0, ownChange.getJsonArray("conflicts").size(), "a change is not checked against itself");
        assertProblem(400, invalid);
        assertProblem(403, clerk);
        assertEquals(before, Counts.now());
    }

    @Test
    void aRecurringBookingReportsTheConflictsOfEachOccurrenceWithItsDate() {
        Api thuky = as("thuky");
        LocalDate first = week(5);
        book(thuky, meeting(unique("Họp riêng tuần thứ ba"), first.plusWeeks(2), "08:00", "09:00", "31534"));
        book(thuky, meeting(unique("Họp của chủ tịch tuần thứ tư"), first.plusWeeks(3), "08:30", "09:30", "31501")
                .add("hostUnit", "941").add("chair", "chutich"));
        String title = unique("Giao ban hằng tuần");

        JsonObject problem = assertProblem(409, thuky.post("api/meetings", weekly(title, first, "08:00", "09:00")
                .build().toString()));

        assertEquals(List.of("2 " + first.plusWeeks(2) + " POINT", "3 " + first.plusWeeks(3) + " CHAIR"),
                problem.getJsonArray("conflicts").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getInt("occurrence") + " " + c.getString("date") + " " + c.getString("kind")).toList());
        assertEquals(0, Database.count("SELECT COUNT(*) FROM meeting WHERE title = ?", title));

        JsonObject series = book(thuky, weekly(title, first, "13:00", "14:00"));
        List<JsonObject> occurrences = series.getJsonArray("series").getValuesAs(JsonObject.class);
        assertEquals(List.of(first, first.plusWeeks(1), first.plusWeeks(2), first.plusWeeks(3)).stream()
                .map(d -> d + "T13:00:00+07:00").toList(), occurrences.stream().map(o -> o.getString("start")).toList());
        long seriesId = series.getJsonNumber("seriesId").longValue();
        assertEquals(4, Database.count("SELECT COUNT(*) FROM meeting WHERE series_id = ? AND title = ?", seriesId, title));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM meeting_series WHERE id = ?", seriesId));
    }

    @Test
    void meetingsBookedBelowTheProvinceWaitForTheProvincialSecretariatsApproval() {
        LocalDate day = week(9);
        Api admin = as("admin");
        String district = Fixtures.unique("tk941");
        Fixtures.createAccount(admin, district, "941", "matkhau-941", "SECRETARIAT");
        Api office = Api.at(base).as(district, "matkhau-941");
        Api thuky = as("thuky");
        String title = unique("Họp thành phố Sóc Trăng");

        JsonObject draft = book(office, hostedBy("941", title, day));
        String path = "api/meetings/" + id(draft);
        assertProblem(403, office.post("api/meetings", hostedBy("942", title, day).build().toString()));
        JsonObject submitted = office.post(path + "/submit", "{}").json();
        assertProblem(403, as("huyen-941").post(path + "/approve", "{}"));
        assertProblem(403, office.post(path + "/approve", "{}"));
        Reply queue = thuky.get("api/meetings?status=SUBMITTED&from=" + day + "&to=" + day);
        Reply approved = thuky.post(path + "/approve", "{}");

        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertTrue(ids(queue).contains(id(draft)), "the approval queue shows it");
        assertEquals(200, approved.status(), () -> "approving: " + approved);
        assertEquals("APPROVED", approved.json().getString("status"));
        assertEquals(2, approved.json().getInt("sequence"), "submitting and approving are changes");
        assertEquals("/problems/conflict", assertProblem(409, thuky.post(path + "/approve", "{}")).getString("type"));

        JsonObject province = book(thuky, meeting(unique("Họp của tỉnh"), day, "10:00", "11:00", "31570"));
        assertEquals("APPROVED", thuky.post("api/meetings/" + id(province) + "/submit", "{}").json()
                .getString("status"), "the provincial secretariat's own bookings need no approval");

        JsonObject toReject = book(office, meeting(unique("Họp bị từ chối"), day, "13:00", "14:00", "31501")
                .add("hostUnit", "941"));
        String rejectPath = "api/meetings/" + id(toReject);
        assertEquals(200, office.post(rejectPath + "/submit", "{}").status());
        assertProblem(400, thuky.post(rejectPath + "/reject", "{\"reason\": \"  \"}"));
        JsonObject rejected = thuky.post(rejectPath + "/reject", "{\"reason\": \"Trùng lịch tiếp dân\"}").json();
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("Trùng lịch tiếp dân", rejected.getString("statusReason"));

        assertProblem(400, thuky.post(path + "/cancel", "{}"));
        JsonObject cancelled = thuky.post(path + "/cancel", "{\"reason\": \"Lãnh đạo đi công tác\"}").json();
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertProblem(409, thuky.post(path + "/cancel", "{\"reason\": \"Lần nữa\"}"));
        assertEquals(201, office.post("api/meetings", hostedBy("941", title, day).build().toString()).status(),
                "a cancelled meeting frees its points");
    }

    /** A meeting of {@code unit} with the units directly under it, from 08:00 to 09:00. */
    private static JsonObjectBuilder hostedBy(String unit, String title, LocalDate day) {
        return meeting(title, day, "08:00", "09:00").add("hostUnit", unit)
                .add("invite", Json.createObjectBuilder().add("childrenOf", array(unit)));
    }

    @Test
    void aConfidentialMeetingDoesNotExistForUnitsThatAreNotInvited() {
        LocalDate day = week(10);
        String title = unique("Họp mật về công tác cán bộ");
        JsonObject secret = book(as("thuky"), meeting(title, day, "08:00", "09:00").add("confidential", true)
                .add("chair", "chutich").add("invite", Json.createObjectBuilder().add("childrenOf", array("941"))));
        String path = "api/meetings/" + id(secret);
        String period = "api/meetings?from=" + day + "&to=" + day;

        assertEquals(200, as("xa-31498").get(path).status(), "an invited commune reads it");
        assertEquals(200, as("admin").get(path).status());
        assertProblem(404, as("xa-31570").get(path));
        assertProblem(404, as("huyen-941").get(path));
        assertTrue(ids(as("xa-31498").get(period)).contains(id(secret)));
        assertFalse(ids(as("xa-31570").get(period)).contains(id(secret)), "nor is it listed");

        String office = Fixtures.unique("tk942");
        Fixtures.createAccount(as("admin"), office, "942", "matkhau-942", "SECRETARIAT");
        Reply clash = Api.at(base).as(office, "matkhau-942").post("api/meetings", meeting(unique("Họp huyện"), day,
                "08:00", "09:00", "31570").add("hostUnit", "942").add("chair", "chutich").build().toString());
        JsonObject conflict = assertProblem(409, clash).getJsonArray("conflicts").getJsonObject(0);
        assertEquals("CHAIR", conflict.getString("kind"));
        assertTrue(conflict.isNull("title"), () -> "the title of a meeting it may not see: " + conflict);
    }

    @Test
    void aChangeNeedsTheCurrentVersionAndIsCheckedAgain() {
        LocalDate day = week(11);
        Api thuky = as("thuky");
        book(thuky, meeting(unique("Họp khác"), day, "10:00", "11:00", "31531").add("hostUnit", "943"));
        String title = unique("Họp sẽ dời giờ");
        JsonObject booked = book(thuky, meeting(title, day, "08:00", "09:00", "31528"));
        String path = "api/meetings/" + id(booked);
        long version = booked.getJsonNumber("version").longValue();

        Reply changed = thuky.put(path, meeting(title + " (sửa)", day, "08:00", "09:30", "31528")
                .add("version", version).build().toString());
        Reply stale = thuky.put(path, meeting(title + " (sửa lần hai)", day, "08:00", "09:30", "31528")
                .add("version", version).build().toString());
        Reply moved = thuky.put(path, meeting(title, day, "10:00", "11:00", "31531")
                .add("version", version + 1).build().toString());

        assertEquals(200, changed.status(), () -> "changing: " + changed);
        assertEquals(version + 1, changed.json().getJsonNumber("version").longValue());
        assertEquals(1, changed.json().getInt("sequence"));
        assertEquals(day + "T09:30:00+07:00", changed.json().getString("end"));
        assertProblem(409, stale);
        assertEquals(1, Database.count("SELECT COUNT(*) FROM meeting WHERE id = ? AND title = ?", id(booked),
                title + " (sửa)"));
        assertEquals(List.of("POINT"), kinds(assertProblem(409, moved)).stream().distinct().toList());
        assertEquals(List.of("version"), ProblemAssertions.fields(assertProblem(400, thuky.put(path,
                meeting(title, day, "08:00", "09:00", "31528").build().toString()))));
        assertEquals(List.of("recurrence"), ProblemAssertions.fields(assertProblem(400, thuky.put(path,
                meeting(title, day, "08:00", "09:00", "31528").add("version", version + 1)
                        .add("recurrence", Json.createObjectBuilder().add("freq", "DAILY").add("count", 2))
                        .build().toString()))));
    }

    @Test
    void badInputGetsAClearAnswerAndNothingIsWritten() {
        LocalDate day = week(12);
        Api thuky = as("thuky");
        JsonObject existing = book(thuky, meeting(unique("Họp có sẵn"), day, "15:00", "16:00", "31570"));
        JsonObject otherUnitsRoom = MeetingRequests.roomSystem(thuky, "942");
        Counts before = Counts.now();
        String title = unique("Không được ghi");

        assertRefused(thuky, meeting(title, day, "08:00", "09:00", "99999"), "invite.units[0]");
        assertRefused(thuky, meeting(title, day, "08:00", "09:00").add("invite", Json.createObjectBuilder()), "invite");
        assertRefused(thuky, meeting(title, day, "08:00", "09:00", "31570").add("hostUnit", "99999"), "hostUnit");
        assertRefused(thuky, meeting(title, day, "09:00", "08:00", "31570"), "end");
        assertRefused(thuky, meeting(title, day, "08:00", "21:00", "31570"), "end");
        assertRefused(thuky, meeting(title, day, "08:00", "09:00", "31570").add("start", "15/12/2031 08:00"), "start");
        assertRefused(thuky, meeting(title, LocalDate.of(2020, 1, 6), "08:00", "09:00", "31570"), "start");
        assertRefused(thuky, meeting(title, LocalDate.of(2038, 3, 1), "08:00", "09:00", "31570"), "end");
        assertRefused(thuky, meeting("x".repeat(301), day, "08:00", "09:00", "31570"), "title");
        assertRefused(thuky, meeting(title, day, "08:00", "09:00", "31570").add("kind", "PARTY"), "kind");
        assertRefused(thuky, meeting(title, day, "08:00", "09:00", "31570").add("chair", "thuky"), "chair");
        assertRefused(thuky, meeting(title, day, "08:00", "09:00", "31570").add("chair", 42), "chair");
        assertRefused(thuky, meeting(title, day, "08:00", "09:00", "31570").add("hostPoint", id(otherUnitsRoom)),
                "hostPoint");
        assertRefused(thuky, meeting(title, day, "08:00", "09:00", "31570")
                .add("recurrence", Json.createObjectBuilder().add("freq", "DAILY").add("count", 101)), "recurrence.count");
        assertRefused(thuky, meeting(title, day, "08:00", "09:00", "31570").add("agenda", agenda(101)), "agenda");
        Reply huge = thuky.overHttp11().post("api/meetings", meeting(title, day, "08:00", "09:00", "31570")
                .add("agenda", agenda(10_000)).build().toString());
        assertTrue(huge.status() == 413 || huge.status() == 400, () -> "10,000 agenda items: " + huge);
        assertProblem(huge.status(), huge);
        JsonObject inEnglish = assertProblem(400, thuky.inLanguage("en").post("api/meetings",
                meeting(" ", day, "08:00", "09:00", "31570").build().toString()));
        assertEquals("Please enter the title of the meeting.",
                inEnglish.getJsonArray("errors").getJsonObject(0).getString("message"));
        assertProblem(400, thuky.post("api/meetings", "{"));
        assertProblem(400, thuky.post("api/meetings", "null"));
        assertProblem(403, as("xa-31570").post("api/meetings", meeting(title, day, "08:00", "09:00", "31570")
                .build().toString()));
        assertProblem(403, as("huyen-941").post("api/meetings/" + id(existing) + "/approve", "{}"));
        assertProblem(403, as("chutich").post("api/meetings/" + id(existing) + "/cancel", "{\"reason\": \"Không\"}"));
        assertProblem(404, thuky.get("api/meetings/987654321"));
        assertProblem(400, thuky.get("api/meetings?from=hom-nay"));
        assertProblem(400, thuky.get("api/meetings?status=DONE"));

        assertEquals(before, Counts.now());
        assertEquals(0, Database.count("SELECT COUNT(*) FROM meeting WHERE title = ?", title));
    }

    private static void assertRefused(Api api, JsonObjectBuilder request, String field) {
        Reply reply = api.post("api/meetings", request.build().toString());
        JsonObject problem = assertProblem(400, reply);
        assertTrue(ProblemAssertions.fields(problem).contains(field), () -> field + " not named by " + reply);
    }

    private static JsonArrayBuilder agenda(int items) {
        var agenda = Json.createArrayBuilder();
        for (int i = 1; i <= items; i++) {
            agenda.add(MeetingRequests.item("Mục " + i, "Sở Nội vụ", 10));
        }
        return agenda;
    }

    /** Four weekly meetings of the province with the communes 31537, chaired by chutich. */
    private static JsonObjectBuilder weekly(String title, LocalDate first, String from, String to) {
        return meeting(title, first, from, to, "31537").add("chair", "chutich")
                .add("recurrence", Json.createObjectBuilder().add("freq", "WEEKLY").add("count", 4));
    }

    private static List<String> kinds(JsonObject problem) {
        return problem.getJsonArray("conflicts").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("kind")).toList();
    }

    private static List<Long> ids(Reply page) {
        assertEquals(200, page.status(), () -> "list: " + page);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(MeetingRequests::id).toList();
    }

    /** What a refused or read-only request must leave as it was. */
    record Counts(long meetings, long invitations, long series, long auditEntries) {

        static Counts now() {
            return new Counts(Database.count("SELECT COUNT(*) FROM meeting"),
                    Database.count("SELECT COUNT(*) FROM invitation"),
                    Database.count("SELECT COUNT(*) FROM meeting_series"),
                    Database.count("SELECT COUNT(*) FROM audit_entry"));
        }
    }
}
