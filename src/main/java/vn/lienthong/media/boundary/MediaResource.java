package vn.lienthong.media.boundary;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import vn.lienthong.platform.boundary.JsonValues;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.live.boundary.LivePoints;
import vn.lienthong.live.entity.MediaLink;
import vn.lienthong.platform.problem.Messages;

/** Video of a meeting through the media server: joining its room, checks of points, the state of the media path. */
@Path("meetings/{id}/media")
@Tag(name = "Họp trực tuyến")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MediaResource {

    /** What the browser reports: {"state": "CONNECTED" | "RECONNECTING" | "FAILED", "packetLoss": 1.5}. */
    public record MediaStateRequest(@JsonbTypeDeserializer(StateReader.class) MediaLink state, Double packetLoss) {
    }

    /** An unknown state is refused with the field and the states there are, not as an unreadable body. */
    public static class StateReader implements JsonbDeserializer<MediaLink> {
        @Override
        public MediaLink deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return JsonValues.constant(MediaLink.class, parser.getValue());
        }
    }

    @PathParam("id")
    long meetingId;

    @Context
    HttpHeaders headers;

    @Inject
    MediaJoins joins;

    @Inject
    LivePoints points;

    @POST
    @Path("join")
    @Operation(summary = "Vào phòng hình ảnh của cuộc họp: máy chủ Janus, phòng, token và PIN riêng cho lần vào này,"
            + " có được phát hình, tiếng không; {available: false} khi chưa cấu hình máy chủ")
    public JsonObject join() {
        return joins.join(meetingId, Messages.choose(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("check/{unit}")
    @Operation(summary = "Yêu cầu điểm cầu của đơn vị phát hình, tiếng để kiểm tra (chỉ khi đang kiểm tra sẵn sàng)")
    public JsonObject check(@PathParam("unit") String unitCode) {
        return points.askMediaCheck(meetingId, unitCode);
    }

    @PUT
    @Path("state")
    @Operation(summary = "Trình duyệt báo tình trạng đường truyền hình ảnh (CONNECTED | RECONNECTING | FAILED, tỷ lệ mất gói)")
    public JsonObject state(@NotNull(message = "{valid.bodyRequired}") MediaStateRequest request) {
        return points.media(meetingId, request.state(), request.packetLoss());
    }
}
