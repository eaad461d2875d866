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
import static vn.lienthong.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
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
 * Issue 3, point 8 (calendar) over HTTP against MariaDB with the Sóc Trăng demo data: the invitation file of a
 * meeting through its changes and its cancellation, read back with ical4j, its confidentiality, and a commune's
 * subscription feed behind a secret link, from creation to revocation. Each test books in weeks 60-65 of the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarIT {

    /** Xã Hồ Đắc Kiện, a commune of Huyện Châu Thành (942); its clerk is xa-31570. */
    private static final String HO_DAC_KIEN = "31570";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api as(String username) {
        return Api.at(base).as(username);
    }

    /** A meeting of the province for the communes of Huyện Châu Thành, chaired by a person without an account. */
    private static JsonObjectBuilder communesOfChauThanh(String title, LocalDate day, String from, String to) {
        return meeting(title, day, from, to)
                .add("invite", Json.createObjectBuilder().add("childrenOf", array("942")));
    }

    private static Calendar calendar(Reply reply) {
        assertEquals(200, reply.status(), () -> "calendar: " + reply);
        assertTrue(reply.contentType().startsWith("text/calendar"), () -> "content type of " + reply);
        try {
            return new CalendarBuilder().build(new StringReader(reply.body()));
        } catch (IOException | ParserException e) {
            throw new AssertionError("not iCalendar: " + reply.body(), e);
        }
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size(), () -> "events of " + calendar);
        return events.get(0);
    }

    private static Optional<String> value(PropertyListAccessor component, String property) {
        return component.getProperty(property).map(Property::getValue);
    }

    private static Optional<VEvent> event(Calendar calendar, long meeting) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> value(e, Property.UID).orElse("").equals("meeting-" + meeting + "@lienthong"))
                .findFirst();
    }

    @Test
    void theInvitationKeepsItsUidCountsChangesAndIsCancelledWithTheMeeting() {
        LocalDate day = week(60);
        String title = unique("Hội nghị trực tuyến sơ kết công tác chuyển đổi số");
        Api secretariat = as("thuky");
        JsonObject booked = book(secretariat, communesOfChauThanh(title, day, "08:00", "10:00"));
        long id = id(booked);
        String path = "api/meetings/" + id + "/invite.ics";

        Reply first = secretariat.get(path);
        Calendar invitation = calendar(first);
        Calendar again = calendar(secretariat.get(path));

        assertTrue(first.header("Content-Disposition").orElse("").matches("attachment; filename=\"?[\\w.-]+\\.ics\"?"),
                () -> "disposition of " + first);
        assertEquals(Optional.of("REQUEST"), value(invitation, Property.METHOD));
        assertEquals(Optional.of("2.0"), value(invitation, Property.VERSION));
        assertTrue(value(invitation, Property.PRODID).isPresent());
        VEvent event = onlyEvent(invitation);
        assertEquals(Optional.of("meeting-" + id + "@lienthong"), value(event, Property.UID));
        assertEquals(value(event, Property.UID), value(onlyEvent(again), Property.UID), "the same UID every time");
        assertEquals(Optional.of(title), value(event, Property.SUMMARY), "Vietnamese diacritics intact");
        assertEquals(OffsetDateTime.parse(booked.getString("start")).toInstant(),
                Instant.from(event.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow().getDate()));
        assertEquals(Optional.of(String.valueOf(booked.getInt("sequence"))), value(event, Property.SEQUENCE));
        assertEquals(Optional.of(base + "#/meetings/" + id), value(event, Property.URL));
        assertTrue(value(event, Property.DESCRIPTION).orElse("").contains("Báo cáo tình hình"));
        assertTrue(value(event, Property.DESCRIPTION).orElse("").contains("Lê Văn Thử"), "the chair is named");
        assertTrue(value(event, Property.LOCATION).isPresent(), "the host's meeting point");
        assertTrue(value(event, Property.ORGANIZER).isPresent());
        assertTrue(value(event, Property.DTSTAMP).isPresent());

        Reply changed = secretariat.put("api/meetings/" + id, communesOfChauThanh(title, day, "08:00", "10:30")
                .add("version", booked.getJsonNumber("version").longValue()).build().toString());
        assertEquals(200, changed.status(), () -> "change: " + changed);
        VEvent afterChange = onlyEvent(calendar(secretariat.get(path)));
        int before = Integer.parseInt(value(event, Property.SEQUENCE).orElseThrow());
        int after = Integer.parseInt(value(afterChange, Property.SEQUENCE).orElseThrow());
        assertTrue(after > before, () -> "SEQUENCE " + before + " -> " + after);
        assertEquals(value(event, Property.UID), value(afterChange, Property.UID));

        assertEquals(200, secretariat.post("api/meetings/" + id + "/cancel", "{\"reason\": \"Hoãn do bão\"}")
                .status());
        Calendar cancellation = calendar(as("xa-31570").get(path));
        assertEquals(Optional.of("CANCEL"), value(cancellation, Property.METHOD));
        VEvent cancelled = onlyEvent(cancellation);
        assertEquals(Optional.of("CANCELLED"), value(cancelled, Property.STATUS));
        assertEquals(value(event, Property.UID), value(cancelled, Property.UID));
        assertTrue(Integer.parseInt(value(cancelled, Property.SEQUENCE).orElseThrow()) > after);
    }

    @Test
    void aConfidentialMeetingsInvitationDoesNotExistForAUnitNotInvited() {
        long id = id(book(as("thuky"), meeting(unique("Họp bàn công tác nhân sự"), week(61), "14:00", "15:00",
                HO_DAC_KIEN).add("confidential", true)));
        String path = "api/meetings/" + id + "/invite.ics";

        assertEquals(200, as("xa-31570").get(path).status());
        assertEquals("/problems/not-found", assertProblem(404, as("xa-31531").get(path)).getString("type"));
        assertProblem(401, Api.at(base).get(path));
    }

    @Test
    void aCommunesClerkSubscribesToItsFeedWithoutSigningInAndRevokesIt() {
        Api secretariat = as("thuky");
        long invited = id(book(secretariat, communesOfChauThanh(unique("Họp giao ban trực tuyến cấp xã"), week(62),
                "08:00", "09:00")));
        long cancelled = id(book(secretariat, communesOfChauThanh(unique("Họp sẽ hoãn"), week(63), "08:00",
                "09:00")));
        long draft = id(book(secretariat, communesOfChauThanh(unique("Họp còn là bản nháp"), week(65), "08:00",
                "09:00")));
        for (long announced : List.of(invited, cancelled)) {
            assertEquals(200, secretariat.post("api/meetings/" + announced + "/submit", "{}").status());
        }
        assertEquals(200, secretariat.post("api/meetings/" + cancelled + "/cancel", "{\"reason\": \"Hoãn\"}")
                .status());
        long elsewhere = id(book(secretariat, meeting(unique("Họp riêng của huyện khác"), week(64), "08:00",
                "09:00", "941")));
        Api clerk = as("xa-31570");

        Reply created = clerk.post("api/calendar-links", "{\"unit\": \"" + HO_DAC_KIEN + "\"}");

        assertEquals(201, created.status(), () -> "link: " + created);
        JsonObject link = created.json();
        long linkId = link.getJsonNumber("id").longValue();
        assertEquals(HO_DAC_KIEN, link.getString("unit"));
        assertFalse(link.isNull("createdAt"));
        String url = link.getString("url");
        assertTrue(url.matches(java.util.regex.Pattern.quote(base + "api/calendar/") + "[A-Za-z0-9_-]{43}\\.ics"),
                () -> "url " + url);
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        assertEquals(0, Database.count("SELECT COUNT(*) FROM calendar_link WHERE token_hash = ?", token),
                "only the digest is stored");

        Calendar feed = calendar(Api.at(base).get(url));

        assertTrue(value(feed, Property.METHOD).map("PUBLISH"::equals).orElse(true));
        VEvent meeting = event(feed, invited).orElseThrow(() -> new AssertionError("meeting " + invited + " missing"));
        assertTrue(value(meeting, Property.SUMMARY).orElse("").startsWith("Họp giao ban trực tuyến cấp xã"));
        assertEquals(Optional.of("CANCELLED"), event(feed, cancelled).flatMap(e -> value(e, Property.STATUS)));
        assertTrue(event(feed, elsewhere).isEmpty(), "a meeting the commune is not invited to");
        assertTrue(event(feed, draft).isEmpty(), "a draft is not announced to the invited units yet");
        List<JsonObject> listed = clerk.get("api/calendar-links?unit=" + HO_DAC_KIEN).structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        JsonObject shown = listed.stream().filter(l -> l.getJsonNumber("id").longValue() == linkId).findFirst()
                .orElseThrow();
        assertEquals(JsonValue.NULL, shown.getOrDefault("url", JsonValue.NULL), "the token is shown once only");

        assertProblem(403, as("xa-31531").post("api/calendar-links", "{\"unit\": \"" + HO_DAC_KIEN + "\"}"));
        assertProblem(403, as("xa-31531").delete("api/calendar-links/" + linkId));
        assertEquals(204, clerk.delete("api/calendar-links/" + linkId).status());

        assertProblem(404, Api.at(base).get(url));
        assertProblem(404, clerk.delete("api/calendar-links/" + linkId));
        assertTrue(clerk.get("api/calendar-links?unit=" + HO_DAC_KIEN).structure().asJsonArray().getValuesAs(
                JsonObject.class).stream().noneMatch(l -> l.getJsonNumber("id").longValue() == linkId));
        assertEquals(2, Database.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'CalendarLink'"
                + " AND entity_id = ?", String.valueOf(linkId)), "creation and revocation are audited");
    }
}
