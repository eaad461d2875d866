package vn.lienthong.media.entity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Janus token issued for one join: {@code lt-<meeting>-<expiry in epoch seconds>-<random>}. The meeting and the
 * expiry are in the token itself, so that the tokens Janus holds can be swept after a restart of the application
 * (from Janus's own list) without keeping them anywhere else.
 */
public record MediaToken(long meetingId, Instant expiresAt, String nonce) {

    private static final String PREFIX = "lt-";
    private static final Pattern FORM = Pattern.compile("lt-(\\d{1,18})-(\\d{1,12})-([A-Za-z0-9_-]{16,64})");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static MediaToken issue(long meetingId, Instant expiresAt) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return new MediaToken(meetingId, Instant.ofEpochSecond(expiresAt.getEpochSecond()),
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token a text is, if the application issued it; other tokens in Janus are not ours to touch. */
    public static Optional<MediaToken> parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new MediaToken(Long.parseLong(m.group(1)), Instant.ofEpochSecond(Long.parseLong(m.group(2))),
                m.group(3)));
    }

    public String text() {
        return PREFIX + meetingId + "-" + expiresAt.getEpochSecond() + "-" + nonce;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
