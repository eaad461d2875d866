package vn.lienthong.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.directory.control.PlannerFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which units an import may close (its scope) and which rows it can take (each needs a parent).
 */
class UnitImportHierarchyTest {

    @Test
    void provincesScopeClosesOnlyUnitsOfTheProvincesInTheList() {
        InMemoryHistory history = new InMemoryHistory();
        history.importList(list(SOC_TRANG, TP_SOC_TRANG, PHUONG_1, PHUONG_9, BAC_LIEU, TP_BAC_LIEU), D2021,
                ImportScope.FULL);

        ImportPlan plan = history.importList(list(SOC_TRANG, TP_SOC_TRANG, PHUONG_1), D2023,
                ImportScope.PROVINCES);

        assertEquals(1, plan.validityChanges().size());
        assertFalse(history.exists("31522", D2023));
        assertTrue(history.exists("95", D2023));
        assertTrue(history.exists("954", D2023));
    }

    @Test
    void fullScopeClosesUnitsOfProvincesTheListDoesNotName() {
        InMemoryHistory history = new InMemoryHistory();
        history.importList(list(SOC_TRANG, TP_SOC_TRANG, BAC_LIEU, TP_BAC_LIEU), D2021, ImportScope.FULL);

        history.importList(list(SOC_TRANG, TP_SOC_TRANG), D2023, ImportScope.FULL);

        assertFalse(history.exists("95", D2023));
        assertFalse(history.exists("954", D2023));
    }

    @Test
    void provincesScopeFollowsTheListWhereItMovesAUnitToAnotherProvince() {
        InMemoryHistory history = new InMemoryHistory();
        history.importList(list(SOC_TRANG, TP_SOC_TRANG, PHUONG_1, BAC_LIEU), D2021, ImportScope.FULL);

        // the list speaks for Bạc Liêu only, and now places 941 there; 31513 below it is no longer listed
        history.importList(list(BAC_LIEU, row("941", "Thành phố Sóc Trăng", "Thành phố", "95", 2)), D2023,
                ImportScope.PROVINCES);

        assertEquals("95", history.on("941", D2023).parentCode());
        assertFalse(history.exists("31513", D2023));
        assertTrue(history.exists("94", D2023));
    }

    @Test
    void aRowWithoutParentIsReportedAndSoAreTheRowsBelowIt() {
        InMemoryHistory history = new InMemoryHistory();
        history.importList(list(SOC_TRANG, TP_SOC_TRANG, PHUONG_1), D2021, ImportScope.FULL);

        List<UnitRow> rows = list(SOC_TRANG, row("942", "Huyện Châu Thành", "Huyện", "99", 2),
                row("31471", "Thị trấn Châu Thành", "Thị trấn", "942", 3), TP_SOC_TRANG, PHUONG_1);
        ImportPlan plan = UnitImportPlanner.plan(history.versions(), rows, D2023, ImportScope.PROVINCES);

        assertEquals(List.of(new CsvProblem(3, "Đơn vị cấp trên có mã 99 không có trong danh sách."),
                new CsvProblem(4, "Đơn vị cấp trên có mã 942 không nhập được (xem dòng 3).")), plan.problems());
        assertTrue(plan.isEmpty());
        assertEquals(3, plan.unchanged());
    }

    @Test
    void aRowOfAFaultyListDoesNotCloseItsStoredUnit() {
        InMemoryHistory history = new InMemoryHistory();
        history.importList(list(SOC_TRANG, TP_SOC_TRANG, PHUONG_1), D2021, ImportScope.FULL);

        ImportPlan plan = history.importList(list(SOC_TRANG, row("941", "Thành phố Sóc Trăng", "Thành phố", "99",
                2), PHUONG_1), D2023, ImportScope.FULL);

        assertEquals(2, plan.problems().size());
        assertTrue(plan.isEmpty());
        assertEquals("94", history.on("941", D2023).parentCode());
    }

    @Test
    void aStoredParentCountsUnlessTheSameListClosesIt() {
        InMemoryHistory history = new InMemoryHistory();
        history.importList(list(SOC_TRANG, TP_SOC_TRANG), D2021, ImportScope.FULL);
        List<UnitRow> communesOnly = list(PHUONG_1);

        ImportPlan partial = UnitImportPlanner.plan(history.versions(), communesOnly, D2023, ImportScope.PROVINCES);
        ImportPlan whole = UnitImportPlanner.plan(history.versions(), communesOnly, D2023, ImportScope.FULL);

        assertEquals(List.of(), partial.problems());
        assertEquals(1, partial.inserts().size());
        assertEquals(List.of(new CsvProblem(2, "Đơn vị cấp trên có mã 941 không có trong danh sách.")),
                whole.problems());
    }

    @Test
    void theOrderOfRowsDoesNotMatter() {
        InMemoryHistory history = new InMemoryHistory();
        List<UnitRow> childrenFirst = list(PHUONG_9, PHUONG_1, TP_SOC_TRANG, SOC_TRANG);

        ImportPlan plan = history.importList(childrenFirst, D2021, ImportScope.FULL);

        assertEquals(List.of(), plan.problems());
        assertEquals(4, plan.inserts().size());
        assertReimportChangesNothing(history, childrenFirst, D2021, ImportScope.FULL);
    }

    @Test
    void aCodeTwiceInTheRowsIsReportedAtItsSecondOccurrence() {
        ImportPlan plan = UnitImportPlanner.plan(List.of(), list(SOC_TRANG, TP_SOC_TRANG, TP_SOC_TRANG), D2021,
                ImportScope.FULL);

        assertEquals(List.of(new CsvProblem(4, "Mã đơn vị 941 bị trùng: đã có ở dòng 3.")), plan.problems());
        assertEquals(2, plan.inserts().size());
    }

    @Test
    void parentsThatPointAtEachOtherAreReported() {
        ImportPlan plan = UnitImportPlanner.plan(List.of(), list(row("941", "A", "Huyện", "942", 2),
                row("942", "B", "Huyện", "941", 2), row("31513", "C", "Phường", "941", 3)), D2021, ImportScope.FULL);

        assertEquals(List.of(2, 3, 4), plan.problems().stream().map(CsvProblem::line).toList());
        assertTrue(plan.inserts().isEmpty());
    }
}
