package vn.lienthong.scheduling.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Fixtures;

/**
 * Booking requests as the form sends them, and the times the tests book at. Every test books in weeks of its own,
 * and every run starts at another week, so that meetings left by other tests or earlier runs against the same
 * database never collide with a test's bookings.
 */
public final class MeetingRequests {

    /**
     * A Monday far ahead: the first of the weeks this run books in. Meeting times are stored as TIMESTAMPs, which
     * end in January 2038; 180 runs later the weeks start over, so that the last week any test uses (184) still
     * ends before then.
     */
    private static final LocalDate FIRST_WEEK = LocalDate.of(2031, 1, 6)
            .plusWeeks(Math.floorMod(System.currentTimeMillis() / 60_000, 180));

    private MeetingRequests() {
    }

    /** The Monday of the test's {@code n}-th week of this run. */
    public static LocalDate week(int n) {
        return FIRST_WEEK.plusWeeks(n);
    }

    /** A meeting of the province (host 94) chaired by a person without an account, inviting {@code units}. */
    public static JsonObjectBuilder meeting(String title, LocalDate day, String from, String to, String... units) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("kind", "CONFERENCE")
                .add("hostUnit", "94")
                .add("chair", Json.createObjectBuilder().add("name", "Lê Văn Thử").add("position", "Phó Chủ tịch UBND tỉnh"))
                .add("start", day + "T" + from + ":00+07:00")
                .add("end", day + "T" + to + ":00+07:00")
                .add("agenda", Json.createArrayBuilder()
                        .add(item("Báo cáo tình hình", "Văn phòng UBND tỉnh", 30))
                        .add(item("Thảo luận", null, 60)))
                .add("confidential", false)
                .add("invite", Json.createObjectBuilder().add("units", array(units)));
    }

    public static JsonObjectBuilder item(String title, String presenter, int minutes) {
        JsonObjectBuilder item = Json.createObjectBuilder().add("title", title).add("minutes", minutes);
        return presenter == null ? item : item.add("presenter", presenter);
    }

    public static JsonArrayBuilder array(String... values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        List.of(values).forEach(array::add);
        return array;
    }

    /** Books and returns the meeting, failing the test unless the booking succeeds. */
    public static JsonObject book(Api api, JsonObjectBuilder meeting) {
        Api.Reply reply = api.post("api/meetings", meeting.build().toString());
        if (reply.status() != 201) {
            throw new AssertionError("booking failed: " + reply);
        }
        return reply.json();
    }

    public static long id(JsonObject meeting) {
        return meeting.getJsonNumber("id").longValue();
    }

    public static String unique(String title) {
        return title + " " + Fixtures.unique("t");
    }

    /** A meeting point with a room system, dialled over SIP: it holds a port of the bridge when connected. */
    public static JsonObject roomSystem(Api api, String unitCode) {
        String name = Fixtures.unique("Phòng họp SIP");
        return Fixtures.createPoint(api, Fixtures.point(unitCode, name).add("kind", "SIP")
                .add("sipAddress", "sip:" + name.replace(' ', '-').toLowerCase() + "@hop.lienthong.local"));
    }
}
