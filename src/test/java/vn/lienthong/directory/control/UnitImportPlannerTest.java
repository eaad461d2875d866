package vn.lienthong.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.directory.control.PlannerFixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How an import changes the dated history of units: new versions, closed versions, same-day corrections, and
 * that importing a list again changes nothing.
 */
class UnitImportPlannerTest {

    @Test
    void firstImportInsertsEveryRowFromTheListDateOnwards() {
        ImportPlan plan = UnitImportPlanner.plan(List.of(), list(SOC_TRANG, TP_SOC_TRANG, PHUONG_1), D2021,
                ImportScope.FULL);

        assertEquals(3, plan.inserts().size());
        assertTrue(plan.inserts().stream().allMatch(v -> v.id() == null && v.validFrom().equals(D2021)
                && v.validTo() == null));
        assertEquals(List.of(), plan.validityChanges());
        assertEquals(0, plan.unchanged());
    }

    @Test
    void importingTheSameListAgainChangesNothingAfterEachKindOfChange() {
        InMemoryHistory history = new InMemoryHistory();
        List<UnitRow> list2021 = list(SOC_TRANG, TP_SOC_TRANG, PHUONG_1, PHUONG_9);
        history.importList(list2021, D2021, ImportScope.FULL);
        assertReimportChangesNothing(history, list2021, D2021, ImportScope.FULL);

        List<UnitRow> list2023 = list(SOC_TRANG, TP_SOC_TRANG,
                row("31513", "Phường 1 (sáp nhập)", "Phường", "941", 3));
        history.importList(list2023, D2023, ImportScope.FULL);
        assertReimportChangesNothing(history, list2023, D2023, ImportScope.FULL);
        assertReimportChangesNothing(history, list2021, D2021, ImportScope.FULL);
    }

    @Test
    void aRenameStartsANewVersionAndKeepsTheOldNameForEarlierDays() {
        InMemoryHistory history = new InMemoryHistory();
        history.importList(list(SOC_TRANG, TP_SOC_TRANG, PHUONG_1), D2021, ImportScope.FULL);
        UnitVersion before = history.on("31513", D2021);

        ImportPlan plan = history.importList(list(SOC_TRANG, TP_SOC_TRANG,
                row("31513", "Phường Một", "Phường", "941", 3)), D2023, ImportScope.FULL);

        assertEquals(List.of(new ValidityChange(before.id(), D2023)), plan.validityChanges());
        assertEquals(2, plan.unchanged());
        assertEquals("Phường 1", history.on("31513", D2023.minusDays(1)).name());
        assertEquals("Phường Một", history.on("31513", D2023).name());
        assertNull(history.on("31513", D2023).validTo());
    }

    @Test
    void aUnitTheListNoLongerHasIsClosedOnTheListDateAndRemainsForEarlierDays() {
        InMemoryHistory history = new InMemoryHistory();
        history.importList(list(SOC_TRANG, TP_SOC_TRANG, PHUONG_1, PHUONG_9), D2021, ImportScope.FULL);

        ImportPlan plan = history.importList(list(SOC_TRANG, TP_SOC_TRANG, PHUONG_1), D2023, ImportScope.FULL);

        assertEquals(List.of(), plan.inserts());
        assertEquals(1, plan.validityChanges().size());
        assertFalse(history.exists("31522", D2023));
        assertEquals("Phường 9", history.on("31522", D2023.minusDays(1)).name());
    }

    @Test
    void phuong1AndPhuong9MergingIntoPhuong1Code31522KeepsTheNamesOfEarlierMeetings() {
        InMemoryHistory history = new InMemoryHistory();
        history.importList(list(SOC_TRANG, TP_SOC_TRANG, PHUONG_1, PHUONG_9), D2021, ImportScope.FULL);
        LocalDate merger = LocalDate.of(2024, 1, 1);

        history.importList(list(SOC_TRANG, TP_SOC_TRANG, row("31522", "Phường 1", "Phường", "941", 3)), merger,
                ImportScope.PROVINCES);

        LocalDate dayBefore = merger.minusDays(1);
        assertEquals("Phường 1", history.on("31513", dayBefore).name());
        assertEquals("Phường 9", history.on("31522", dayBefore).name());
        assertFalse(history.exists("31513", merger));
        assertEquals("Phường 1", history.on("31522", merger).name());
    }

    @Test
    void anOlderListFillsTheGapUpToTheNextStoredVersion() {
        InMemoryHistory history = new InMemoryHistory();
        history.importList(list(SOC_TRANG, TP_SOC_TRANG, row("31513", "Phường Một", "Phường", "941", 3)),
                D2025, ImportScope.FULL);

        ImportPlan plan = history.importList(list(SOC_TRANG, TP_SOC_TRANG, PHUONG_1), D2021, ImportScope.FULL);

        assertEquals(3, plan.inserts().size());
        assertTrue(plan.inserts().stream().allMatch(v -> D2025.equals(v.validTo())));
        assertEquals("Phường 1", history.on("31513", D2023).name());
        assertEquals("Phường Một", history.on("31513", D2025).name());
    }

    @Test
    void aChangeInsideAClosedPeriodKeepsThatPeriodsEnd() {
        InMemoryHistory history = new InMemoryHistory();
        history.importList(list(SOC_TRANG, TP_SOC_TRANG, PHUONG_1), D2021, ImportScope.FULL);
        history.importList(list(SOC_TRANG, TP_SOC_TRANG), D2025, ImportScope.FULL);

        history.importList(list(SOC_TRANG, TP_SOC_TRANG, row("31513", "Phường Một", "Phường", "941", 3)), D2023,
                ImportScope.FULL);

        UnitVersion renamed = history.on("31513", D2023);
        assertEquals("Phường Một", renamed.name());
        assertEquals(D2025, renamed.validTo());
        assertFalse(history.exists("31513", D2025));
    }

    @Test
    void aCorrectedListForTheSameDateCorrectsTheVersionInPlace() {
        InMemoryHistory history = new InMemoryHistory();
        history.importList(list(SOC_TRANG, TP_SOC_TRANG, row("31513", "Phường 1 (lỗi)", "Xã", "941", 3)), D2021,
                ImportScope.FULL);
        UnitVersion wrong = history.on("31513", D2021);

        List<UnitRow> corrected = list(SOC_TRANG, TP_SOC_TRANG, PHUONG_1);
        ImportPlan plan = history.importList(corrected, D2021, ImportScope.FULL);

        assertEquals(List.of(), plan.validityChanges(), "a same-day version is not closed but corrected");
        assertEquals(List.of(), plan.newVersions());
        assertEquals(List.of(new UnitVersion(wrong.id(), "31513", "Phường 1", "Phường", 3, "941", D2021, null)),
                plan.corrections());
        assertEquals(1, history.versionsOf("31513").size());
        assertEquals("Phường 1", history.on("31513", D2021).name());
        assertReimportChangesNothing(history, corrected, D2021, ImportScope.FULL);
    }

    @Test
    void aUnitDroppedFromAListOfTheSameDateIsValidOnNoDay() {
        InMemoryHistory history = new InMemoryHistory();
        history.importList(list(SOC_TRANG, TP_SOC_TRANG, PHUONG_1, PHUONG_9), D2021, ImportScope.FULL);
        long phuong9 = history.on("31522", D2021).id();

        ImportPlan plan = history.importList(list(SOC_TRANG, TP_SOC_TRANG, PHUONG_1), D2021, ImportScope.FULL);

        assertEquals(List.of(new ValidityChange(phuong9, D2021)), plan.validityChanges());
        assertFalse(history.exists("31522", D2021));
        assertFalse(history.exists("31522", D2021.minusDays(1)));
    }

    @Test
    void refusesStoredVersionsWithoutId() {
        UnitVersion unsaved = new UnitVersion(null, "94", "Tỉnh Sóc Trăng", "Tỉnh", 1, null, D2021, null);

        assertThrows(IllegalArgumentException.class,
                () -> UnitImportPlanner.plan(List.of(unsaved), List.of(), D2023, ImportScope.FULL));
    }
}
