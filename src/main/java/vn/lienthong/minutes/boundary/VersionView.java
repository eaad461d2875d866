package vn.lienthong.minutes.boundary;

import jakarta.json.JsonObject;
import java.time.Instant;
import vn.lienthong.minutes.control.MinutesSeal;
import vn.lienthong.minutes.entity.MinutesVersion;
import vn.lienthong.minutes.entity.VersionKind;

/**
 * One version of the minutes. {@code basedOn} is the version a RESTORE brought back or the locked version an
 * AMENDMENT corrects; {@code reason} says why an amendment was made; {@code content} is left out of lists.
 */
public record VersionView(int n, VersionKind kind, String author, String authorUnit, Instant savedAt, boolean locked,
                          String sha256, String reason, Integer basedOn, JsonObject content) {

    static VersionView summary(MinutesVersion v) {
        return new VersionView(v.getNumber(), v.getKind(), v.getAuthor(), v.getAuthorUnit(), v.getSavedAt(),
                v.isLocked(), v.getSha256(), v.getReason(), v.getBasedOn(), null);
    }

    static VersionView of(MinutesVersion v) {
        return new VersionView(v.getNumber(), v.getKind(), v.getAuthor(), v.getAuthorUnit(), v.getSavedAt(),
                v.isLocked(), v.getSha256(), v.getReason(), v.getBasedOn(), MinutesSeal.parse(v.getContent()));
    }
}
