package vn.lienthong.scheduling.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Whom a meeting invites, as the booking form states it: single units, the direct children of units, every unit
 * of a level below a unit, minus exclusions. Lists left out of the request are empty; {@code null} entries are
 * kept so that the resolver can report them by position.
 */
public record InviteSpec(List<String> units, List<String> childrenOf, List<TierSelector> allUnder,
        List<String> exclude) {

    public InviteSpec {
        units = copy(units);
        childrenOf = copy(childrenOf);
        allUnder = copy(allUnder);
        exclude = copy(exclude);
    }

    private static <T> List<T> copy(List<T> list) {
        // not List.copyOf, which rejects null entries before they could be reported as a clerk's mistake
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
