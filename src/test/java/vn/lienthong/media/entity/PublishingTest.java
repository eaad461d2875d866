package vn.lienthong.media.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.lienthong.live.entity.LivePhase;

/** Issue 6: who sends camera and microphone into a meeting's room, and when. */
class PublishingTest {

    private static final String HOST = "94";
    private static final String COMMUNE = "31570";

    @Test
    void theHostsPointPublishesFromTheReadinessCheckUntilTheEnd() {
        assertTrue(Publishing.allowed(HOST, HOST, LivePhase.READINESS, null, false));
        assertTrue(Publishing.allowed(HOST, HOST, LivePhase.LIVE, COMMUNE, false));
        assertFalse(Publishing.allowed(HOST, HOST, LivePhase.SCHEDULED, null, false));
        assertFalse(Publishing.allowed(HOST, HOST, LivePhase.ENDED, null, false));
        assertFalse(Publishing.allowed(HOST, HOST, LivePhase.CANCELLED, null, false));
    }

    @Test
    void aCommunePublishesWhileItHoldsTheFloorOnly() {
        assertTrue(Publishing.allowed(COMMUNE, HOST, LivePhase.LIVE, COMMUNE, false));
        assertFalse(Publishing.allowed(COMMUNE, HOST, LivePhase.LIVE, null, false));
        assertFalse(Publishing.allowed(COMMUNE, HOST, LivePhase.LIVE, "31531", false));
    }

    @Test
    void aCheckAskedForCountsDuringTheReadinessCheckOnly() {
        assertTrue(Publishing.allowed(COMMUNE, HOST, LivePhase.READINESS, null, true));
        assertFalse(Publishing.allowed(COMMUNE, HOST, LivePhase.READINESS, null, false));
        assertFalse(Publishing.allowed(COMMUNE, HOST, LivePhase.LIVE, null, true), "once live only the floor counts");
        assertFalse(Publishing.allowed(COMMUNE, HOST, LivePhase.SCHEDULED, null, true));
        assertFalse(Publishing.allowed(COMMUNE, HOST, LivePhase.ENDED, COMMUNE, true));
    }
}
