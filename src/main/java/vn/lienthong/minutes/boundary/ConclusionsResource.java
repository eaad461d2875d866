package vn.lienthong.minutes.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The conclusion notice (thông báo kết luận) of a meeting: its conclusions and the tasks they gave. */
@Path("meetings/{id}/conclusions")
@Tag(name = "Kết luận và nhiệm vụ")
@Produces(MediaType.APPLICATION_JSON)
public class ConclusionsResource {

    @Inject
    ConclusionNotices notices;

    @GET
    @Operation(summary = "Thông báo kết luận: các kết luận của biên bản mới nhất và nhiệm vụ của từng kết luận")
    public ConclusionNotice notice(@PathParam("id") long id) {
        return notices.of(id);
    }
}
