package vn.lienthong.scheduling.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienthong.directory.control.UnitVersion;

/**
 * Resolves an invitation by tier into the units it reaches on the meeting date, with the hierarchy of that date: a
 * 2021 meeting of province 94 reaches districts and communes, a 2026 meeting of a province on the two-level list
 * reaches its communes directly.
 *
 * <p>Rules the request alone does not settle:
 * <ul>
 * <li>The host is always invited, whether or not the selectors name it; excluding it is an error.</li>
 * <li>An exclusion removes exactly the unit named, not the units under it; excluding a unit the selectors do not
 * reach is an error, because it means the clerk expected it to remove something.</li>
 * <li>A selector that reaches nothing ({@code childrenOf} a commune, {@code allUnder} a level that does not exist
 * there) is an error rather than a silent no-op.</li>
 * <li>"Nobody but the host" is reported only when the selectors are otherwise correct: after an unknown code it
 * would only repeat the same problem.</li>
 * <li>The maximum counts the host.</li>
 * </ul>
 */
public final class TierResolver {

    public static final int DEFAULT_MAX_INVITED = 5_000;

    private static final Comparator<UnitVersion> BY_LEVEL_THEN_CODE =
            Comparator.comparingInt(UnitVersion::level).thenComparing(UnitVersion::code);

    private final int maxInvited;

    public TierResolver() {
        this(DEFAULT_MAX_INVITED);
    }

    public TierResolver(int maxInvited) {
        if (maxInvited < 1) {
            throw new IllegalArgumentException("maxInvited must be positive: " + maxInvited);
        }
        this.maxInvited = maxInvited;
    }

    /**
     * @param directory   every stored version of every unit; only those valid on {@code meetingDate} count
     * @param meetingDate the day of the meeting in Vietnam
     * @param invite      {@code null} when the request has none, which invites nobody but the host
     */
    public TierResolution resolve(Collection<UnitVersion> directory, LocalDate meetingDate, String hostCode,
            InviteSpec invite) {
        return resolve(new DirectoryOnDate(directory, meetingDate), hostCode, invite);
    }

    /** As {@link #resolve(Collection, LocalDate, String, InviteSpec)}, over the directory of the meeting date. */
    TierResolution resolve(DirectoryOnDate units, String hostCode, InviteSpec invite) {
        InviteSpec spec = invite == null ? new InviteSpec(null, null, null, null) : invite;
        List<ResolutionProblem> problems = new ArrayList<>();
        Map<String, UnitVersion> selected = new HashMap<>();

        UnitVersion host = lookup(units, "hostUnit", hostCode, problems);
        List<String> picks = spec.units();
        for (int i = 0; i < picks.size(); i++) {
            UnitVersion unit = lookup(units, "invite.units[" + i + "]", picks.get(i), problems);
            if (unit != null) {
                selected.put(unit.code(), unit);
            }
        }
        selectChildren(units, spec.childrenOf(), selected, problems);
        selectAllUnder(units, spec.allUnder(), selected, problems);
        Set<String> excluded = exclusions(units, spec.exclude(), host, selected, problems);
        selected.keySet().removeAll(excluded);
        if (host == null) {
            return new TierResolution(List.of(), problems);
        }
        selected.remove(host.code());
        if (problems.isEmpty() && selected.isEmpty()) {
            problems.add(new ResolutionProblem("invite", null,
                    "Chưa mời đơn vị nào ngoài đơn vị chủ trì; hãy chọn ít nhất một đơn vị tham dự."));
        }
        int invited = selected.size() + 1;
        if (invited > maxInvited) {
            problems.add(new ResolutionProblem("invite", null, "Lời mời gồm " + VietnameseText.number(invited)
                    + " đơn vị (kể cả đơn vị chủ trì), vượt quá giới hạn " + VietnameseText.number(maxInvited)
                    + " đơn vị của một cuộc họp."));
        }
        if (!problems.isEmpty()) {
            return new TierResolution(List.of(), problems);
        }
        selected.put(host.code(), host);
        List<InvitedUnit> result = selected.values().stream().sorted(BY_LEVEL_THEN_CODE)
                .map(unit -> new InvitedUnit(unit.code(), unit.name(), unit.level(), unit.parentCode()))
                .toList();
        return new TierResolution(result, List.of());
    }

    private static void selectChildren(DirectoryOnDate units, List<String> parents,
            Map<String, UnitVersion> selected, List<ResolutionProblem> problems) {
        for (int i = 0; i < parents.size(); i++) {
            String field = "invite.childrenOf[" + i + "]";
            UnitVersion parent = lookup(units, field, parents.get(i), problems);
            if (parent == null) {
                continue;
            }
            List<UnitVersion> children = units.childrenOf(parent.code());
            if (children.isEmpty()) {
                problems.add(new ResolutionProblem(field, parent.code(), "Vào ngày họp "
                        + VietnameseText.day(units.day()) + ", " + VietnameseText.unit(parent)
                        + " không có đơn vị trực thuộc."));
            }
            children.forEach(child -> selected.put(child.code(), child));
        }
    }

    private static void selectAllUnder(DirectoryOnDate units, List<TierSelector> selectors,
            Map<String, UnitVersion> selected, List<ResolutionProblem> problems) {
        for (int i = 0; i < selectors.size(); i++) {
            String field = "invite.allUnder[" + i + "]";
            TierSelector selector = selectors.get(i);
            if (selector == null) {
                problems.add(new ResolutionProblem(field, null, "Thiếu mã đơn vị và cấp cần mời."));
                continue;
            }
            UnitVersion top = lookup(units, field + ".code", selector.code(), problems);
            if (top == null) {
                continue;
            }
            List<UnitVersion> found = units.below(top.code(), selector.level());
            if (found.isEmpty()) {
                problems.add(new ResolutionProblem(field + ".level", top.code(),
                        noSuchLevel(units, top, selector.level())));
            }
            found.forEach(unit -> selected.put(unit.code(), unit));
        }
    }

    private static String noSuchLevel(DirectoryOnDate units, UnitVersion top, int level) {
        int deepest = units.deepestLevelBelow(top.code());
        String where = "Vào ngày họp " + VietnameseText.day(units.day()) + ", dưới " + VietnameseText.unit(top)
                + " không có đơn vị cấp " + level;
        return deepest == 0
                ? where + " (đơn vị này không có đơn vị trực thuộc)."
                : where + " (các đơn vị trực thuộc có cấp từ " + (top.level() + 1) + " đến " + deepest + ").";
    }

    private static Set<String> exclusions(DirectoryOnDate units, List<String> codes, UnitVersion host,
            Map<String, UnitVersion> selected, List<ResolutionProblem> problems) {
        Set<String> excluded = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String field = "invite.exclude[" + i + "]";
            UnitVersion unit = lookup(units, field, codes.get(i), problems);
            if (unit == null) {
                continue;
            }
            if (host != null && unit.code().equals(host.code())) {
                problems.add(new ResolutionProblem(field, unit.code(), "Không thể loại " + VietnameseText.unit(unit)
                        + " khỏi danh sách mời: đây là đơn vị chủ trì cuộc họp."));
            } else if (!selected.containsKey(unit.code())) {
                problems.add(new ResolutionProblem(field, unit.code(), VietnameseText.unit(unit)
                        + " không có trong danh sách mời nên không loại ra được. Loại trừ chỉ bỏ đúng đơn vị"
                        + " đã được chọn, không bỏ các đơn vị trực thuộc của nó."));
            } else {
                excluded.add(unit.code());
            }
        }
        return excluded;
    }

    /** The unit valid on the meeting date, or {@code null} after recording why there is none. */
    private static UnitVersion lookup(DirectoryOnDate units, String field, String rawCode,
            List<ResolutionProblem> problems) {
        String code = rawCode == null ? "" : rawCode.strip();
        if (code.isEmpty()) {
            problems.add(new ResolutionProblem(field, null, "Thiếu mã đơn vị."));
            return null;
        }
        UnitVersion unit = units.valid(code);
        if (unit == null) {
            problems.add(new ResolutionProblem(field, code, units.whyNotValid(code)));
        }
        return unit;
    }
}
