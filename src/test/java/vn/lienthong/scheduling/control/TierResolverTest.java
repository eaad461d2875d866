package vn.lienthong.scheduling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.control.SpecBuilder.spec;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.directory.control.UnitVersion;

/**
 * Invitation by tier on a small directory whose every unit is known, so each rule shows in a few codes.
 */
class TierResolverTest {

    private static final LocalDate SINCE = LocalDate.of(2021, 11, 1);
    private static final LocalDate CHANGE = LocalDate.of(2024, 1, 1);
    private static final LocalDate MEETING_DAY = LocalDate.of(2023, 3, 15);
    private static final LocalDate LATER_MEETING_DAY = LocalDate.of(2024, 6, 10);

    private static final List<UnitVersion> DIRECTORY = List.of(
            unit("94", "Tỉnh Sóc Trăng", 1, null),
            unit("941", "Thành phố Sóc Trăng", 2, "94"),
            unit("31498", "Phường 5", 3, "941"),
            unit("31501", "Phường 7", 3, "941"),
            unit("942", "Huyện Châu Thành", 2, "94"),
            unit("31570", "Xã Hồ Đắc Kiện", 3, "942"),
            unit("943", "Huyện Kế Sách", 2, "94"),
            unit("31528", "Thị trấn Kế Sách", 3, "943"),
            new UnitVersion(null, "31534", "Xã Xuân Hòa", "Xã", 3, "943", SINCE, CHANGE),
            new UnitVersion(null, "31534", "Thị trấn Xuân Hòa", "Thị trấn", 3, "941", CHANGE, null),
            new UnitVersion(null, "31999", "Xã Đã Giải Thể", "Xã", 3, "943", SINCE, CHANGE),
            new UnitVersion(null, "31600", "Xã Sắp Thành Lập", "Xã", 3, "943", LocalDate.of(2027, 1, 1), null),
            unit("93", "Tỉnh Hậu Giang", 1, null),
            unit("930", "Thành phố Vị Thanh", 2, "93"),
            unit("31471", "Phường I", 3, "930"));

    private final TierResolver resolver = new TierResolver();

    @Test
    void theHostIsInvitedEvenWhenNoSelectorNamesIt() {
        TierResolution resolution = resolve("94", spec().units("943").build());

        assertEquals(List.of("94", "943"), codes(resolution));
    }

    @Test
    void childrenOfInvitesTheDirectChildrenOnly() {
        TierResolution resolution = resolve("94", spec().childrenOf("94").build());

        assertEquals(List.of("94", "941", "942", "943"), codes(resolution));
    }

    @Test
    void allUnderInvitesEveryUnitOfTheLevelAtAnyDepth() {
        TierResolution resolution = resolve("94", spec().allUnder("94", 3).build());

        assertEquals(List.of("94", "31498", "31501", "31528", "31534", "31570", "31999"), codes(resolution));
    }

    @Test
    void unitsAreOrderedByLevelThenCodeAndInvitedOnceWhateverNamesThemTwice() {
        TierResolution resolution = resolve("943", spec().units("31570", "94", "31528", "943")
                .childrenOf("943").allUnder("94", 2).build());

        assertEquals(List.of("94", "941", "942", "943", "31528", "31534", "31570", "31999"), codes(resolution));
    }

    @Test
    void invitedUnitsCarryNameLevelAndParentValidOnTheMeetingDate() {
        InvitedUnit before = only(resolve(MEETING_DAY, "943", spec().units("31534").build()), "31534");
        InvitedUnit after = only(resolve(LATER_MEETING_DAY, "943", spec().units("31534").build()), "31534");

        assertEquals(new InvitedUnit("31534", "Xã Xuân Hòa", 3, "943"), before);
        assertEquals(new InvitedUnit("31534", "Thị trấn Xuân Hòa", 3, "941"), after);
    }

    @Test
    void theHierarchyOfTheMeetingDateDecidesWhoIsUnderAUnit() {
        TierResolution before = resolve(MEETING_DAY, "94", spec().childrenOf("943").build());
        TierResolution after = resolve(LATER_MEETING_DAY, "94", spec().childrenOf("943").build());

        assertEquals(List.of("94", "31528", "31534", "31999"), codes(before));
        assertEquals(List.of("94", "31528"), codes(after));
    }

    @Test
    void excludeRemovesExactlyTheUnitNamedNotTheUnitsUnderIt() {
        TierResolution resolution = resolve("94", spec().childrenOf("94").allUnder("94", 3)
                .exclude("942", "31498").build());

        assertEquals(List.of("94", "941", "943", "31501", "31528", "31534", "31570", "31999"),
                codes(resolution));
    }

    @Test
    void excludingTheHostIsAnError() {
        TierResolution resolution = resolve("94", spec().childrenOf("94").exclude("94").build());

        assertEquals(List.of(), resolution.units());
        ResolutionProblem problem = onlyProblem(resolution);
        assertEquals("invite.exclude[0]", problem.field());
        assertEquals("94", problem.code());
        assertEquals("Không thể loại Tỉnh Sóc Trăng (mã 94) khỏi danh sách mời: đây là đơn vị chủ trì cuộc họp.",
                problem.message());
    }

    @Test
    void excludingAUnitTheSelectorsDoNotReachIsAnError() {
        TierResolution resolution = resolve("94", spec().childrenOf("94").exclude("31528").build());

        ResolutionProblem problem = onlyProblem(resolution);
        assertEquals("invite.exclude[0]", problem.field());
        assertTrue(problem.message().startsWith("Thị trấn Kế Sách (mã 31528) không có trong danh sách mời"),
                problem.message());
    }

    @Test
    void anUnknownCodeIsReportedWithItsPositionInTheRequest() {
        TierResolution resolution = resolve("94", spec().units("941", "942", "99999").build());

        assertEquals(List.of(new ResolutionProblem("invite.units[2]", "99999",
                "Không có đơn vị hành chính nào mang mã 99999.")), resolution.problems());
        assertEquals(List.of(), resolution.units());
    }

    @Test
    void aUnitNoLongerValidOnTheMeetingDateIsReportedWithTheDayItEnded() {
        TierResolution resolution = resolve(LATER_MEETING_DAY, "94", spec().units("31999").build());

        assertEquals(List.of(new ResolutionProblem("invite.units[0]", "31999",
                "Xã Đã Giải Thể (mã 31999) không còn hiệu lực vào ngày họp 10/06/2024 (đã thôi hiệu lực từ ngày"
                        + " 01/01/2024).")), resolution.problems());
    }

    @Test
    void aUnitNotYetValidOnTheMeetingDateIsReportedWithTheDayItBegins() {
        TierResolution resolution = resolve("94", spec().childrenOf("94").exclude("31600").build());

        assertEquals(List.of(new ResolutionProblem("invite.exclude[0]", "31600",
                "Xã Sắp Thành Lập (mã 31600) chưa có hiệu lực vào ngày họp 15/03/2023 (có hiệu lực từ ngày"
                        + " 01/01/2027).")), resolution.problems());
    }

    @Test
    void aHostNotValidOnTheMeetingDateIsAnError() {
        TierResolution resolution = resolve(LATER_MEETING_DAY, "31999", spec().units("94").build());

        assertEquals(List.of(), resolution.units());
        assertEquals("hostUnit", onlyProblem(resolution).field());
    }

    @Test
    void aLevelThatDoesNotExistBelowTheUnitIsAnError() {
        TierResolution resolution = resolve("94", spec().allUnder("943", 4).allUnder("94", 1)
                .allUnder("31528", 3).build());

        assertEquals(List.of(
                new ResolutionProblem("invite.allUnder[0].level", "943", "Vào ngày họp 15/03/2023, dưới Huyện Kế"
                        + " Sách (mã 943) không có đơn vị cấp 4 (các đơn vị trực thuộc có cấp từ 3 đến 3)."),
                new ResolutionProblem("invite.allUnder[1].level", "94", "Vào ngày họp 15/03/2023, dưới Tỉnh Sóc"
                        + " Trăng (mã 94) không có đơn vị cấp 1 (các đơn vị trực thuộc có cấp từ 2 đến 3)."),
                new ResolutionProblem("invite.allUnder[2].level", "31528", "Vào ngày họp 15/03/2023, dưới Thị"
                        + " trấn Kế Sách (mã 31528) không có đơn vị cấp 3 (đơn vị này không có đơn vị trực thuộc).")),
                resolution.problems());
    }

    @Test
    void childrenOfAUnitWithoutChildrenIsAnError() {
        TierResolution resolution = resolve("94", spec().childrenOf("31528").build());

        assertEquals(List.of(new ResolutionProblem("invite.childrenOf[0]", "31528", "Vào ngày họp 15/03/2023,"
                + " Thị trấn Kế Sách (mã 31528) không có đơn vị trực thuộc.")), resolution.problems());
    }

    @Test
    void invitingNobodyButTheHostIsAnError() {
        TierResolution onlyHost = resolve("94", spec().units("94").build());
        TierResolution nothing = resolve("94", spec().build());
        TierResolution noInvitation = resolve("94", null);
        TierResolution allExcluded = resolve("943", spec().childrenOf("943").exclude("31528", "31534", "31999")
                .build());

        for (TierResolution resolution : List.of(onlyHost, nothing, noInvitation, allExcluded)) {
            assertEquals(List.of(new ResolutionProblem("invite", null,
                    "Chưa mời đơn vị nào ngoài đơn vị chủ trì; hãy chọn ít nhất một đơn vị tham dự.")),
                    resolution.problems());
        }
    }

    @Test
    void moreUnitsThanTheMaximumIsAnErrorAndExactlyTheMaximumIsAllowed() {
        InviteSpec sixCommunes = spec().allUnder("94", 3).build();

        TierResolution atLimit = new TierResolver(7).resolve(DIRECTORY, MEETING_DAY, "94", sixCommunes);
        TierResolution overLimit = new TierResolver(6).resolve(DIRECTORY, MEETING_DAY, "94", sixCommunes);

        assertEquals(7, atLimit.units().size());
        assertEquals(List.of(new ResolutionProblem("invite", null, "Lời mời gồm 7 đơn vị (kể cả đơn vị chủ trì),"
                + " vượt quá giới hạn 6 đơn vị của một cuộc họp.")), overLimit.problems());
        assertEquals(List.of(), overLimit.units());
    }

    @Test
    void everyProblemIsReportedAtOnceInTheOrderOfTheRequest() {
        TierResolution resolution = resolve("94", spec().units("941", "", "12345").childrenOf("31570")
                .allUnder("00000", 3).exclude("94", "930").build());

        assertEquals(List.of("invite.units[1]", "invite.units[2]", "invite.childrenOf[0]",
                "invite.allUnder[0].code", "invite.exclude[0]", "invite.exclude[1]"),
                resolution.problems().stream().map(ResolutionProblem::field).toList());
        assertEquals("Thiếu mã đơn vị.", resolution.problems().get(0).message());
        assertTrue(resolution.hasProblems());
    }

    @Test
    void missingEntriesAndListsAreReportedNotThrown() {
        InviteSpec spec = new InviteSpec(Arrays.asList((String) null), null, Arrays.asList((TierSelector) null),
                Arrays.asList(" "));

        TierResolution resolution = resolver.resolve(DIRECTORY, MEETING_DAY, null, spec);

        assertEquals(List.of("hostUnit", "invite.units[0]", "invite.allUnder[0]", "invite.exclude[0]"),
                resolution.problems().stream().map(ResolutionProblem::field).toList());
    }

    @Test
    void codesAreReadWithoutSurroundingSpaces() {
        TierResolution resolution = resolve(" 94 ", spec().units(" 943").build());

        assertFalse(resolution.hasProblems());
        assertEquals(List.of("94", "943"), codes(resolution));
    }

    private static UnitVersion unit(String code, String name, int level, String parent) {
        String type = level == 1 ? "Tỉnh" : level == 2 ? "Huyện" : "Xã";
        return new UnitVersion(null, code, name, type, level, parent, SINCE, null);
    }

    private TierResolution resolve(String host, InviteSpec spec) {
        return resolve(MEETING_DAY, host, spec);
    }

    private TierResolution resolve(LocalDate day, String host, InviteSpec spec) {
        return resolver.resolve(DIRECTORY, day, host, spec);
    }

    private static List<String> codes(TierResolution resolution) {
        assertEquals(List.of(), resolution.problems());
        return resolution.units().stream().map(InvitedUnit::code).toList();
    }

    private static InvitedUnit only(TierResolution resolution, String code) {
        return resolution.units().stream().filter(unit -> unit.code().equals(code)).findFirst().orElseThrow();
    }

    private static ResolutionProblem onlyProblem(TierResolution resolution) {
        assertEquals(1, resolution.problems().size(), resolution.problems().toString());
        return resolution.problems().get(0);
    }
}
