package vn.lienthong.live.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.live.boundary.LiveRequests.HandRequest;

/** Requests to speak: raising and lowering hands. */
@Path("meetings/{id}/hands")
@Tag(name = "Họp trực tuyến")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HandsResource {

    @PathParam("id")
    long meetingId;

    @Inject
    LiveMeetings meetings;

    @POST
    @Operation(summary = "Đơn vị của người gọi giơ tay xin phát biểu (chủ đề tùy chọn)")
    public JsonObject raiseHand(HandRequest request) {
        return meetings.raiseHand(meetingId, request == null ? null : request.topic());
    }

    @DELETE
    @Path("{unit}")
    @Operation(summary = "Hạ tay: đơn vị tự rút, hoặc chủ trì/văn phòng")
    public JsonObject lowerHand(@PathParam("unit") String unit) {
        return meetings.lowerHand(meetingId, unit);
    }

    @POST
    @Path("{unit}")
    @Operation(summary = "Hạ tay (như DELETE, cho trình duyệt và hệ thống chỉ gửi được POST)")
    public JsonObject withdrawHand(@PathParam("unit") String unit) {
        return meetings.lowerHand(meetingId, unit);
    }
}
