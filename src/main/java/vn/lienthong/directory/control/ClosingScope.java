package vn.lienthong.directory.control;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decides which stored units an import closes: those valid on the list's date that the list does not name, as far
 * as the list speaks for them ({@link ImportScope}).
 */
final class ClosingScope {

    // the hierarchy is three levels deep; the bound only stops a walk that bad data has turned into a loop
    private static final int MAX_DEPTH = 8;

    private final ImportScope scope;
    private final Map<String, UnitRow> rowsByCode;
    private final VersionsOnDate stored;
    private final Set<String> provincesInList = new HashSet<>();

    ClosingScope(ImportScope scope, Map<String, UnitRow> rowsByCode, VersionsOnDate stored) {
        this.scope = scope;
        this.rowsByCode = rowsByCode;
        this.stored = stored;
        for (UnitRow row : rowsByCode.values()) {
            if (row.level() == 1) {
                provincesInList.add(row.code());
            }
        }
    }

    /** Whether the stored unit {@code code}, valid on the date, is closed by the import. */
    boolean closes(String code) {
        return stored.validVersion(code) != null && !rowsByCode.containsKey(code) && covers(code);
    }

    private boolean covers(String code) {
        return scope == ImportScope.FULL || provincesInList.contains(provinceOf(code));
    }

    /**
     * The level-1 ancestor of {@code code} on the date, the list having the last word for the units it names; or
     * {@code null} when the chain breaks, in which case the unit is left alone rather than closed on a guess.
     */
    String provinceOf(String code) {
        String current = code;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            String parent;
            UnitRow row = rowsByCode.get(current);
            if (row != null) {
                parent = row.parentCode();
            } else if (stored.validVersion(current) != null) {
                parent = stored.validVersion(current).parentCode();
            } else {
                return null;
            }
            if (parent == null) {
                return current;
            }
            current = parent;
        }
        return null;
    }
}
