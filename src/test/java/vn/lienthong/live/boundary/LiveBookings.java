package vn.lienthong.live.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;

import jakarta.json.Json;
import java.net.URL;
import vn.lienthong.testsupport.Api;

/** The meetings the live tests run: booked, submitted and answered through the API as people would. */
final class LiveBookings {

    /** Xã Hồ Đắc Kiện, of district 942 (Châu Thành). */
    static final String COMMUNE = "31570";
    static final String DISTRICT = "942";

    private LiveBookings() {
    }

    /**
     * A province meeting ({@code thuky}) in test week {@code week}, 08:00-10:00, inviting district 942 and the
     * commune, which confirms with one delegate.
     */
    static long meetingWithCommune(URL base, String title, int week) {
        Api thuky = Api.at(base).as("thuky");
        long id = id(book(thuky, meeting(unique(title), week(week), "08:00", "10:00", DISTRICT, COMMUNE)));
        Api.Reply submitted = thuky.post("api/meetings/" + id + "/submit", "{}");
        assertEquals(200, submitted.status(), submitted::toString);
        Api.Reply answered = Api.at(base).as("xa-" + COMMUNE).post("api/meetings/" + id + "/rsvp",
                Json.createObjectBuilder().add("unit", COMMUNE).add("answer", "ATTENDING")
                        .add("delegates", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("name", "Nguyễn Văn Tư").add("position", "Chủ tịch UBND xã")))
                        .build().toString());
        assertEquals(200, answered.status(), answered::toString);
        return id;
    }
}
