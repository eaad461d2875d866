package vn.lienthong.directory.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored unit history without a database: applies import plans the way the directory boundary does, so that
 * tests can chain imports and look at the result.
 */
final class InMemoryHistory {

    private final Map<Long, UnitVersion> versions = new LinkedHashMap<>();
    private long nextId = 1;

    ImportPlan importList(List<UnitRow> rows, LocalDate date, ImportScope scope) {
        ImportPlan plan = UnitImportPlanner.plan(versions(), rows, date, scope);
        apply(plan);
        return plan;
    }

    void apply(ImportPlan plan) {
        for (ValidityChange change : plan.validityChanges()) {
            UnitVersion old = stored(change.id());
            versions.put(old.id(), new UnitVersion(old.id(), old.code(), old.name(), old.type(), old.level(),
                    old.parentCode(), old.validFrom(), change.validTo()));
        }
        for (UnitVersion version : plan.inserts()) {
            if (version.id() != null) {
                UnitVersion old = stored(version.id());
                if (!old.code().equals(version.code()) || !old.validFrom().equals(version.validFrom())) {
                    throw new IllegalStateException("a correction must keep code and start: " + version);
                }
                versions.put(version.id(), version);
            } else {
                long id = nextId++;
                versions.put(id, new UnitVersion(id, version.code(), version.name(), version.type(),
                        version.level(), version.parentCode(), version.validFrom(), version.validTo()));
            }
        }
    }

    Collection<UnitVersion> versions() {
        return new ArrayList<>(versions.values());
    }

    List<UnitVersion> versionsOf(String code) {
        return versions.values().stream().filter(version -> version.code().equals(code)).toList();
    }

    /** The version of {@code code} valid on {@code day}, failing if there is none or more than one. */
    UnitVersion on(String code, LocalDate day) {
        List<UnitVersion> valid = versionsOf(code).stream().filter(version -> version.isValidOn(day)).toList();
        if (valid.size() != 1) {
            throw new AssertionError(valid.size() + " versions of " + code + " valid on " + day + ": " + valid);
        }
        return valid.get(0);
    }

    boolean exists(String code, LocalDate day) {
        return versionsOf(code).stream().anyMatch(version -> version.isValidOn(day));
    }

    private UnitVersion stored(long id) {
        UnitVersion version = versions.get(id);
        if (version == null) {
            throw new IllegalStateException("no stored version " + id);
        }
        return version;
    }
}
