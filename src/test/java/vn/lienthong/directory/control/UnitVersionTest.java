package vn.lienthong.directory.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UnitVersionTest {

    private static final LocalDate FROM = LocalDate.of(2021, 11, 1);
    private static final LocalDate TO = LocalDate.of(2025, 7, 1);

    private static UnitVersion phuong1(LocalDate validTo) {
        return new UnitVersion(1L, "31513", "Phường 1", "Phường", 3, "941", FROM, validTo);
    }

    @Test
    void isValidFromItsFirstDayUpToButExcludingItsEnd() {
        UnitVersion version = phuong1(TO);

        assertFalse(version.isValidOn(FROM.minusDays(1)));
        assertTrue(version.isValidOn(FROM));
        assertTrue(version.isValidOn(TO.minusDays(1)));
        assertFalse(version.isValidOn(TO));
    }

    @Test
    void withoutEndStaysValid() {
        assertTrue(phuong1(null).isValidOn(LocalDate.of(2100, 1, 1)));
    }

    @Test
    void endingTheDayItBeginsIsNeverValid() {
        assertFalse(phuong1(FROM).isValidOn(FROM));
    }

    @Test
    void comparesNameTypeLevelAndParentWithARow() {
        UnitVersion version = phuong1(null);

        assertTrue(version.sameContentAs(new UnitRow(7, "31513", "Phường 1", "Phường", "941", 3)));
        assertFalse(version.sameContentAs(new UnitRow(7, "31513", "Phường 1 mới", "Phường", "941", 3)));
        assertFalse(version.sameContentAs(new UnitRow(7, "31513", "Phường 1", "Xã", "941", 3)));
        assertFalse(version.sameContentAs(new UnitRow(7, "31513", "Phường 1", "Phường", "942", 3)));
        assertFalse(version.sameContentAs(new UnitRow(7, "31513", "Phường 1", "Phường", "94", 2)));
    }
}
