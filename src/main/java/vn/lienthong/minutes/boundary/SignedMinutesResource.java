package vn.lienthong.minutes.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.platform.boundary.MaxBodySize;
import vn.lienthong.scheduling.boundary.DocumentView;

/**
 * Signed scans of the minutes. An upload is the file's bytes as the request body, as for meeting documents; the
 * stored scan is a meeting document ({@code purpose: SIGNED_MINUTES}), downloaded from
 * {@code /api/meetings/{id}/documents/{docId}}.
 */
@Path("meetings/{id}/minutes/signed")
@Tag(name = "Biên bản")
@Produces(MediaType.APPLICATION_JSON)
public class SignedMinutesResource {

    @Inject
    SignedMinutes signed;

    @POST
    @Consumes(MediaType.WILDCARD)
    @MaxBodySize(value = 20L * 1024 * 1024, property = "lienthong.documents.max-mb")
    @Operation(summary = "Tải lên bản quét biên bản đã ký (PDF, PNG, JPEG), chỉ khi biên bản đã chốt: thân yêu cầu là nội dung tệp, name là tên tệp")
    public Response upload(@PathParam("id") long id, @QueryParam("name") String name,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body,
                           @Context UriInfo uri) {
        DocumentView stored = signed.upload(id, name, contentType, body);
        return Response.created(uri.getBaseUriBuilder().path("meetings/{id}/documents/{docId}")
                .build(id, stored.id())).entity(stored).build();
    }

    @GET
    @Operation(summary = "Các bản quét biên bản đã ký")
    public List<DocumentView> list(@PathParam("id") long id) {
        return signed.list(id);
    }
}
