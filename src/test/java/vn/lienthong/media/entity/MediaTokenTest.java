package vn.lienthong.media.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 6: join tokens carry their meeting and expiry, so they can be swept from Janus's own list. */
class MediaTokenTest {

    private static final Instant EXPIRY = Instant.parse("2031-03-03T03:00:00Z");

    @Test
    void aTokenReadsBackAsTheMeetingAndExpiryItWasIssuedFor() {
        MediaToken token = MediaToken.issue(4711, EXPIRY.plusMillis(300));
        MediaToken read = MediaToken.parse(token.text()).orElseThrow();
        assertEquals(4711, read.meetingId());
        assertEquals(EXPIRY, read.expiresAt());
        assertEquals(token, read);
        assertTrue(token.text().startsWith("lt-4711-" + EXPIRY.getEpochSecond() + "-"));
    }

    @Test
    void everyJoinGetsATokenOfItsOwn() {
        assertNotEquals(MediaToken.issue(1, EXPIRY).text(), MediaToken.issue(1, EXPIRY).text());
    }

    @Test
    void tokensNotIssuedHereAreLeftAlone() {
        assertTrue(MediaToken.parse("janus-admin-token").isEmpty());
        assertTrue(MediaToken.parse("lt-12-abc-xxxxxxxxxxxxxxxxxxxx").isEmpty());
        assertTrue(MediaToken.parse(null).isEmpty());
    }

    @Test
    void aTokenExpiresAtItsExpiry() {
        MediaToken token = MediaToken.issue(1, EXPIRY);
        assertFalse(token.isExpired(EXPIRY.minusSeconds(1)));
        assertTrue(token.isExpired(EXPIRY));
    }
}
