package vn.lienthong.live.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.live.boundary.LiveRequests.ConnectionRequest;
import vn.lienthong.live.boundary.LiveRequests.ReadinessRequest;

/** The readiness and connection of the meeting points of a live meeting. */
@Path("meetings/{id}/points")
@Tag(name = "Họp trực tuyến")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PointStatusResource {

    private static final String MISSING_BODY = "{valid.bodyRequired}";

    @PathParam("id")
    long meetingId;

    @Inject
    LivePoints points;

    @PUT
    @Path("{pointId}/readiness")
    @Operation(summary = "Kỹ thuật viên báo điểm cầu sẵn sàng (READY) hoặc có sự cố (PROBLEM, kèm ghi chú)")
    public JsonObject readiness(@PathParam("pointId") long pointId,
                                @NotNull(message = MISSING_BODY) ReadinessRequest request) {
        return points.readiness(meetingId, pointId, request.status(), request.checks(), request.note());
    }

    @PUT
    @Path("{pointId}/connection")
    @Operation(summary = "Tình trạng kết nối của điểm cầu SIP/H.323 do hệ thống tích hợp báo (ONLINE | OFFLINE)")
    public JsonObject connection(@PathParam("pointId") long pointId,
                                 @NotNull(message = MISSING_BODY) ConnectionRequest request) {
        return points.connection(meetingId, pointId, request.status());
    }
}
