package vn.lienthong.minutes.boundary;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.minutes.entity.TaskStatus;
import vn.lienthong.platform.boundary.Page;
import vn.lienthong.platform.problem.ProblemException;

/** Tasks given by conclusions: lists per unit, progress reports, closing, changing and deleting. */
@Path("tasks")
@Tag(name = "Kết luận và nhiệm vụ")
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {

    private static final String MISSING_BODY = "{valid.bodyRequired}";

    @Inject
    MeetingTasks tasks;

    @Inject
    TaskReads reads;

    @Inject
    OverdueCounts overdueCounts;

    @GET
    @Operation(summary = "Nhiệm vụ đơn vị chủ trì hoặc phối hợp (unit; mặc định: đơn vị của người dùng), lọc quá hạn"
            + " (overdue) và trạng thái (status: OPEN, DONE)")
    public Page<TaskView> list(@QueryParam("unit") String unit,
                               @QueryParam("overdue") @Pattern(regexp = "true|false", message = "{valid.overdue}")
                               String overdue,
                               @QueryParam("status") String status,
                               @QueryParam("offset") @DefaultValue("0") @Min(value = 0, message = "{valid.offset}")
                               int offset,
                               @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "{valid.taskLimit}")
                               @Max(value = 200, message = "{valid.taskLimit}") int limit) {
        return reads.list(unit, overdue == null ? null : Boolean.valueOf(overdue), status(status), offset, limit);
    }

    @GET
    @Path("overdue-by-unit")
    @Operation(summary = "Số nhiệm vụ quá hạn theo đơn vị (chủ trì, phối hợp): văn phòng UBND tỉnh xem mọi đơn vị,"
            + " văn phòng cấp dưới xem các đơn vị thuộc mình, người dùng khác xem đơn vị mình")
    public List<OverdueCount> overdueByUnit() {
        return overdueCounts.perUnit();
    }

    @GET
    @Path("{taskId}")
    @Operation(summary = "Một nhiệm vụ, với lịch sử báo cáo tiến độ")
    public TaskView one(@PathParam("taskId") long taskId) {
        return reads.one(taskId);
    }

    @PUT
    @Path("{taskId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sửa nội dung, thời hạn, đơn vị (version: phiên bản đã sửa từ đó; 409 nếu đã cũ)")
    public TaskView change(@PathParam("taskId") long taskId,
                           @NotNull(message = MISSING_BODY) TaskRequest request) {
        return tasks.change(taskId, request);
    }

    @DELETE
    @Path("{taskId}")
    @Operation(summary = "Xóa nhiệm vụ chưa có báo cáo tiến độ (409 nếu đã có)")
    public Response delete(@PathParam("taskId") long taskId) {
        tasks.delete(taskId);
        return Response.noContent().build();
    }

    @POST
    @Path("{taskId}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Báo cáo tiến độ (percent 0-100, note): đơn vị chủ trì hoặc văn phòng đơn vị chủ trì họp")
    public TaskView progress(@PathParam("taskId") long taskId,
                             @NotNull(message = MISSING_BODY) ReportRequest request) {
        return tasks.report(taskId, request);
    }

    @POST
    @Path("{taskId}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đơn vị chủ trì báo hoàn thành nhiệm vụ, với ghi chú")
    public TaskView done(@PathParam("taskId") long taskId, @NotNull(message = MISSING_BODY) ReportRequest request) {
        return tasks.markDone(taskId, request);
    }

    private static TaskStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return TaskStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "task.statusUnknown");
        }
    }
}
