package vn.lienthong.minutes.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.platform.boundary.ContentDisposition;

/** The locked minutes of a meeting as a PDF, in the administrative layout, their SHA-256 in every page's footer. */
@Path("meetings/{id}/minutes.pdf")
@Tag(name = "Biên bản")
public class MinutesPdfResource {

    static final String PDF = "application/pdf";

    @Inject
    MinutesPrints prints;

    @GET
    @Produces({PDF, "application/problem+json"})
    @Operation(summary = "Biên bản đã chốt (hoặc bản đính chính mới nhất) dạng PDF; 409 khi biên bản còn là dự thảo")
    public Response minutes(@PathParam("id") long id) {
        return send(prints.minutes(id));
    }

    static Response send(MinutesPrints.Printed printed) {
        return Response.ok(printed.pdf(), PDF)
                .header("Content-Disposition", ContentDisposition.attachment(printed.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-cache")
                .build();
    }
}
