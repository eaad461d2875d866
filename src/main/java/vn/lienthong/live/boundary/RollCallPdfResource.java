package vn.lienthong.live.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.platform.boundary.ContentDisposition;

/** The roll call of a live meeting as an administrative document to print and file. */
@Path("meetings/{id}/attendance.pdf")
@Tag(name = "Họp trực tuyến")
public class RollCallPdfResource {

    static final String PDF = "application/pdf";

    @PathParam("id")
    long meetingId;

    @Inject
    RollCallExports exports;

    @GET
    @Produces({PDF, "application/problem+json"})
    @Operation(summary = "Danh sách điểm danh dạng PDF: số đơn vị theo cấp, bảng từng cấp với giờ vào, giờ ra")
    public Response attendancePdf() {
        RollCallExports.Export pdf = exports.pdf(meetingId);
        return Response.ok(pdf.content(), PDF)
                .header("Content-Disposition", ContentDisposition.attachment(pdf.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-cache")
                .build();
    }
}
