package vn.lienthong.archive.boundary;

import java.time.Instant;
import java.util.List;

/**
 * One page of the archive's answer. {@code snippet} is HTML: the meeting's text escaped, with the matched words in
 * {@code <mark>}. {@code page} counts from 1.
 */
public record SearchResult(long total, int page, int size, List<Item> items, Facets facets) {

    public record Item(long meetingId, String title, Instant start, String hostUnitCode, String hostUnitName,
                       String kind, String status, boolean confidential, String chairName, String minutesStatus,
                       String snippet) {
    }

    public record Facets(List<Value> year, List<Value> host, List<Value> kind) {
    }

    /** A facet value with its count; {@code label} only for units. */
    public record Value(String value, String label, long count) {
    }
}
