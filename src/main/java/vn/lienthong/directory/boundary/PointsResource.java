package vn.lienthong.directory.boundary;

import vn.lienthong.platform.boundary.Page;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.directory.entity.EndpointKind;

@Path("points")
@Tag(name = "Điểm cầu")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PointsResource {

    private static final String MISSING_BODY = "{valid.bodyRequired}";

    @Inject
    MeetingPoints points;

    @GET
    public Page<PointView> search(@QueryParam("unit") @Pattern(regexp = UnitsResource.CODE, message = UnitsResource.CODE_MESSAGE) String unit,
                                  @QueryParam("q") @Size(max = 100, message = "{valid.querySize}") String q,
                                  @QueryParam("kind") EndpointKind kind,
                                  @QueryParam("offset") @DefaultValue("0") @Min(value = 0, message = "{valid.offset}") int offset,
                                  @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "{valid.limit}")
                                  @Max(value = 500, message = "{valid.limit}") int limit) {
        return points.search(unit, q, kind, offset, limit);
    }

    @GET
    @Path("{id}")
    public PointView get(@PathParam("id") long id) {
        return points.get(id);
    }

    @POST
    public Response create(@NotNull(message = MISSING_BODY) @Valid PointRequest request, @Context UriInfo uri) {
        PointView created = points.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public PointView update(@PathParam("id") long id, @NotNull(message = MISSING_BODY) @Valid PointRequest request) {
        return points.update(id, request);
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        points.delete(id);
    }
}
