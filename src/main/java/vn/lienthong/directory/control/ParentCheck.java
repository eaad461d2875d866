package vn.lienthong.directory.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides which rows of a unit list can be taken: each needs a parent that exists on the list's date once the
 * import is done, either as a row of the list that is itself taken or as a stored unit the import keeps. A row
 * whose parent is left out is left out as well, so the directory never holds a unit hanging from nothing.
 */
final class ParentCheck {

    private final Map<String, UnitRow> rowsByCode;
    private final Predicate<String> storedUnitRemains;
    /** Per decided code: empty when the row is taken, otherwise why not. */
    private final Map<String, Optional<String>> verdicts = new HashMap<>();

    ParentCheck(Map<String, UnitRow> rowsByCode, Predicate<String> storedUnitRemains) {
        this.rowsByCode = rowsByCode;
        this.storedUnitRemains = storedUnitRemains;
    }

    /** Why {@code row} cannot be taken, or empty if it can. */
    Optional<String> faultOf(UnitRow row) {
        // walk up without recursion (a long chain in bad data must not overflow the stack), then decide downwards
        Deque<UnitRow> undecided = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        UnitRow current = row;
        while (current != null && !verdicts.containsKey(current.code())) {
            if (!seen.add(current.code())) {
                Optional<String> loop = Optional.of("Chuỗi đơn vị cấp trên của dòng này quay vòng qua mã "
                        + current.code() + ".");
                undecided.forEach(looped -> verdicts.put(looped.code(), loop));
                return verdicts.get(row.code());
            }
            undecided.push(current);
            UnitRow parentRow = current.parentCode() == null ? null : rowsByCode.get(current.parentCode());
            if (parentRow == null) {
                verdicts.put(current.code(), outsideList(current.parentCode()));
                undecided.pop();
            }
            current = parentRow;
        }
        while (!undecided.isEmpty()) {
            UnitRow child = undecided.pop();
            UnitRow parent = rowsByCode.get(child.parentCode());
            boolean parentTaken = verdicts.get(parent.code()).isEmpty();
            verdicts.put(child.code(), parentTaken ? Optional.empty()
                    : Optional.of("Đơn vị cấp trên có mã " + parent.code() + " không nhập được (xem dòng "
                            + parent.line() + ")."));
        }
        return verdicts.get(row.code());
    }

    private Optional<String> outsideList(String parentCode) {
        if (parentCode == null || storedUnitRemains.test(parentCode)) {
            return Optional.empty();
        }
        return Optional.of("Đơn vị cấp trên có mã " + parentCode + " không có trong danh sách.");
    }
}
