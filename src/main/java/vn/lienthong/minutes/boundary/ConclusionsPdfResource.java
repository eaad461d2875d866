package vn.lienthong.minutes.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The conclusion notice (thông báo kết luận) of a meeting with locked minutes, as a PDF. */
@Path("meetings/{id}/conclusions.pdf")
@Tag(name = "Kết luận và nhiệm vụ")
public class ConclusionsPdfResource {

    @Inject
    MinutesPrints prints;

    @GET
    @Produces({MinutesPdfResource.PDF, "application/problem+json"})
    @Operation(summary = "Thông báo kết luận dạng PDF: kết luận, nhiệm vụ, nơi nhận; 409 khi biên bản chưa chốt")
    public Response notice(@PathParam("id") long id) {
        return MinutesPdfResource.send(prints.notice(id));
    }
}
