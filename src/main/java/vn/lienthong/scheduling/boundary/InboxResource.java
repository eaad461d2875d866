package vn.lienthong.scheduling.boundary;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.platform.boundary.Page;
import vn.lienthong.scheduling.boundary.Invitations.InboxFilter;

/** A unit's inbox: the meetings it is invited to, for its clerk to answer. */
@Path("inbox")
@Tag(name = "Lịch họp")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    Invitations invitations;

    @GET
    @Operation(summary = "Các cuộc họp chưa kết thúc mà đơn vị của người dùng được mời, sớm nhất trước, kèm câu trả lời và hạn trả lời")
    public Page<InboxItem> inbox(@QueryParam("status") @DefaultValue("ALL") InboxFilter status,
                                 @QueryParam("offset") @DefaultValue("0") @Min(value = 0, message = "{valid.offset}") int offset,
                                 @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "{valid.limit}")
                                 @Max(value = 500, message = "{valid.limit}") int limit) {
        return invitations.inbox(status, offset, limit);
    }
}
