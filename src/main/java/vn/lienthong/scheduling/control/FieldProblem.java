package vn.lienthong.scheduling.control;

/**
 * One field of a booking request that breaks a scheduling rule.
 *
 * @param field   the request's field, e.g. {@code start}, {@code end}, {@code recurrence.count}
 * @param message a Vietnamese sentence the clerk can act on
 */
public record FieldProblem(String field, String message) {
}
