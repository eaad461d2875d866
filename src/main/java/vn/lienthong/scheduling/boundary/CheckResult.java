package vn.lienthong.scheduling.boundary;

import java.util.List;

/**
 * What booking would give, without booking: how many units are invited (the host included) in each meeting,
 * how many meetings the recurrence makes, the conflicts, and the invited units that have no meeting point yet.
 */
public record CheckResult(int invited, int occurrences, List<ConflictView> conflicts, List<String> withoutPoint) {
}
