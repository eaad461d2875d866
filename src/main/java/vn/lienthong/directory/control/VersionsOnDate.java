package vn.lienthong.directory.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The stored history seen from one day: per code, the version valid that day and the start of the next version.
 * Built once per import so that each row is answered by a map lookup, not a search through the history.
 */
final class VersionsOnDate {

    private final Map<String, UnitVersion> valid = new HashMap<>();
    private final Map<String, LocalDate> nextStart = new HashMap<>();

    VersionsOnDate(Collection<UnitVersion> versions, LocalDate day) {
        for (UnitVersion version : versions) {
            if (version.isValidOn(day)) {
                // overlapping versions should not exist; if they do, the one that started last is the newer word
                valid.merge(version.code(), version,
                        (kept, other) -> other.validFrom().isAfter(kept.validFrom()) ? other : kept);
            } else if (version.validFrom().isAfter(day) && !version.isWithdrawn()) {
                nextStart.merge(version.code(), version.validFrom(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
    }

    /** The version of {@code code} valid on the day, or {@code null}. */
    UnitVersion validVersion(String code) {
        return valid.get(code);
    }

    /** The first day after the day on which another version of {@code code} begins, or {@code null}. */
    LocalDate nextStart(String code) {
        return nextStart.get(code);
    }

    Collection<UnitVersion> validVersions() {
        return valid.values();
    }
}
