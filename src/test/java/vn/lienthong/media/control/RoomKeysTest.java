package vn.lienthong.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 6: every instance, before and after a restart, derives the same secret and PIN for a meeting's room. */
class RoomKeysTest {

    private final RoomKeys keys = new RoomKeys("a room secret of the province");

    @Test
    void theSameMeetingGetsTheSameKeysEveryTime() {
        RoomKeys again = new RoomKeys("a room secret of the province");
        assertEquals(keys.pin(42), again.pin(42));
        assertEquals(keys.secret(42), again.secret(42));
    }

    @Test
    void anotherMeetingOrAnotherSecretGivesOtherKeys() {
        assertNotEquals(keys.pin(42), keys.pin(43));
        assertNotEquals(keys.secret(42), keys.secret(43));
        assertNotEquals(keys.secret(42), new RoomKeys("another secret of another site").secret(42));
    }

    @Test
    void aPinIsEightDigitsAndTheSecretIsNotThePin() {
        for (long meeting = 1; meeting < 200; meeting++) {
            assertTrue(keys.pin(meeting).matches("\\d{8}"), keys.pin(meeting));
            assertEquals(32, keys.secret(meeting).length());
        }
    }

    @Test
    void aUnitKeepsItsPublisherIdInAMeetingAndGetsAnotherInTheNext() {
        RoomKeys again = new RoomKeys("a room secret of the province");
        assertEquals(keys.feed(42, "31570"), again.feed(42, "31570"));
        assertNotEquals(keys.feed(42, "31570"), keys.feed(42, "31531"));
        assertNotEquals(keys.feed(42, "31570"), keys.feed(43, "31570"));
        assertNotEquals(keys.feed(42, "31570"), new RoomKeys("another secret of another site").feed(42, "31570"));
    }

    @Test
    void aPublisherIdIsAPositiveNumberABrowserHoldsExactly() {
        for (long meeting = 1; meeting < 200; meeting++) {
            long feed = keys.feed(meeting, "94");
            assertTrue(feed >= 1 && feed <= 1L << 52, () -> String.valueOf(feed));
        }
    }
}
