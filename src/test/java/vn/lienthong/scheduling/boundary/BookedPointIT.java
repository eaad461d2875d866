package vn.lienthong.scheduling.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;
import static vn.lienthong.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.JsonObject;
import java.net.URL;
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
 * A meeting point that upcoming meetings count on cannot be deleted from under them; once those meetings are
 * cancelled it can. Books in weeks 95–97 of the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookedPointIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @Test
    void aPointHostingAnUpcomingMeetingStaysUntilTheMeetingIsCancelled() {
        Api secretariat = Api.at(base).as("thuky");
        JsonObject point = Fixtures.createPoint(secretariat, Fixtures.point("94", Fixtures.unique("Phòng họp số 3")));
        long pointId = point.getJsonNumber("id").longValue();
        JsonObject meeting = book(secretariat, meeting(unique("Họp giao ban"), week(95), "08:00", "09:00", "941")
                .add("hostPoint", pointId));
        long before = Database.count("SELECT COUNT(*) FROM meeting_point WHERE id = " + pointId);

        Reply refused = secretariat.delete("api/points/" + pointId);

        JsonObject problem = assertProblem(409, refused);
        assertTrue(problem.getString("detail").contains(meeting.getString("title")), problem::toString);
        assertEquals(before, Database.count("SELECT COUNT(*) FROM meeting_point WHERE id = " + pointId),
                "nothing deleted");
        assertEquals(200, secretariat.get("api/points/" + pointId).status());

        assertEquals(200, secretariat.post("api/meetings/" + id(meeting) + "/cancel",
                "{\"reason\":\"Đổi phòng họp\"}").status());
        assertEquals(204, secretariat.delete("api/points/" + pointId).status());
        assertEquals(404, secretariat.get("api/points/" + pointId).status());
    }

    @Test
    void aPointInvitedAsAUnitsDefaultIsHeldToo() {
        Api secretariat = Api.at(base).as("thuky");
        JsonObject meeting = book(secretariat, meeting(unique("Họp chuyên đề"), week(96), "14:00", "15:00", "31570"));
        JsonObject invited = meeting.getJsonArray("invitations").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("unit").equals("31570")).findFirst().orElseThrow();
        long pointId = invited.getJsonNumber("point").longValue();

        assertProblem(409, secretariat.delete("api/points/" + pointId));
        assertEquals(200, secretariat.get("api/points/" + pointId).status());
    }
}
