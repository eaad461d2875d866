package vn.lienthong.scheduling.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.platform.boundary.ContentDisposition;
import vn.lienthong.platform.boundary.MaxBodySize;

/**
 * The documents of a meeting. An upload is the file's bytes as the request body (not a multipart form), so a
 * browser can show its progress; the file name comes in {@code ?name=}, its type in {@code Content-Type}.
 */
@Path("meetings/{id}/documents")
@Tag(name = "Lịch họp")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    @Inject
    Documents documents;

    @POST
    @Consumes(MediaType.WILDCARD)
    @MaxBodySize(value = 20L * 1024 * 1024, property = "lienthong.documents.max-mb")
    @Operation(summary = "Tải lên một tài liệu (PDF, DOCX, XLSX, PNG, JPEG): thân yêu cầu là nội dung tệp, name là tên tệp")
    public Response upload(@PathParam("id") long id, @QueryParam("name") String name,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body,
                           @Context UriInfo uri) {
        DocumentView stored = documents.upload(id, name, contentType, body);
        return Response.created(uri.getAbsolutePathBuilder().replaceQuery(null).path(Long.toString(stored.id()))
                .build()).entity(stored).build();
    }

    @GET
    @Operation(summary = "Các tài liệu của cuộc họp")
    public List<DocumentView> list(@PathParam("id") long id) {
        return documents.list(id);
    }

    @GET
    @Path("{docId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Nội dung một tài liệu, để tải về")
    public Response download(@PathParam("id") long id, @PathParam("docId") long docId) {
        Documents.Download download = documents.download(id, docId);
        DocumentView document = download.document();
        StreamingOutput bytes = download.bytes()::writeTo;
        return Response.ok(bytes, document.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, document.size())
                .header("Content-Disposition", ContentDisposition.attachment(document.name()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("{docId}")
    @Operation(summary = "Xóa một tài liệu của cuộc họp")
    public Response delete(@PathParam("id") long id, @PathParam("docId") long docId) {
        documents.delete(id, docId);
        return Response.noContent().build();
    }
}
