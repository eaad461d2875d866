package vn.lienthong.live.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The live meeting as a whole, and its start and end; the socket {@code /ws/meetings/{id}} pushes every change. */
@Path("meetings/{id}/live")
@Tag(name = "Họp trực tuyến")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LiveResource {

    @PathParam("id")
    long meetingId;

    @Inject
    LiveMeetings meetings;

    @GET
    @Operation(summary = "Toàn bộ trạng thái cuộc họp trực tuyến, như tin đầu tiên của WebSocket (seq: số sự kiện cuối)")
    public String snapshot() {
        return meetings.open(meetingId).message();
    }

    @GET
    @Path("events")
    @Operation(summary = "Các sự kiện sau số since; quá cũ hoặc không hợp lệ thì trả ảnh chụp (snapshot) mới")
    public JsonObject events(@QueryParam("since") String since) {
        long after = since == null ? -1 : parsed(since);
        LiveMeetings.Missed missed = meetings.since(meetingId, after);
        JsonObjectBuilder json = Json.createObjectBuilder().add("since", after).add("seq", missed.seq());
        if (missed.snapshot() != null) {
            return json.add("snapshot", missed.snapshot().data()).build();
        }
        JsonArrayBuilder events = Json.createArrayBuilder();
        missed.events().forEach(e -> events.add(Json.createObjectBuilder().add("seq", e.seq()).add("type", e.type())
                .add("data", Json.createReader(new java.io.StringReader(e.data())).readValue())));
        return json.add("events", events).build();
    }

    @POST
    @Path("start")
    @Operation(summary = "Bắt đầu cuộc họp (chủ trì hoặc văn phòng), từ khi mở kiểm tra sẵn sàng")
    public JsonObject start() {
        return meetings.start(meetingId);
    }

    @POST
    @Path("end")
    @Operation(summary = "Kết thúc cuộc họp")
    public JsonObject end() {
        return meetings.end(meetingId);
    }

    private static long parsed(String since) {
        try {
            return Long.parseLong(since.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
