package vn.lienthong.minutes.boundary;

import jakarta.json.JsonObject;
import java.time.Instant;
import vn.lienthong.minutes.control.MinutesSeal;
import vn.lienthong.minutes.entity.Minutes;
import vn.lienthong.minutes.entity.MinutesStatus;
import vn.lienthong.minutes.entity.MinutesVersion;
import vn.lienthong.minutes.entity.VersionKind;

/**
 * The current minutes of a meeting. {@code version} is what a save must send back; 0 with {@code kind} null is
 * the starting text built from the meeting, not stored yet. {@code sha256} is set when the current version is
 * locked (finalised or amended); {@code finalVersion} names the version the chair finalised. {@code rollCall}:
 * the meeting went live and has a roll call the attendance can be taken from.
 */
public record MinutesView(long meetingId, int version, MinutesStatus status, VersionKind kind, String author,
                          Instant savedAt, String sha256, Integer finalVersion, JsonObject content,
                          boolean rollCall) {

    static MinutesView template(long meetingId, JsonObject content, boolean rollCall) {
        return new MinutesView(meetingId, 0, MinutesStatus.DRAFT, null, null, null, null, null, content, rollCall);
    }

    static MinutesView of(Minutes minutes, MinutesVersion current, boolean rollCall) {
        return new MinutesView(minutes.getMeetingId(), current.getNumber(), minutes.getStatus(), current.getKind(),
                current.getAuthor(), current.getSavedAt(), current.getSha256(), minutes.getFinalNumber(),
                MinutesSeal.parse(current.getContent()), rollCall);
    }
}
