package vn.lienthong.scheduling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.control.SpecBuilder.spec;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.lienthong.directory.control.UnitVersion;

/**
 * Invitation by tier over the official lists: Sóc Trăng's three levels of 2021, then the national two-level list
 * of 2025 on which Sóc Trăng has become part of Thành phố Cần Thơ (92) and some commune codes live on.
 */
class TierResolverReferenceDataTest {

    private static final LocalDate MEETING_2021 = LocalDate.of(2021, 12, 15);
    private static final LocalDate MEETING_2026 = LocalDate.of(2026, 12, 15);

    private final TierResolver resolver = new TierResolver();

    @Test
    void childrenOfTheProvinceInvitesAllElevenDistrictsOfSocTrang() throws IOException {
        TierResolution resolution = resolver.resolve(ReferenceUnits.socTrangThenNational(), MEETING_2021, "94",
                spec().childrenOf("94").build());

        List<InvitedUnit> districts = units(resolution).subList(1, 12);
        assertEquals(12, resolution.units().size());
        assertEquals(new InvitedUnit("94", "Tỉnh Sóc Trăng", 1, null), resolution.units().get(0));
        assertEquals(List.of("941", "942", "943", "944", "945", "946", "947", "948", "949", "950", "951"),
                districts.stream().map(InvitedUnit::code).toList());
        assertTrue(districts.stream().allMatch(unit -> unit.level() == 2 && "94".equals(unit.parentCode())));
        assertEquals("Huyện Kế Sách", districts.get(2).name());
    }

    @Test
    void allUnderTheProvinceAtLevelThreeInvitesAllOneHundredNineCommunes() throws IOException {
        TierResolution resolution = resolver.resolve(ReferenceUnits.socTrangThenNational(), MEETING_2021, "94",
                spec().allUnder("94", 3).build());

        assertEquals(Map.of(1, 1L, 3, 109L), countByLevel(resolution));
    }

    @Test
    void childrenOfKeSachInvitesItsThirteenCommunes() throws IOException {
        TierResolution resolution = resolver.resolve(ReferenceUnits.socTrangThenNational(), MEETING_2021, "943",
                spec().childrenOf("943").build());

        List<InvitedUnit> communes = units(resolution).subList(1, resolution.units().size());
        assertEquals("943", resolution.units().get(0).code());
        assertEquals(13, communes.size());
        assertEquals(new InvitedUnit("31528", "Thị trấn Kế Sách", 3, "943"), communes.get(0));
        assertEquals("31564", communes.get(12).code());
    }

    @Test
    void districtsCommunesPicksAndExclusionsCombineIntoOneListInvitingEachUnitOnce() throws IOException {
        InviteSpec spec = spec().units("31528", "943").childrenOf("94").allUnder("94", 3)
                .exclude("31570", "951").build();

        TierResolution resolution = resolver.resolve(ReferenceUnits.socTrangThenNational(), MEETING_2021, "94",
                spec);

        assertEquals(Map.of(1, 1L, 2, 10L, 3, 108L), countByLevel(resolution));
        List<String> codes = units(resolution).stream().map(InvitedUnit::code).toList();
        assertTrue(!codes.contains("31570") && !codes.contains("951") && codes.contains("31528"));
        assertEquals(codes.stream().distinct().toList(), codes);
    }

    @Test
    void aMeetingIn2026ReachesTheCommunesOfCanThoDirectlyOnTheTwoLevelList() throws IOException {
        TierResolution resolution = resolver.resolve(ReferenceUnits.socTrangThenNational(), MEETING_2026, "92",
                spec().allUnder("92", 2).build());

        assertEquals(Map.of(1, 1L, 2, 103L), countByLevel(resolution));
        assertEquals(new InvitedUnit("92", "Thành phố Cần Thơ", 1, null), resolution.units().get(0));
        // the code of the 2021 township lives on as a commune directly under the city
        assertTrue(resolution.units().contains(new InvitedUnit("31528", "Xã Kế Sách", 2, "92")));
    }

    @Test
    void aMeetingIn2026HasNoThirdLevelAndNoLongerKnowsTheProvinceOfSocTrang() throws IOException {
        InviteSpec spec = spec().allUnder("92", 3).childrenOf("94").build();

        TierResolution resolution = resolver.resolve(ReferenceUnits.socTrangThenNational(), MEETING_2026, "92",
                spec);

        assertEquals(List.of(
                new ResolutionProblem("invite.childrenOf[0]", "94", "Tỉnh Sóc Trăng (mã 94) không còn hiệu lực vào"
                        + " ngày họp 15/12/2026 (đã thôi hiệu lực từ ngày 01/07/2025)."),
                new ResolutionProblem("invite.allUnder[0].level", "92", "Vào ngày họp 15/12/2026, dưới Thành phố Cần"
                        + " Thơ (mã 92) không có đơn vị cấp 3 (các đơn vị trực thuộc có cấp từ 2 đến 2).")),
                resolution.problems());
    }

    @Test
    void aNationalMeetingReachesAllCommunesOfTheCountry() throws IOException {
        List<UnitVersion> national = ReferenceUnits.national2025();
        List<String> provinces = national.stream().filter(unit -> unit.level() == 1).map(UnitVersion::code)
                .toList();

        TierResolution resolution = resolver.resolve(national, MEETING_2026, "01",
                spec().allUnder(provinces, 2).build());

        assertEquals(34, provinces.size());
        assertEquals(Map.of(1, 1L, 2, 3_321L), countByLevel(resolution));
        assertEquals(3_322, resolution.units().size());
    }

    @Test
    void aNationalMeetingAboveAConfiguredMaximumIsRefusedWithTheCount() throws IOException {
        List<UnitVersion> national = ReferenceUnits.national2025();
        List<String> provinces = national.stream().filter(unit -> unit.level() == 1).map(UnitVersion::code)
                .toList();

        TierResolution resolution = new TierResolver(3_000).resolve(national, MEETING_2026, "01",
                spec().allUnder(provinces, 2).build());

        assertEquals(List.of(new ResolutionProblem("invite", null, "Lời mời gồm 3.322 đơn vị (kể cả đơn vị chủ"
                + " trì), vượt quá giới hạn 3.000 đơn vị của một cuộc họp.")), resolution.problems());
    }

    private static List<InvitedUnit> units(TierResolution resolution) {
        assertEquals(List.of(), resolution.problems());
        return resolution.units();
    }

    private static Map<Integer, Long> countByLevel(TierResolution resolution) {
        return units(resolution).stream().collect(Collectors.groupingBy(InvitedUnit::level, Collectors.counting()));
    }
}
