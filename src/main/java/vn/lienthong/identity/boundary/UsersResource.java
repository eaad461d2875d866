package vn.lienthong.identity.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.platform.boundary.Page;

@Path("users")
@Tag(name = "Tài khoản")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    private static final String MISSING_BODY = "{valid.bodyRequired}";

    public record PasswordRequest(@NotNull(message = "{valid.newPasswordRequired}")
                                  @Size(min = 8, max = 200, message = "{valid.passwordSize}") String password) {
    }

    @Inject
    Users users;

    @GET
    public Page<UserView> search(@QueryParam("q") @Size(max = 100) String q, @QueryParam("unit") @Size(max = 5) String unit,
                                 @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                 @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return users.search(q, unit, offset, limit);
    }

    @POST
    public Response create(@NotNull(message = MISSING_BODY) @Valid UserRequest request, @Context UriInfo uri) {
        UserView created = users.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public UserView update(@PathParam("id") long id, @NotNull(message = MISSING_BODY) @Valid UserRequest request) {
        return users.update(id, request);
    }

    @POST
    @Path("{id}/password")
    public void setPassword(@PathParam("id") long id, @NotNull(message = MISSING_BODY) @Valid PasswordRequest request) {
        users.setPassword(id, request.password());
    }
}
