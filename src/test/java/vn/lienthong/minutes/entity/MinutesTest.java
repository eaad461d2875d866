package vn.lienthong.minutes.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.lienthong.platform.problem.ProblemException;

/** Issue 5: the life of minutes: versions while a draft, locked once finalised, corrected only by amendments. */
class MinutesTest {

    private static final Author SECRETARY = new Author("thuky", "94", Instant.parse("2031-03-03T03:00:00Z"));
    private static final Author CHAIR = new Author("chutich", "94", Instant.parse("2031-03-03T04:00:00Z"));
    private static final Minutes.Seal SEAL = (n, content) -> "hash-" + n + "-" + content;

    @Test
    void everySaveAndRestoreIsANewVersionOnTopOfTheCurrentOne() {
        Minutes minutes = new Minutes(7);
        MinutesVersion first = minutes.save(0, "{\"a\":1}", SECRETARY);
        MinutesVersion second = minutes.save(1, "{\"a\":2}", SECRETARY);
        MinutesVersion restored = minutes.restore(first, SECRETARY);

        assertEquals(1, first.getNumber());
        assertEquals(2, second.getNumber());
        assertEquals(3, restored.getNumber());
        assertEquals(VersionKind.RESTORE, restored.getKind());
        assertEquals("{\"a\":1}", restored.getContent());
        assertEquals(1, restored.getBasedOn());
        assertNull(second.getSha256());
        assertEquals(3, minutes.getCurrentNumber());
    }

    @Test
    void aSaveOverAnOlderVersionIsRefused() {
        Minutes minutes = new Minutes(7);
        minutes.save(0, "{}", SECRETARY);

        ProblemException stale = assertThrows(ProblemException.class, () -> minutes.save(0, "{}", SECRETARY));
        assertEquals(409, stale.status());
        assertEquals(1, minutes.getCurrentNumber());
    }

    @Test
    void finalisingLocksTheCurrentTextUnderItsHashAndNothingChangesAfterwards() {
        Minutes minutes = new Minutes(7);
        MinutesVersion draft = minutes.save(0, "{\"a\":1}", SECRETARY);
        assertThrows(ProblemException.class, () -> new Minutes(8).finalizeBy(null, CHAIR, SEAL));

        MinutesVersion locked = minutes.finalizeBy(draft, CHAIR, SEAL);

        assertEquals(VersionKind.FINAL, locked.getKind());
        assertEquals("hash-2-{\"a\":1}", locked.getSha256());
        assertEquals(MinutesStatus.FINAL, minutes.getStatus());
        assertEquals(2, minutes.getFinalNumber());
        for (Runnable change : new Runnable[] {() -> minutes.save(2, "{}", SECRETARY),
                () -> minutes.restore(draft, SECRETARY), () -> minutes.finalizeBy(locked, CHAIR, SEAL)}) {
            assertEquals(409, assertThrows(ProblemException.class, change::run).status());
        }
        assertEquals(2, minutes.getCurrentNumber());
    }

    @Test
    void anAmendmentIsLockedNamesTheVersionItCorrectsAndNeedsAReason() {
        Minutes minutes = new Minutes(7);
        assertEquals(409, assertThrows(ProblemException.class,
                () -> minutes.amend("{}", "sửa", CHAIR, SEAL)).status(), "nothing to amend before finalising");
        minutes.finalizeBy(minutes.save(0, "{\"a\":1}", SECRETARY), CHAIR, SEAL);
        assertEquals(400, assertThrows(ProblemException.class,
                () -> minutes.amend("{}", "  ", CHAIR, SEAL)).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> minutes.amend("{}", "x".repeat(501), CHAIR, SEAL)).status());

        MinutesVersion amendment = minutes.amend("{\"a\":3}", " Ghi nhầm số liệu ", CHAIR, SEAL);

        assertEquals(VersionKind.AMENDMENT, amendment.getKind());
        assertTrue(amendment.isLocked());
        assertEquals(2, amendment.getBasedOn());
        assertEquals("Ghi nhầm số liệu", amendment.getReason());
        assertEquals("hash-3-{\"a\":3}", amendment.getSha256());
        assertEquals(MinutesStatus.AMENDED, minutes.getStatus());
        assertEquals(4, minutes.amend("{\"a\":4}", "lần hai", CHAIR, SEAL).getNumber());
        assertEquals(2, minutes.getFinalNumber(), "the finalised version stays the one the chair locked");
    }
}
