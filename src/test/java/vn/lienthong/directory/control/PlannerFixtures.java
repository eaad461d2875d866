package vn.lienthong.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A few units of Sóc Trăng and Bạc Liêu as they stood in 2021, the dates the planner tests import on, and the
 * idempotence check they share.
 */
final class PlannerFixtures {

    static final LocalDate D2021 = LocalDate.of(2021, 11, 1);
    static final LocalDate D2023 = LocalDate.of(2023, 1, 1);
    static final LocalDate D2025 = LocalDate.of(2025, 7, 1);

    static final UnitRow SOC_TRANG = row("94", "Tỉnh Sóc Trăng", "Tỉnh", null, 1);
    static final UnitRow TP_SOC_TRANG = row("941", "Thành phố Sóc Trăng", "Thành phố", "94", 2);
    static final UnitRow PHUONG_1 = row("31513", "Phường 1", "Phường", "941", 3);
    static final UnitRow PHUONG_9 = row("31522", "Phường 9", "Phường", "941", 3);
    static final UnitRow BAC_LIEU = row("95", "Tỉnh Bạc Liêu", "Tỉnh", null, 1);
    static final UnitRow TP_BAC_LIEU = row("954", "Thành phố Bạc Liêu", "Thành phố", "95", 2);

    private PlannerFixtures() {
    }

    static UnitRow row(String code, String name, String type, String parent, int level) {
        return new UnitRow(0, code, name, type, parent, level);
    }

    /** Rows numbered as lines 2, 3, ... of a file, the way the reader gives them. */
    static List<UnitRow> list(UnitRow... rows) {
        List<UnitRow> numbered = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            UnitRow r = rows[i];
            numbered.add(new UnitRow(i + 2, r.code(), r.name(), r.type(), r.parentCode(), r.level()));
        }
        return numbered;
    }

    /** Idempotence: the list that produced the stored state must find nothing more to do. */
    static void assertReimportChangesNothing(InMemoryHistory history, List<UnitRow> rows, LocalDate date,
            ImportScope scope) {
        ImportPlan again = UnitImportPlanner.plan(history.versions(), rows, date, scope);
        assertTrue(again.isEmpty(), () -> "second import still plans " + again);
        assertEquals(rows.size(), again.unchanged());
        assertEquals(List.of(), again.problems());
    }
}
