package vn.lienthong.live.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import vn.lienthong.live.entity.Attendance;
import vn.lienthong.live.entity.Ballot;
import vn.lienthong.live.entity.Hand;
import vn.lienthong.live.entity.LiveMeeting;
import vn.lienthong.live.entity.PersonAttendance;
import vn.lienthong.live.entity.PointStatus;
import vn.lienthong.live.entity.Stay;
import vn.lienthong.live.entity.Vote;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * The pieces of the live state as JSON, the same in the snapshot and in the events that change them, so that a
 * client replaces a piece of its picture with what an event carries.
 */
public final class LiveJson {

    private LiveJson() {
    }

    public static JsonObject lifecycle(LiveMeeting live, Meeting meeting, Instant readinessOpens, Instant now) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("phase", live.getPhase().name())
                .add("meetingStatus", meeting.getStatus().name())
                .add("scheduledStart", meeting.getStart().toString())
                .add("scheduledEnd", meeting.getEnd().toString())
                .add("readinessOpensAt", readinessOpens.toString());
        instant(json, "startedAt", live.getStartedAt());
        text(json, "startedBy", live.getStartedBy());
        instant(json, "endedAt", live.getEndedAt());
        text(json, "endedBy", live.getEndedBy());
        return json.add("lateStart", live.isLateStart(meeting.getStart(), now))
                .add("overrun", live.isOverrun(meeting.getEnd(), now))
                .build();
    }

    /** A point of the meeting; {@code status} is {@code null} while it has not checked in. */
    public static JsonObject point(long pointId, String unitCode, String unitName, PointStatus status) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("pointId", pointId).add("unit", unitCode);
        text(json, "unitName", unitName);
        if (status == null || status.getReadiness() == null) {
            json.addNull("readiness").add("checks", JsonValue.EMPTY_JSON_OBJECT).addNull("note")
                    .addNull("checkedBy").addNull("checkedAt");
        } else {
            json.add("readiness", status.getReadiness().name())
                    .add("checks", status.getChecksJson() == null ? JsonValue.EMPTY_JSON_OBJECT
                            : parse(status.getChecksJson()));
            text(json, "note", status.getNote());
            text(json, "checkedBy", status.getCheckedBy());
            instant(json, "checkedAt", status.getCheckedAt());
        }
        json.add("connection", status == null ? "OFFLINE" : status.getConnection().name());
        text(json, "source", status == null || status.getSource() == null ? null : status.getSource().name());
        instant(json, "lastSeen", status == null ? null : status.getLastSeen());
        return json.add("media", media(status)).build();
    }

    /** What the point's browser reports of its video path, and the secretariat's request for a check. */
    private static JsonObject media(PointStatus status) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        text(json, "state", status == null || status.getMedia() == null ? null : status.getMedia().name());
        if (status == null || status.getPacketLoss() == null) {
            json.addNull("packetLoss");
        } else {
            json.add("packetLoss", status.getPacketLoss());
        }
        instant(json, "at", status == null ? null : status.getMediaAt());
        text(json, "checkAskedBy", status == null ? null : status.getMediaCheckBy());
        instant(json, "checkAskedAt", status == null ? null : status.getMediaCheckAt());
        return json.build();
    }

    /**
     * A unit's line with its delegates, each with the secretariat's word on them if any, and when the unit's point
     * and each delegate was in the meeting ({@code presence}: first joined, last left, seconds in, the stays).
     */
    public static JsonObject unit(RollCall.Line line, RollCallSheet sheet) {
        Attendance attendance = sheet.attendanceOf(line.unitCode());
        Map<Integer, PersonAttendance> persons = sheet.personsOf(line.unitCode());
        JsonArrayBuilder delegates = Json.createArrayBuilder();
        for (int i = 0; i < line.delegates().size(); i++) {
            JsonObjectBuilder delegate = Json.createObjectBuilder().add("ordinal", i).add("name", line.delegates().get(i));
            PersonAttendance person = persons.get(i);
            text(delegate, "state", person == null ? null : person.getState().name());
            text(delegate, "reason", person == null ? null : person.getReason());
            text(delegate, "representedBy", person == null ? null : person.getRepresentedBy());
            delegates.add(delegate.add("presence", presence(sheet.staysOf(line.unitCode(), i))));
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("unit", line.unitCode())
                .add("unitName", line.unitName()).add("level", line.level()).add("expected", line.expected())
                .add("delegates", delegates).add("presence", presence(sheet.staysOf(line.unitCode())));
        if (attendance == null) {
            return json.addNull("state").add("present", false).build();
        }
        json.add("state", attendance.getState().name()).add("present", attendance.isPresent());
        text(json, "reason", attendance.getReason());
        text(json, "representedBy", attendance.getRepresentedBy());
        return json.add("auto", attendance.isAuto()).add("setBy", attendance.getSetBy())
                .add("setAt", at(attendance.getSetAt())).build();
    }

    /** {"firstJoined", "lastLeft" (null while in), "in", "seconds", "stays": [{"from", "to"}]}. */
    public static JsonObject presence(Stays.Summary summary) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        instant(json, "firstJoined", summary.firstJoined());
        instant(json, "lastLeft", summary.lastLeft());
        JsonArrayBuilder stays = Json.createArrayBuilder();
        for (Stay stay : summary.stays()) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("from", stay.from().toString());
            instant(item, "to", stay.to());
            stays.add(item);
        }
        return json.add("in", summary.in()).add("seconds", summary.total().getSeconds()).add("stays", stays).build();
    }

    public static JsonArrayBuilder tiers(List<RollCall.Tier> tiers) {
        JsonArrayBuilder json = Json.createArrayBuilder();
        tiers.forEach(t -> json.add(Json.createObjectBuilder().add("level", t.level()).add("tier", t.name())
                .add("invited", t.invited()).add("expected", t.expected()).add("present", t.present())));
        return json;
    }

    public static JsonArrayBuilder hands(List<Hand> queue) {
        JsonArrayBuilder json = Json.createArrayBuilder();
        for (Hand hand : queue) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("unit", hand.getUnitCode());
            text(item, "topic", hand.getTopic());
            json.add(item.add("raisedBy", hand.getRaisedBy()).add("raisedAt", at(hand.getRaisedAt())));
        }
        return json;
    }

    /** Who has the floor, or JSON null. */
    public static JsonValue floor(LiveMeeting live, Map<String, String> unitNames) {
        if (live.getFloorUnit() == null) {
            return JsonValue.NULL;
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("unit", live.getFloorUnit());
        text(json, "unitName", unitNames.get(live.getFloorUnit()));
        return json.add("since", at(live.getFloorSince())).add("grantedBy", live.getFloorBy()).build();
    }

    /** A vote with its live result: the number of ballots per option, and which units voted. */
    public static JsonObject vote(Vote vote, List<Ballot> ballots) {
        List<String> options = vote.getOptions();
        int[] tally = new int[options.size()];
        JsonArrayBuilder voted = Json.createArrayBuilder();
        for (Ballot ballot : ballots) {
            tally[ballot.getOption()]++;
            voted.add(ballot.getUnitCode());
        }
        JsonArrayBuilder texts = Json.createArrayBuilder();
        options.forEach(texts::add);
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (int count : tally) {
            counts.add(count);
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", vote.getId()).add("question", vote.getQuestion())
                .add("options", texts).add("status", vote.getStatus().name()).add("tally", counts)
                .add("ballots", ballots.size()).add("voted", voted).add("openedBy", vote.getOpenedBy())
                .add("openedAt", at(vote.getOpenedAt()));
        instant(json, "closedAt", vote.getClosedAt());
        return json.build();
    }

    public static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static void instant(JsonObjectBuilder json, String name, Instant value) {
        text(json, name, value == null ? null : at(value));
    }

    /**
     * A moment as the live tables keep it, to the millisecond: an event sent from the clock of the change must
     * read exactly like the snapshot read from the database afterwards, on this instance or another.
     */
    private static String at(Instant value) {
        return value.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
