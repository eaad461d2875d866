package vn.lienthong.directory.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hierarchy of units as it stood on one day, e.g. to show the three levels of 2021 for a meeting held then.
 */
public final class UnitTree {

    private UnitTree() {
    }

    /**
     * Parent code to the units under it that are valid on {@code day}, each list sorted by code. The provinces
     * (level 1, no parent) are under the key {@code null}, which the returned map accepts.
     */
    public static Map<String, List<UnitVersion>> childrenOn(Collection<UnitVersion> versions, LocalDate day) {
        Map<String, List<UnitVersion>> children = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (UnitVersion version : versions) {
            if (version.isValidOn(day)) {
                children.computeIfAbsent(version.parentCode(), parent -> new ArrayList<>()).add(version);
            }
        }
        children.replaceAll((parent, units) -> units.stream().sorted(Comparator.comparing(UnitVersion::code))
                .toList());
        return Collections.unmodifiableMap(children);
    }
}
