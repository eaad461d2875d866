package vn.lienthong.live.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The roll call of a live meeting as a spreadsheet. */
@Path("meetings/{id}/attendance.csv")
@Tag(name = "Họp trực tuyến")
public class RollCallExportResource {

    @PathParam("id")
    long meetingId;

    @Inject
    RollCallExports exports;

    @GET
    @Produces({"text/csv;charset=UTF-8", "application/problem+json"})
    @Operation(summary = "Danh sách điểm danh dạng CSV (UTF-8, mở được bằng Excel), kèm giờ vào, giờ ra, thời gian trực tuyến")
    public Response attendanceCsv() {
        RollCallExports.Export csv = exports.csv(meetingId);
        return Response.ok(csv.content())
                .header("Content-Disposition", "attachment; filename=\"" + csv.fileName() + "\"").build();
    }
}
