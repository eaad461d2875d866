package vn.lienthong.directory.boundary;

import vn.lienthong.platform.boundary.Dates;
import vn.lienthong.platform.boundary.Page;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.LocalDate;
import java.util.regex.Matcher;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.directory.control.ImportFile;
import vn.lienthong.directory.control.ImportScope;
import vn.lienthong.directory.entity.ImportKind;
import vn.lienthong.platform.boundary.MaxBodySize;
import vn.lienthong.platform.problem.ProblemException;

@Path("imports")
@Tag(name = "Nhập danh mục")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    private static final java.util.regex.Pattern DATE_IN_NAME = java.util.regex.Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    @Inject
    UnitImports imports;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @MaxBodySize(MaxBodySize.IMPORT)
    @Operation(summary = "Nhập một tệp CSV (danh mục đơn vị hoặc bảng kế thừa); chạy nền, theo dõi bằng GET /api/imports/{id}")
    public Response start(@QueryParam("kind") @NotNull(message = "{valid.importKindRequired}") ImportKind kind,
                          @QueryParam("fileName") @DefaultValue("tep-nhap.csv") @Size(max = 255, message = "{valid.fileNameSize}")
                          @Pattern(regexp = "[^/\\\\]*", message = "{valid.fileNameSlash}") String fileName,
                          @QueryParam("validFrom") String validFrom,
                          @QueryParam("scope") @DefaultValue("PROVINCES") ImportScope scope,
                          byte[] content, @Context UriInfo uri) {
        LocalDate day = validFrom == null || validFrom.isBlank() ? dateInName(fileName)
                : Dates.parseOrToday("validFrom", validFrom);
        ImportView started = imports.start(new ImportFile(kind, fileName, content == null ? new byte[0] : content, day, scope));
        return Response.accepted(started)
                .location(uri.getBaseUriBuilder().path("imports").path(Long.toString(started.id())).build()).build();
    }

    @GET
    public Page<ImportView> list(@QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                 @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return imports.list(offset, limit);
    }

    @GET
    @Path("{id}")
    public ImportView get(@PathParam("id") long id) {
        return imports.get(id);
    }

    /** Official lists are named after the day they describe, e.g. units_2level_2025-07-01.csv. */
    private static LocalDate dateInName(String fileName) {
        Matcher m = DATE_IN_NAME.matcher(fileName);
        if (m.find()) {
            return Dates.parseOrToday("validFrom", m.group(1));
        }
        throw ProblemException.invalid("validFrom", "import.validFromRequired");
    }
}
