package vn.lienthong.live.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.live.boundary.LiveRequests.BallotRequest;
import vn.lienthong.live.boundary.LiveRequests.VoteRequest;

/** Show-of-hands votes of a live meeting. */
@Path("meetings/{id}/votes")
@Tag(name = "Họp trực tuyến")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VotesResource {

    private static final String MISSING_BODY = "{valid.bodyRequired}";

    @PathParam("id")
    long meetingId;

    @Inject
    LiveVotes votes;

    @POST
    @Operation(summary = "Mở biểu quyết: câu hỏi và các phương án")
    public Response openVote(@NotNull(message = MISSING_BODY) VoteRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(votes.open(meetingId, request.question(), request.options())).build();
    }

    @POST
    @Path("{voteId}/ballots")
    @Operation(summary = "Đơn vị của người gọi biểu quyết (option: số thứ tự phương án, từ 0), một lần")
    public JsonObject cast(@PathParam("voteId") long voteId, @NotNull(message = MISSING_BODY) BallotRequest request) {
        return votes.cast(meetingId, voteId, request.option());
    }

    @POST
    @Path("{voteId}/close")
    @Operation(summary = "Đóng biểu quyết; kết quả được lưu")
    public JsonObject closeVote(@PathParam("voteId") long voteId) {
        return votes.close(meetingId, voteId);
    }
}
