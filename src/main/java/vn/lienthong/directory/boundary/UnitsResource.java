package vn.lienthong.directory.boundary;

import vn.lienthong.platform.boundary.Dates;
import vn.lienthong.platform.boundary.Page;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("units")
@Tag(name = "Đơn vị hành chính")
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {

    static final String CODE = "\\d{2,5}";
    static final String CODE_MESSAGE = "Mã đơn vị gồm 2 đến 5 chữ số.";

    @Inject
    Units units;

    @Inject
    MeetingPoints points;

    @GET
    @Operation(summary = "Tìm đơn vị hành chính hiệu lực vào một ngày; q không phân biệt hoa thường và dấu")
    public Page<UnitView> search(@QueryParam("level") @Min(value = 1, message = "{valid.level}")
                                 @Max(value = 3, message = "{valid.level}") Integer level,
                                 @QueryParam("parent") @Pattern(regexp = CODE, message = CODE_MESSAGE) String parent,
                                 @QueryParam("q") @Size(max = 100, message = "{valid.querySize}") String q,
                                 @QueryParam("at") String at,
                                 @QueryParam("offset") @DefaultValue("0") @Min(value = 0, message = "{valid.offset}") int offset,
                                 @QueryParam("limit") @DefaultValue("100") @Min(value = 1, message = "{valid.limit}")
                                 @Max(value = 500, message = "{valid.limit}") int limit) {
        return units.search(new UnitQuery(Dates.parseOrToday("at", at), level, parent, q, offset, limit));
    }

    @GET
    @Path("{code}")
    public UnitDetail get(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
                          @QueryParam("at") String at) {
        return units.detail(code, Dates.parseOrToday("at", at));
    }

    @GET
    @Path("{code}/children")
    public Page<UnitView> children(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
                                   @QueryParam("at") String at) {
        return units.children(code, Dates.parseOrToday("at", at));
    }

    @GET
    @Path("{code}/points")
    public Page<PointView> points(@PathParam("code") @Pattern(regexp = CODE, message = CODE_MESSAGE) String code) {
        return points.search(code, null, null, 0, 500);
    }
}
