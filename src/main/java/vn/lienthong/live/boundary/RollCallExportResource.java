package vn.lienthong.live.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The roll call of a live meeting as a spreadsheet. */
@Path("meetings/{id}/attendance.csv")
@Tag(name = "Họp trực tuyến")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RollCallExportResource {

    @PathParam("id")
    long meetingId;

    @Inject
    RollCalls rollCalls;

    @GET
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "Danh sách điểm danh dạng CSV (UTF-8, mở được bằng Excel)")
    public Response attendanceCsv() {
        return Response.ok(rollCalls.csv(meetingId))
                .header("Content-Disposition", "attachment; filename=\"diem-danh-" + meetingId + ".csv\"").build();
    }
}
