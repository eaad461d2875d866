package vn.lienthong.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.directory.control.ReferenceData.DATE_2021;
import static vn.lienthong.directory.control.ReferenceData.DATE_2025;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The planner on the official lists: Sóc Trăng in 2021, the whole country in 2021 and after the 2025 reform.
 */
class UnitImportPlannerReferenceDataTest {

    private static final LocalDate DAY_BEFORE_REFORM = DATE_2025.minusDays(1);

    @Test
    void theNationalList2025ClosesEverySocTrangUnitOfThe2021ListOnItsDate() throws IOException {
        List<UnitRow> socTrang = ReferenceData.units(ReferenceData.SOC_TRANG_2021).rows();
        List<UnitRow> country2025 = ReferenceData.units(ReferenceData.NATIONAL_2_LEVEL_2025).rows();
        InMemoryHistory history = new InMemoryHistory();
        history.importList(socTrang, DATE_2021, ImportScope.FULL);
        Set<Long> ids2021 = history.versions().stream().map(UnitVersion::id).collect(Collectors.toSet());

        ImportPlan plan = history.importList(country2025, DATE_2025, ImportScope.FULL);

        assertEquals(List.of(), plan.problems());
        assertEquals(121, plan.validityChanges().size());
        assertEquals(3_355, plan.newVersions().size());
        for (UnitVersion version : history.versions()) {
            if (ids2021.contains(version.id())) {
                assertEquals(DATE_2025, version.validTo(), version::toString);
            }
        }
        for (UnitRow unit : socTrang) {
            assertEquals(unit.name(), history.on(unit.code(), DAY_BEFORE_REFORM).name());
        }
        assertEquals("Phường Sóc Trăng", history.on("31507", DATE_2025).name());
        assertEquals("Phường 6", history.on("31507", DAY_BEFORE_REFORM).name());
        assertEquals(country2025.size(),
                UnitImportPlanner.plan(history.versions(), country2025, DATE_2025, ImportScope.FULL).unchanged());
    }

    @Test
    void aProvinceListTouchesNoOtherProvince() throws IOException {
        List<UnitRow> country = ReferenceData.units(ReferenceData.NATIONAL_3_LEVEL_2021).rows();
        List<UnitRow> socTrang = ReferenceData.units(ReferenceData.SOC_TRANG_2021).rows();
        InMemoryHistory history = new InMemoryHistory();
        history.importList(country, DATE_2021, ImportScope.FULL);
        Map<Long, UnitVersion> storedById = history.versions().stream()
                .collect(Collectors.toMap(UnitVersion::id, Function.identity()));

        // Phường 1 (31513) merged into Phường 9, which took the name Phường 1 (code 31522)
        List<UnitRow> socTrang2024 = new ArrayList<>();
        for (UnitRow unit : socTrang) {
            if (unit.code().equals("31522")) {
                socTrang2024.add(new UnitRow(unit.line(), unit.code(), "Phường 1", unit.type(), unit.parentCode(),
                        unit.level()));
            } else if (!unit.code().equals("31513")) {
                socTrang2024.add(unit);
            }
        }
        ImportPlan plan = history.importList(socTrang2024, LocalDate.of(2024, 1, 1), ImportScope.PROVINCES);

        assertEquals(List.of(), plan.problems());
        assertEquals(119, plan.unchanged());
        assertEquals(1, plan.inserts().size());
        assertEquals(Set.of("31513", "31522"), plan.validityChanges().stream()
                .map(change -> storedById.get(change.id()).code()).collect(Collectors.toSet()));
    }

    @Test
    void plansTheWholeCountryAgainstTheWholeCountry() throws IOException {
        List<UnitRow> country = ReferenceData.units(ReferenceData.NATIONAL_3_LEVEL_2021).rows();
        InMemoryHistory history = new InMemoryHistory();
        history.importList(country, DATE_2021, ImportScope.FULL);
        Collection<UnitVersion> stored = history.versions();
        assertEquals(11_358, stored.size());

        ImportPlan same = UnitImportPlanner.plan(stored, country, DATE_2021, ImportScope.FULL);
        ImportPlan renamedEverything = UnitImportPlanner.plan(stored, renamed(country), DATE_2021.plusYears(1),
                ImportScope.FULL);

        assertEquals(11_358, same.unchanged());
        assertTrue(same.isEmpty());
        assertEquals(11_358, renamedEverything.validityChanges().size());
        assertEquals(11_358, renamedEverything.inserts().size());
    }

    private static List<UnitRow> renamed(List<UnitRow> rows) {
        return rows.stream().map(unit -> new UnitRow(unit.line(), unit.code(), unit.name() + " (mới)", unit.type(),
                unit.parentCode(), unit.level())).toList();
    }
}
