package vn.lienthong.minutes.control;

import jakarta.json.JsonObject;
import java.time.ZonedDateTime;
import java.util.Objects;
import vn.lienthong.minutes.entity.VersionKind;
import vn.lienthong.scheduling.control.LetterContent;
import vn.lienthong.scheduling.entity.MeetingKind;

/**
 * Everything the PDF of locked minutes says, gathered from the meeting, the directory on the meeting date and the
 * newest locked version, so that laying it out needs neither the container nor the database.
 *
 * @param issuer    the host's People's Committee as on the meeting date
 * @param venue     where the host sat, e.g. "Điểm cầu Tỉnh Sóc Trăng (Phòng họp trực tuyến)"
 * @param secretary who wrote the text that was locked (display name); {@code null} when unknown
 * @param content   the version's normalised content ({@link MinutesContent})
 * @param basedOn   for an amendment: the locked version it corrects; {@code null} otherwise
 * @param reason    for an amendment: why; {@code null} otherwise
 */
public record MinutesPrint(LetterContent.Issuer issuer, long meetingId, String title, MeetingKind kind,
                           ZonedDateTime start, ZonedDateTime end, String venue, String chair, String chairPosition,
                           String secretary, JsonObject content, int version, VersionKind versionKind,
                           String sha256, Integer basedOn, String reason) {

    public MinutesPrint {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sha256, "sha256: only locked minutes are printed");
    }

    public boolean isAmendment() {
        return versionKind == VersionKind.AMENDMENT;
    }
}
