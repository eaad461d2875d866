package vn.lienthong.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.lienthong.archive.control.ArchiveIndex;
import vn.lienthong.archive.control.ArchiveQuery;
import vn.lienthong.archive.control.ArchiveSearcher;
import vn.lienthong.archive.control.FacetCounter;
import vn.lienthong.archive.control.MeetingRecords;
import vn.lienthong.archive.control.QuerySyntax;
import vn.lienthong.archive.control.UnitLineage;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.boundary.MeetingAccess;
import vn.lienthong.scheduling.control.MeetingTimes;
import vn.lienthong.scheduling.entity.MeetingKind;
import vn.lienthong.scheduling.entity.MeetingStatus;

/**
 * Searching the archive. Every signed-in user searches, within what they may read, by the same rules as the
 * meeting lists ({@link MeetingAccess}): open meetings for everyone; a confidential one only for the units it
 * invites (the host among them), the unit that booked it, and the provincial secretariat and administrators. A
 * meeting the caller may not read is not in the items, the total or the facets, and no snippet is cut from it.
 */
@ApplicationScoped
public class ArchiveSearch {

    public static final int MAX_QUERY = 500;
    private static final java.time.ZoneId VIETNAM = MeetingTimes.VIETNAM;
    public static final int MAX_SIZE = 100;
    /** Results beyond this many are not paged through: narrow the search instead. */
    public static final int MAX_DEPTH = 10_000;
    private static final int HOST_FACETS = 20;
    private static final Pattern UNIT_CODE = Pattern.compile("\\d{2,5}");
    private static final Set<String> MINUTES = Set.of("NONE", "DRAFT", "FINAL", "AMENDED");

    @Inject
    Caller caller;

    @Inject
    MeetingAccess access;

    @Inject
    ArchiveIndex index;

    @Inject
    ArchiveSearcher searcher;

    @Inject
    MeetingRecords records;

    public SearchResult search(SearchRequest r) {
        Asked asked = asked(r);
        if (asked.query() == null) {
            // only punctuation: nothing to look for, and no reason to list everything
            return new SearchResult(0, true, asked.page(), asked.size(), List.of(), facets(null, asked.lineage()));
        }
        ArchiveSearcher.Result found = searcher.search(asked.query(), asked.byDate(),
                (asked.page() - 1) * asked.size(), asked.size());
        return new SearchResult(found.total(), found.totalExact(), asked.page(), asked.size(),
                found.hits().stream().map(h -> new SearchResult.Item(h.meetingId(), h.title(), h.start(),
                        h.hostUnitCode(), h.hostUnitName(), h.kind(), h.status(), h.confidential(), h.chairName(),
                        h.minutesStatus(), h.snippet())).toList(),
                found.facets() == null ? null : facets(found.facets(), asked.lineage()));
    }

    /** Every hit of the same search counted: the exact total and the facets (paging parameters are checked, unused). */
    public SearchResult.Counted count(SearchRequest r) {
        Asked asked = asked(r);
        if (asked.query() == null) {
            return new SearchResult.Counted(0, facets(null, asked.lineage()));
        }
        FacetCounter.Result counted = searcher.facets(asked.query());
        return new SearchResult.Counted(counted.total(), facets(counted, asked.lineage()));
    }

    /** A checked request: the query ({@code null} when the text holds no word at all) and its page. */
    private record Asked(ArchiveQuery query, boolean byDate, int page, int size, UnitLineage lineage) {
    }

    private Asked asked(SearchRequest r) {
        CallerIdentity who = caller.identity();
        String q = r.q() == null ? "" : r.q();
        if (q.length() > MAX_QUERY) {
            throw ProblemException.invalid("q", "archive.queryTooLong", MAX_QUERY);
        }
        int page = number("page", r.page(), 1, 1, Integer.MAX_VALUE, "archive.page");
        int size = number("size", r.size(), 20, 1, MAX_SIZE, "archive.size");
        if ((long) page * size > MAX_DEPTH) {
            throw ProblemException.invalid("page", "archive.tooDeep", MAX_DEPTH);
        }
        LocalDate from = day("from", r.from());
        LocalDate to = day("to", r.to());
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "archive.toBeforeFrom");
        }
        String sort = blank(r.sort()) ? null : r.sort().strip();
        if (sort != null && !sort.equals("relevance") && !sort.equals("date")) {
            throw ProblemException.invalid("sort", "archive.sort");
        }
        String kind = choice("kind", r.kind(), v -> MeetingKind.valueOf(v).name(), "archive.kind");
        String status = choice("status", r.status(), v -> MeetingStatus.valueOf(v).name(), "archive.status");
        String minutes = choice("minutes", r.minutes(), v -> {
            if (!MINUTES.contains(v)) {
                throw new IllegalArgumentException(v);
            }
            return v;
        }, "archive.minutes");
        String host = code("host", r.host());
        String unit = code("unit", r.unit());
        String chair = blank(r.chair()) ? null : r.chair().strip();
        if (chair != null && chair.length() > 150) {
            throw ProblemException.invalid("chair", "archive.chairTooLong", 150);
        }
        if (!index.isOpen()) {
            throw new ProblemException(503, "unavailable", "archive.notReady", List.of(), Map.of());
        }
        UnitLineage lineage = records.lineage();
        QuerySyntax.Parsed text = QuerySyntax.parse(q);
        boolean byDate = "date".equals(sort);
        if (text.isEmpty() && !q.isBlank()) {
            return new Asked(null, byDate, page, size, lineage);
        }
        ArchiveQuery query = new ArchiveQuery(text, who.unitCode(), access.seesAllConfidential(),
                from == null ? null : from.atStartOfDay(VIETNAM).toInstant().toEpochMilli(),
                to == null ? null : to.plusDays(1).atStartOfDay(VIETNAM).toInstant().toEpochMilli(),
                host == null ? Set.of() : lineage.lineOf(host), unit == null ? Set.of() : lineage.lineOf(unit),
                chair, kind, status, minutes);
        return new Asked(query, byDate, page, size, lineage);
    }

    private static SearchResult.Facets facets(FacetCounter.Result counted, UnitLineage lineage) {
        if (counted == null) {
            return new SearchResult.Facets(List.of(), List.of(), List.of());
        }
        return new SearchResult.Facets(
                counted.years().entrySet().stream()
                        .sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
                        .map(e -> new SearchResult.Value(e.getKey().toString(), null, e.getValue())).toList(),
                counted.hosts().entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .limit(HOST_FACETS)
                        .map(e -> new SearchResult.Value(e.getKey(), lineage.name(e.getKey()), e.getValue()))
                        .toList(),
                counted.kinds().entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .map(e -> new SearchResult.Value(e.getKey(), null, e.getValue())).toList());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int number(String field, String value, int fallback, int min, int max, String key) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw ProblemException.invalid(field, key, max == Integer.MAX_VALUE ? MAX_DEPTH : max);
    }

    private static LocalDate day(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "archive.day");
        }
    }

    private static String code(String field, String value) {
        if (blank(value)) {
            return null;
        }
        if (!UNIT_CODE.matcher(value.strip()).matches()) {
            throw ProblemException.invalid(field, "valid.unitCode");
        }
        return value.strip();
    }

    private static String choice(String field, String value, Function<String, String> parse, String key) {
        if (blank(value)) {
            return null;
        }
        try {
            return parse.apply(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, key);
        }
    }
}
