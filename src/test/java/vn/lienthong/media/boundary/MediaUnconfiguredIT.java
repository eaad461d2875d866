package vn.lienthong.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Deployments;

/**
 * Issue 6, without a media server: this test runs in a failsafe execution of its own where no Janus is configured
 * (pom.xml), and the join answer says video is not available while the rest of the meeting works. Week 178.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaUnconfiguredIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @BeforeAll
    static void noMediaServer() {
        // -Dit.test runs a named test in every failsafe execution; the main one has a media server
        assumeTrue(System.getProperty("it.media") == null, "a media server is configured in this test execution");
    }

    @Test
    void withoutAMediaServerTheJoinSaysVideoIsNotAvailableAndTheMeetingRunsOn() {
        Api thuky = Api.at(base).as("thuky");
        long meeting = id(book(thuky, meeting(unique("Họp không có hình ảnh"), week(178), "08:00", "10:00",
                "942", "31570")));
        assertEquals(200, thuky.post("api/meetings/" + meeting + "/submit", "{}").status());
        JsonObject answer = Api.at(base).as("xa-31570").inLanguage("vi")
                .post("api/meetings/" + meeting + "/media/join", "{}").json();
        assertFalse(answer.getBoolean("available"), answer::toString);
        assertEquals("media.notConfigured", answer.getString("reason"));
        assertTrue(answer.getString("message").contains("hình ảnh"), answer::toString);
        assertFalse(answer.containsKey("token"));
        assertProblem(403, Api.at(base).as("xa-31531").post("api/meetings/" + meeting + "/media/join", "{}"));
        assertEquals(200, thuky.post("api/meetings/" + meeting + "/live/start", "{}").status());
    }
}
