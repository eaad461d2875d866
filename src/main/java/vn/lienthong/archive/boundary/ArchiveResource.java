package vn.lienthong.archive.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The archive search and the care of its index. */
@Path("archive")
@Tag(name = "Lưu trữ")
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveResource {

    @Inject
    ArchiveSearch search;

    @Inject
    ArchiveIndexing indexing;

    @GET
    @Path("search")
    @Operation(summary = "Tìm trong lưu trữ các cuộc họp người dùng được xem: q (từ, \"cụm từ\"; không phân biệt hoa"
            + " thường và dấu), from/to (YYYY-MM-DD), host, unit, chair, kind, status, minutes (NONE|DRAFT|FINAL|"
            + "AMENDED), sort (relevance|date), page (từ 1), size (1-100)")
    public SearchResult search(@QueryParam("q") String q, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("host") String host,
                               @QueryParam("unit") String unit, @QueryParam("chair") String chair,
                               @QueryParam("kind") String kind, @QueryParam("status") String status,
                               @QueryParam("minutes") String minutes, @QueryParam("sort") String sort,
                               @QueryParam("page") String page, @QueryParam("size") String size) {
        return search.search(new SearchRequest(q, from, to, host, unit, chair, kind, status, minutes, sort, page,
                size));
    }

    @GET
    @Path("facets")
    @Operation(summary = "Đếm mọi kết quả của cùng một tìm kiếm (tổng chính xác và số theo năm, đơn vị chủ trì, loại"
            + " họp): trang kết quả thôi đếm khi quá 10.000 kết quả, trang tải phần này sau")
    public SearchResult.Counted facets(@QueryParam("q") String q, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("host") String host,
                                       @QueryParam("unit") String unit, @QueryParam("chair") String chair,
                                       @QueryParam("kind") String kind, @QueryParam("status") String status,
                                       @QueryParam("minutes") String minutes, @QueryParam("sort") String sort) {
        return search.count(new SearchRequest(q, from, to, host, unit, chair, kind, status, minutes, sort, null,
                null));
    }

    @GET
    @Path("index")
    @Operation(summary = "Tình trạng chỉ mục tìm kiếm của máy chủ này (quản trị, lưu trữ)")
    public IndexStatus index() {
        return indexing.status();
    }

    @POST
    @Path("index/rebuild")
    @Operation(summary = "Dựng lại chỉ mục từ cơ sở dữ liệu (quản trị); vẫn tìm được trong lúc dựng; 409 nếu đang dựng")
    public Response rebuild() {
        return Response.accepted(indexing.rebuild()).build();
    }

    @POST
    @Path("index/pause")
    @Operation(summary = "Tạm dừng cập nhật chỉ mục (các thay đổi chờ trong cơ sở dữ liệu) (quản trị)")
    public IndexStatus pause() {
        return indexing.pause(true);
    }

    @POST
    @Path("index/resume")
    @Operation(summary = "Tiếp tục cập nhật chỉ mục (quản trị)")
    public IndexStatus resume() {
        return indexing.pause(false);
    }
}
