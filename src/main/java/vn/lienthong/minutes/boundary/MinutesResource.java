package vn.lienthong.minutes.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.platform.boundary.MaxBodySize;
import vn.lienthong.platform.problem.ProblemException;

/** The minutes (biên bản) of a meeting: current text, versions, differences, finalising and verification. */
@Path("meetings/{id}/minutes")
@Tag(name = "Biên bản")
@Produces(MediaType.APPLICATION_JSON)
public class MinutesResource {

    /** Minutes are text: a megabyte holds several hundred pages. */
    static final long MAX_BODY = 1024 * 1024;
    private static final String MISSING_BODY = "{valid.bodyRequired}";

    @Inject
    MeetingMinutes minutes;

    @Inject
    MinutesHistory history;

    @GET
    @Operation(summary = "Biên bản hiện tại; khi chưa có: bản khởi tạo từ cuộc họp (version 0)")
    public MinutesView current(@PathParam("id") long id) {
        return minutes.current(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @MaxBodySize(MAX_BODY)
    @Operation(summary = "Lưu biên bản thành phiên bản mới; version là phiên bản đã sửa từ đó (409 nếu đã cũ)")
    public MinutesView save(@PathParam("id") long id, @NotNull(message = MISSING_BODY) @Valid SaveRequest request) {
        return minutes.save(id, request.version(), request.content());
    }

    @POST
    @Path("attendance/from-roll-call")
    @Operation(summary = "Lấy thành phần tham dự từ kết quả điểm danh (dự kiến, có mặt, vắng và lý do) thành phiên bản mới; version là phiên bản đang sửa (409 nếu đã cũ hoặc cuộc họp không có điểm danh)")
    public MinutesView attendanceFromRollCall(@PathParam("id") long id, @QueryParam("version") Integer version) {
        if (version == null) {
            throw ProblemException.invalid("version", "minutes.versionParameterRequired");
        }
        return minutes.attendanceFromRollCall(id, version);
    }

    @GET
    @Path("versions")
    @Operation(summary = "Các phiên bản của biên bản")
    public List<VersionView> versions(@PathParam("id") long id) {
        return history.versions(id);
    }

    @GET
    @Path("versions/{n}")
    @Operation(summary = "Một phiên bản của biên bản, với nội dung")
    public VersionView version(@PathParam("id") long id, @PathParam("n") int n) {
        return history.version(id, n);
    }

    @GET
    @Path("diff")
    @Operation(summary = "So sánh hai phiên bản: các đoạn thêm (INSERT), xóa (DELETE) và giữ nguyên (EQUAL)")
    public DiffView diff(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        if (from == null) {
            throw ProblemException.invalid("from", "minutes.versionParameterRequired");
        }
        if (to == null) {
            throw ProblemException.invalid("to", "minutes.versionParameterRequired");
        }
        return history.diff(id, from, to);
    }

    @POST
    @Path("versions/{n}/restore")
    @Operation(summary = "Khôi phục một phiên bản cũ thành phiên bản mới")
    public Response restore(@PathParam("id") long id, @PathParam("n") int n, @Context UriInfo uri) {
        return created(minutes.restore(id, n), uri);
    }

    @POST
    @Path("finalize")
    @Operation(summary = "Chủ trì ký chốt biên bản: khóa nội dung và lưu mã SHA-256 (version: chỉ khi vẫn là bản hiện tại)")
    public Response finalizeMinutes(@PathParam("id") long id, @QueryParam("version") Integer version,
                                    @Context UriInfo uri) {
        return created(minutes.finalizeMinutes(id, version), uri);
    }

    @POST
    @Path("amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @MaxBodySize(MAX_BODY)
    @Operation(summary = "Đính chính biên bản đã chốt: phiên bản mới, cũng được khóa, nêu lý do")
    public Response amend(@PathParam("id") long id, @NotNull(message = MISSING_BODY) @Valid AmendmentRequest request,
                          @Context UriInfo uri) {
        return created(minutes.amend(id, request.reason(), request.content()), uri);
    }

    @GET
    @Path("verify")
    @Operation(summary = "Tính lại mã SHA-256 của biên bản đã chốt từ nội dung đã lưu và so với mã đã lưu")
    public Verification verify(@PathParam("id") long id) {
        return history.verify(id);
    }

    private static Response created(MinutesView view, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("meetings/{id}/minutes/versions/{n}")
                .build(view.meetingId(), view.version())).entity(view).build();
    }
}
