package vn.lienthong.scheduling.control;

/**
 * Why part of an invitation cannot be resolved.
 *
 * @param field   where in the request, e.g. {@code invite.units[2]} or {@code invite.allUnder[0].level}
 * @param code    the unit code concerned, or {@code null} when the problem is about the invitation as a whole
 * @param message a Vietnamese sentence the clerk can act on
 */
public record ResolutionProblem(String field, String code, String message) {
}
