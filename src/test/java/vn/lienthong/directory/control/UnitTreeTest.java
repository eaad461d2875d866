package vn.lienthong.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.directory.control.ReferenceData.DATE_2021;
import static vn.lienthong.directory.control.ReferenceData.DATE_2025;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The hierarchy at a date: what a meeting of that date shows as participating units.
 */
class UnitTreeTest {

    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
    private static final LocalDate AFTER_REFORM = DATE_2025.plusDays(1);

    @Test
    void listsChildrenByParentSortedByCodeWithProvincesUnderNull() {
        List<UnitVersion> versions = List.of(
                version(3L, "942", "94", 2, DATE_2021, null),
                version(2L, "941", "94", 2, DATE_2021, null),
                version(1L, "94", null, 1, DATE_2021, null),
                version(4L, "943", "94", 2, DATE_2021, JAN_2024));

        Map<String, List<UnitVersion>> on2021 = UnitTree.childrenOn(versions, DATE_2021);
        Map<String, List<UnitVersion>> on2024 = UnitTree.childrenOn(versions, JAN_2024);

        assertEquals(List.of("94"), codes(on2021.get(null)));
        assertEquals(List.of("941", "942", "943"), codes(on2021.get("94")));
        assertEquals(List.of("941", "942"), codes(on2024.get("94")));
        assertTrue(UnitTree.childrenOn(versions, DATE_2021.minusDays(1)).isEmpty());
    }

    @Test
    void socTrangIn2021HasOneProvinceElevenDistrictsAndOneHundredNineCommunes() throws IOException {
        InMemoryHistory history = new InMemoryHistory();
        history.importList(ReferenceData.units(ReferenceData.SOC_TRANG_2021).rows(), DATE_2021, ImportScope.FULL);

        Map<String, List<UnitVersion>> tree = UnitTree.childrenOn(history.versions(), DATE_2021);

        assertEquals(List.of("94"), codes(tree.get(null)));
        List<UnitVersion> districts = tree.get("94");
        assertEquals(11, districts.size());
        assertEquals(109, districts.stream().mapToInt(district -> tree.get(district.code()).size()).sum());
        assertEquals(10, tree.get("941").size());
    }

    @Test
    void afterTheReformTheTreeHasTwoLevelsAndSocTrangIsGoneButRemainsForEarlierDates() throws IOException {
        List<UnitRow> socTrang = ReferenceData.units(ReferenceData.SOC_TRANG_2021).rows();
        InMemoryHistory history = new InMemoryHistory();
        history.importList(socTrang, DATE_2021, ImportScope.FULL);
        Set<Long> ids2021 = history.versions().stream().map(UnitVersion::id).collect(Collectors.toSet());
        history.importList(ReferenceData.units(ReferenceData.NATIONAL_2_LEVEL_2025).rows(), DATE_2025,
                ImportScope.FULL);

        List<UnitVersion> after = all(UnitTree.childrenOn(history.versions(), AFTER_REFORM));
        assertEquals(3_355, after.size());
        assertTrue(after.stream().noneMatch(unit -> unit.level() == 3));
        assertTrue(after.stream().noneMatch(unit -> ids2021.contains(unit.id())));
        assertFalse(UnitTree.childrenOn(history.versions(), AFTER_REFORM).containsKey("94"));

        List<UnitVersion> before = all(UnitTree.childrenOn(history.versions(), JAN_2024));
        assertEquals(ids2021, before.stream().map(UnitVersion::id).collect(Collectors.toSet()));
    }

    @Test
    void theWholeCountryMovesFromThreeLevelsIn2021ToTwoIn2025() throws IOException {
        InMemoryHistory history = new InMemoryHistory();
        history.importList(ReferenceData.units(ReferenceData.NATIONAL_3_LEVEL_2021).rows(), DATE_2021,
                ImportScope.FULL);
        ImportPlan reform = history.importList(ReferenceData.units(ReferenceData.NATIONAL_2_LEVEL_2025).rows(),
                DATE_2025, ImportScope.FULL);

        assertEquals(List.of(), reform.problems());
        Map<Integer, Long> levelsBefore = countByLevel(UnitTree.childrenOn(history.versions(), JAN_2024));
        Map<Integer, Long> levelsAfter = countByLevel(UnitTree.childrenOn(history.versions(), AFTER_REFORM));
        assertEquals(Map.of(1, 63L, 2, 705L, 3, 10_590L), levelsBefore);
        assertEquals(Map.of(1, 34L, 2, 3_321L), levelsAfter);
    }

    private static UnitVersion version(Long id, String code, String parent, int level, LocalDate from,
            LocalDate to) {
        return new UnitVersion(id, code, "Đơn vị " + code, level == 1 ? "Tỉnh" : "Huyện", level, parent, from, to);
    }

    private static List<String> codes(List<UnitVersion> units) {
        return units.stream().map(UnitVersion::code).toList();
    }

    private static List<UnitVersion> all(Map<String, List<UnitVersion>> tree) {
        return tree.values().stream().flatMap(List::stream).toList();
    }

    private static Map<Integer, Long> countByLevel(Map<String, List<UnitVersion>> tree) {
        return all(tree).stream().collect(Collectors.groupingBy(UnitVersion::level, Collectors.counting()));
    }
}
