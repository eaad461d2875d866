package vn.lienthong.scheduling.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.platform.boundary.Page;
import vn.lienthong.platform.problem.FieldError;
import vn.lienthong.scheduling.control.InvalidSchedule;
import vn.lienthong.scheduling.control.MeetingTimes;
import vn.lienthong.scheduling.entity.MeetingStatus;

@Path("meetings")
@Tag(name = "Lịch họp")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingsResource {

    private static final String MISSING_BODY = "{valid.bodyRequired}";

    @Inject
    Meetings meetings;

    @Inject
    Invitations invitations;

    @Inject
    Calendars calendars;

    @Inject
    InvitationLetters letters;

    @GET
    @Operation(summary = "Các cuộc họp người dùng được xem, theo thời gian bắt đầu; from/to là ngày (YYYY-MM-DD) hoặc thời điểm ISO-8601")
    public Page<MeetingSummary> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("unit") @Pattern(regexp = "\\d{2,5}", message = "{valid.unitCode}") String unit,
                                     @QueryParam("status") MeetingStatus status,
                                     @QueryParam("offset") @DefaultValue("0") @Min(value = 0, message = "{valid.offset}") int offset,
                                     @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "{valid.limit}")
                                     @Max(value = 500, message = "{valid.limit}") int limit) {
        return meetings.list(new MeetingSearch.Query(bound("from", from, false), bound("to", to, true), unit, status,
                offset, limit));
    }

    @POST
    @Operation(summary = "Đặt lịch họp (một buổi, hoặc mọi buổi của lịch lặp); 409 kèm danh sách xung đột nếu trùng lịch")
    public Response create(@NotNull(message = MISSING_BODY) @Valid MeetingRequest request, @Context UriInfo uri) {
        MeetingView booked = meetings.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(booked.id())).build())
                .entity(booked).build();
    }

    @POST
    @Path("check")
    @Operation(summary = "Kiểm tra một yêu cầu đặt lịch (hoặc sửa cuộc họp changing) mà không ghi gì: số đơn vị được mời và các xung đột")
    public CheckResult check(@NotNull(message = MISSING_BODY) @Valid MeetingRequest request,
                             @QueryParam("changing") Long changing) {
        return meetings.check(request, changing);
    }

    @GET
    @Path("{id}")
    public MeetingView get(@PathParam("id") long id) {
        return meetings.get(id);
    }

    @GET
    @Path("{id}/invite.ics")
    @Produces(Calendars.ICS)
    @Operation(summary = "Giấy mời dạng iCalendar (RFC 5545) để thêm cuộc họp vào Outlook, Thunderbird, điện thoại")
    public Response invitation(@PathParam("id") long id, @Context UriInfo uri) {
        return Response.ok(calendars.invitation(id, uri.getBaseUri()), Calendars.ICS)
                .header("Content-Disposition", "attachment; filename=\"cuoc-hop-" + id + ".ics\"").build();
    }

    @GET
    @Path("{id}/letter.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Giấy mời (PDF, thể thức Nghị định 30/2020): cấp số khi tải lần đầu cuộc họp đã duyệt;"
            + " dự thảo không số khi chưa duyệt; đánh dấu hủy khi cuộc họp bị hủy hoặc không được duyệt")
    public Response letter(@PathParam("id") long id) {
        InvitationLetters.Letter letter = letters.letter(id);
        return Response.ok(letter.pdf(), "application/pdf")
                .header("Content-Disposition", letter.contentDisposition(id)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Sửa một cuộc họp (cần version); kiểm tra lại lời mời và xung đột")
    public MeetingView update(@PathParam("id") long id, @NotNull(message = MISSING_BODY) @Valid MeetingRequest request) {
        return meetings.update(id, request);
    }

    @POST
    @Path("{id}/submit")
    public MeetingView submit(@PathParam("id") long id) {
        return meetings.submit(id);
    }

    @POST
    @Path("{id}/approve")
    public MeetingView approve(@PathParam("id") long id) {
        return meetings.approve(id);
    }

    @POST
    @Path("{id}/reject")
    public MeetingView reject(@PathParam("id") long id, @NotNull(message = MISSING_BODY) @Valid ReasonRequest request) {
        return meetings.reject(id, request.reason());
    }

    @POST
    @Path("{id}/cancel")
    public MeetingView cancel(@PathParam("id") long id, @NotNull(message = MISSING_BODY) @Valid ReasonRequest request) {
        return meetings.cancel(id, request.reason());
    }

    @POST
    @Path("{id}/rsvp")
    @Operation(summary = "Đơn vị được mời trả lời: ATTENDING (kèm người dự) hoặc DECLINED (kèm lý do); sửa được đến hạn trả lời")
    public MeetingView.InvitationView answer(@PathParam("id") long id,
                                             @NotNull(message = MISSING_BODY) @Valid RsvpRequest request) {
        return invitations.answer(id, request);
    }

    @GET
    @Path("{id}/rsvp-summary")
    @Operation(summary = "Tình hình trả lời theo từng cấp và danh sách đơn vị chưa trả lời")
    public RsvpSummary answers(@PathParam("id") long id) {
        return invitations.summary(id);
    }

    /** A day (the whole day, in Vietnam) or an ISO-8601 time; {@code null} when absent. */
    private static Instant bound(String field, String text, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            return (end ? day.plusDays(1) : day).atStartOfDay(MeetingTimes.VIETNAM).toInstant();
        } catch (DateTimeParseException notADay) {
            try {
                return MeetingTimes.parse(field, text).toInstant();
            } catch (InvalidSchedule e) {
                throw BookingPlanner.invalid(e.problems().stream().map(p -> new FieldError(p.field(), p.message()))
                        .toList());
            }
        }
    }
}
