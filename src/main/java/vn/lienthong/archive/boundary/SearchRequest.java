package vn.lienthong.archive.boundary;

/**
 * The search as the browser sends it: every value a string as typed, checked by {@link ArchiveSearch}.
 * {@code page} counts from 1.
 */
public record SearchRequest(String q, String from, String to, String host, String unit, String chair, String kind,
                            String status, String minutes, String sort, String page, String size) {
}
