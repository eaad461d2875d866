package vn.lienthong.scheduling.control;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienthong.directory.control.UnitTree;
import vn.lienthong.directory.control.UnitVersion;

/**
 * The directory as it stood on the meeting date, indexed once so that each part of an invitation is answered by
 * map lookups and a walk of the subtree it names, never by a search through the whole history. The index is the
 * same for every day on which the same versions are valid (see {@link Index}); only the day, which the messages
 * name, differs.
 */
final class DirectoryOnDate {

    /**
     * The hierarchy of the versions valid on a day, and the latest version of every code: what the day's view
     * needs, shared by all the days between two changes of the directory.
     */
    static final class Index {

        private final Map<String, List<UnitVersion>> childrenByParent;
        private final Map<String, UnitVersion> validByCode = new HashMap<>();
        /** For codes not valid on the day: the latest version, to tell the clerk when the code was valid. */
        private final Map<String, UnitVersion> latestByCode = new HashMap<>();

        /** @param day any day of the period: the same versions are valid on all of them */
        Index(Collection<UnitVersion> versions, LocalDate day) {
            // the same notion of "the hierarchy on a day" as the directory's own tree view
            this.childrenByParent = UnitTree.childrenOn(versions, day);
            for (UnitVersion version : versions) {
                if (version.isValidOn(day)) {
                    // overlapping versions should not exist; if they do, the one that started last is the newer word
                    validByCode.merge(version.code(), version, DirectoryOnDate::newer);
                }
                latestByCode.merge(version.code(), version, DirectoryOnDate::newer);
            }
        }
    }

    private final LocalDate day;
    private final Map<String, List<UnitVersion>> childrenByParent;
    private final Map<String, UnitVersion> validByCode;
    private final Map<String, UnitVersion> latestByCode;

    DirectoryOnDate(Collection<UnitVersion> versions, LocalDate day) {
        this(new Index(versions, day), day);
    }

    /** @param index the index of a period that contains {@code day} */
    DirectoryOnDate(Index index, LocalDate day) {
        this.day = day;
        this.childrenByParent = index.childrenByParent;
        this.validByCode = index.validByCode;
        this.latestByCode = index.latestByCode;
    }

    LocalDate day() {
        return day;
    }

    /** The version of {@code code} valid on the day, or {@code null}. */
    UnitVersion valid(String code) {
        return validByCode.get(code);
    }

    /** The units directly under {@code code} on the day. */
    List<UnitVersion> childrenOf(String code) {
        List<UnitVersion> children = childrenByParent.getOrDefault(code, List.of());
        List<UnitVersion> current = new ArrayList<>(children.size());
        for (UnitVersion child : children) {
            current.add(validByCode.get(child.code()));
        }
        return current;
    }

    /** Every unit of {@code level} below {@code code} on the day, at any depth. */
    List<UnitVersion> below(String code, int level) {
        List<UnitVersion> found = new ArrayList<>();
        walkBelow(code, unit -> {
            if (unit.level() == level) {
                found.add(unit);
            }
            // a unit at or past the level wanted has nothing of that level below it
            return unit.level() < level;
        });
        return found;
    }

    /** The deepest level below {@code code} on the day, or 0 if nothing is under it. */
    int deepestLevelBelow(String code) {
        int[] deepest = {0};
        walkBelow(code, unit -> {
            deepest[0] = Math.max(deepest[0], unit.level());
            return true;
        });
        return deepest[0];
    }

    /** Why {@code code} cannot be invited for a meeting on the day: unknown, no longer valid or not yet valid. */
    String whyNotValid(String code) {
        UnitVersion latest = latestByCode.get(code);
        if (latest == null) {
            return "Không có đơn vị hành chính nào mang mã " + code + ".";
        }
        String unit = VietnameseText.unit(latest) + " ";
        String meetingDay = VietnameseText.day(day);
        if (latest.validFrom().isAfter(day)) {
            return unit + "chưa có hiệu lực vào ngày họp " + meetingDay + " (có hiệu lực từ ngày "
                    + VietnameseText.day(latest.validFrom()) + ").";
        }
        return unit + "không còn hiệu lực vào ngày họp " + meetingDay + " (đã thôi hiệu lực từ ngày "
                + VietnameseText.day(latest.validTo()) + ").";
    }

    private interface Visit {
        /** Looks at one unit; true to go on below it. */
        boolean visit(UnitVersion unit);
    }

    private void walkBelow(String code, Visit visit) {
        Deque<String> pending = new ArrayDeque<>();
        // guards against a loop that bad data could make of the parent links
        Set<String> seen = new HashSet<>();
        pending.add(code);
        seen.add(code);
        while (!pending.isEmpty()) {
            for (UnitVersion child : childrenOf(pending.poll())) {
                if (seen.add(child.code()) && visit.visit(child)) {
                    pending.add(child.code());
                }
            }
        }
    }

    private static UnitVersion newer(UnitVersion kept, UnitVersion other) {
        return other.validFrom().isAfter(kept.validFrom()) ? other : kept;
    }
}
