package vn.lienthong.notification.boundary;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.platform.boundary.Page;

/** The notifications of the caller's unit: meetings it is invited to, changed, uninvited from or cancelled. */
@Path("notifications")
@Tag(name = "Thông báo")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @GET
    @Operation(summary = "Thông báo của đơn vị người dùng, mới nhất trước; unread=true chỉ lấy thông báo chưa đọc")
    public Page<NotificationView> list(@QueryParam("unread") @DefaultValue("false") boolean unread,
                                       @QueryParam("offset") @DefaultValue("0") @Min(value = 0, message = "{valid.offset}") int offset,
                                       @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "{valid.limit}")
                                       @Max(value = 500, message = "{valid.limit}") int limit) {
        return notifications.list(unread, offset, limit);
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "Số thông báo chưa đọc của đơn vị")
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.unread());
    }

    /** How many notifications of the unit nobody of it has read. */
    public record UnreadCount(long count) {
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Đánh dấu một thông báo là đã đọc (cho cả đơn vị)")
    public Response read(@PathParam("id") long id) {
        notifications.read(id);
        return Response.noContent().build();
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Đánh dấu mọi thông báo của đơn vị là đã đọc")
    public Response readAll() {
        notifications.readAll();
        return Response.noContent().build();
    }
}
