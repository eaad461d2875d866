package vn.lienthong.live.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.live.boundary.LiveRequests.AttendanceRequest;

/** The roll call of a live meeting: the secretariat's word on a unit or a delegate, delegates checking in and out. */
@Path("meetings/{id}/attendance")
@Tag(name = "Họp trực tuyến")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RollCallResource {

    private static final String MISSING_BODY = "{valid.bodyRequired}";

    @PathParam("id")
    long meetingId;

    @Inject
    RollCalls rollCalls;

    @PUT
    @Path("{unit}")
    @Operation(summary = "Văn phòng điểm danh một đơn vị: có mặt trực tuyến/tại phòng, vắng (lý do), có người dự thay")
    public JsonObject attendance(@PathParam("unit") String unit,
                                 @NotNull(message = MISSING_BODY) AttendanceRequest request) {
        return rollCalls.override(meetingId, unit, request.state(), request.reason(), request.representedBy());
    }

    @PUT
    @Path("{unit}/delegates/{ordinal}")
    @Operation(summary = "Văn phòng điểm danh một đại biểu (số thứ tự trong danh sách đơn vị cử, từ 0)")
    public JsonObject delegate(@PathParam("unit") String unit, @PathParam("ordinal") int ordinal,
                               @NotNull(message = MISSING_BODY) AttendanceRequest request) {
        return rollCalls.overridePerson(meetingId, unit, ordinal, request.state(), request.reason(),
                request.representedBy());
    }

    @POST
    @Path("{unit}/delegates/{ordinal}/check-in")
    @Operation(summary = "Ghi nhận đại biểu vào họp (giờ vào); đại biểu chưa điểm danh thành có mặt tại phòng họp")
    public JsonObject checkIn(@PathParam("unit") String unit, @PathParam("ordinal") int ordinal) {
        return rollCalls.checkInPerson(meetingId, unit, ordinal);
    }

    @POST
    @Path("{unit}/delegates/{ordinal}/check-out")
    @Operation(summary = "Ghi nhận đại biểu ra về trước khi kết thúc (giờ ra); 409 khi đại biểu chưa vào")
    public JsonObject checkOut(@PathParam("unit") String unit, @PathParam("ordinal") int ordinal) {
        return rollCalls.checkOutPerson(meetingId, unit, ordinal);
    }
}
