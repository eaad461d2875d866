package vn.lienthong.minutes.boundary;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tasks a meeting's conclusions give to units (the notice that lists them: {@link ConclusionsResource}). */
@Path("meetings/{id}/tasks")
@Tag(name = "Kết luận và nhiệm vụ")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingTasksResource {

    @Inject
    MeetingTasks tasks;

    @Inject
    TaskReads reads;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Giao nhiệm vụ theo một kết luận của biên bản (conclusion: vị trí, từ 0)")
    public Response assign(@PathParam("id") long id,
                           @NotNull(message = "{valid.bodyRequired}") TaskRequest request, @Context UriInfo uri) {
        TaskView task = tasks.assign(id, request);
        return Response.created(uri.getBaseUriBuilder().path("tasks/{id}").build(task.id())).entity(task).build();
    }

    @GET
    @Operation(summary = "Các nhiệm vụ được giao theo kết luận của cuộc họp")
    public List<TaskView> list(@PathParam("id") long id) {
        return reads.ofMeeting(id);
    }
}
