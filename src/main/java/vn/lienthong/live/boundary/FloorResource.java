package vn.lienthong.live.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.live.boundary.LiveRequests.FloorRequest;

/** The floor of a live meeting: who speaks now. */
@Path("meetings/{id}/floor")
@Tag(name = "Họp trực tuyến")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FloorResource {

    private static final String MISSING_BODY = "{valid.bodyRequired}";

    @PathParam("id")
    long meetingId;

    @Inject
    LiveMeetings meetings;

    @POST
    @Operation(summary = "Chủ trì/văn phòng trao quyền phát biểu cho một đơn vị")
    public JsonObject grantFloor(@NotNull(message = MISSING_BODY) FloorRequest request) {
        return meetings.grantFloor(meetingId, request.unit());
    }

    @DELETE
    @Operation(summary = "Kết thúc lượt phát biểu")
    public JsonObject endFloor() {
        return meetings.endFloor(meetingId);
    }
}
