package vn.lienthong.scheduling.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

@Path("calendar-links")
@Tag(name = "Lịch họp")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarLinksResource {

    @Inject
    Calendars calendars;

    @POST
    @Operation(summary = "Tạo đường dẫn bí mật để Outlook/Thunderbird đăng ký lịch họp của đơn vị; url chỉ hiện một lần")
    public Response create(@NotNull(message = "{valid.bodyRequired}") @Valid CalendarLinkRequest request,
                           @Context UriInfo uri) {
        CalendarLinkView link = calendars.create(request, uri.getBaseUri());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(link.id())).build()).entity(link)
                .build();
    }

    @GET
    @Operation(summary = "Các đường dẫn lịch còn hiệu lực của một đơn vị (không kèm mã bí mật)")
    public List<CalendarLinkView> list(@QueryParam("unit") @NotNull(message = "{valid.unitRequired}")
                                       @Pattern(regexp = "\\d{2,5}", message = "{valid.unitCode}") String unit) {
        return calendars.list(unit);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Thu hồi đường dẫn lịch; lịch đã đăng ký qua nó không cập nhật được nữa")
    public Response revoke(@PathParam("id") long id) {
        calendars.revoke(id);
        return Response.noContent().build();
    }
}
