package vn.lienthong.platform.problem;

/** One offending field of a request, with a message a clerk can act on. */
public record FieldError(String field, String message) {
}
