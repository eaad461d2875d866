package vn.lienthong.scheduling.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.identity.boundary.Public;

/** A unit's calendar feed. Calendar programs poll it without signing in: the secret in the link is the credential. */
@Path("calendar")
@Tag(name = "Lịch họp")
public class CalendarFeedResource {

    @Inject
    Calendars calendars;

    @GET
    @Public
    @Path("{token}.ics")
    @Produces(Calendars.ICS)
    @Operation(summary = "Lịch họp của một đơn vị (iCalendar) qua đường dẫn bí mật; 404 khi đường dẫn đã bị thu hồi")
    public String feed(@PathParam("token") String token, @Context UriInfo uri) {
        return calendars.feed(token, uri.getBaseUri());
    }
}
