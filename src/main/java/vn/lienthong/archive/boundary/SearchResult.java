package vn.lienthong.archive.boundary;

import java.time.Instant;
import java.util.List;

/**
 * One page of the archive's answer. {@code snippet} is HTML: the meeting's text escaped, with the matched words in
 * {@code <mark>}. {@code page} counts from 1. With more than 10,000 hits the search stops counting: {@code total}
 * is then a lower bound ({@code totalExact} false) and {@code facets} is {@code null} — {@code GET
 * /api/archive/facets} with the same parameters counts them all.
 */
public record SearchResult(long total, boolean totalExact, int page, int size, List<Item> items, Facets facets) {

    public record Item(long meetingId, String title, Instant start, String hostUnitCode, String hostUnitName,
                       String kind, String status, boolean confidential, String chairName, String minutesStatus,
                       String snippet) {
    }

    public record Facets(List<Value> year, List<Value> host, List<Value> kind) {
    }

    /** Every hit counted: the exact total and the facets, answer of {@code GET /api/archive/facets}. */
    public record Counted(long total, Facets facets) {
    }

    /** A facet value with its count; {@code label} only for units. */
    public record Value(String value, String label, long count) {
    }
}
