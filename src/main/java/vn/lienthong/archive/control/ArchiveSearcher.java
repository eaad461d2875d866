package vn.lienthong.archive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Runs an {@link ArchiveQuery} on the live index: one page of hits with snippets, the total and the facets. */
@ApplicationScoped
public class ArchiveSearcher {

    /** One meeting of the result list, as stored in the index. */
    public record Hit(long meetingId, String title, Instant start, String hostUnitCode, String hostUnitName,
                      String kind, String status, boolean confidential, String chairName, String minutesStatus,
                      String snippet, float score) {
    }

    /**
     * One page of hits. {@code total} is exact when {@code totalExact}; otherwise the search found at least
     * {@value #COUNT_LIMIT} meetings and stopped counting. {@code facets} are counted only with an exact total
     * ({@code null} otherwise: {@link #facets} counts them on request).
     */
    public record Result(long total, boolean totalExact, List<Hit> hits, FacetCounter.Result facets) {
    }

    /**
     * Hits are counted exactly up to this many. Beyond it the page is found without visiting every hit (Lucene skips
     * blocks of postings that cannot reach the page), which is what keeps a search for "của" or "và" — found in nearly
     * every meeting — as fast as one for a rare word. It is also as deep as the pages go (see ArchiveSearch).
     */
    public static final int COUNT_LIMIT = 10_000;

    private static final Sort BY_DATE = new Sort(new SortField(ArchiveDocuments.START, SortField.Type.LONG, true),
            new SortField(ArchiveDocuments.ID, SortField.Type.LONG, true));
    private static final Set<String> LISTED = Set.of(ArchiveDocuments.ID, ArchiveDocuments.TITLE,
            ArchiveDocuments.START, ArchiveDocuments.HOST, ArchiveDocuments.HOST_NAME, ArchiveDocuments.KIND,
            ArchiveDocuments.STATUS, ArchiveDocuments.CONFIDENTIAL, ArchiveDocuments.CHAIR, ArchiveDocuments.MINUTES);
    private static final int SNIPPET_CHARS = 220;
    /** Between two values of the text (title, agenda item, line of the minutes) in a snippet or an opening. */
    private static final String VALUE_SEPARATOR = " · ";

    @Inject
    ArchiveIndex index;

    public Result search(ArchiveQuery query, boolean byDate, int offset, int size) {
        boolean newestFirst = byDate || query.text().isEmpty();
        return index.search(searcher -> {
            int wanted = offset + size;
            Query exact = query.toLucene(true);
            Query quick = query.hasLongPhrase() ? query.toLucene(false) : exact;
            TopDocs docs = top(searcher, quick, newestFirst, wanted);
            long total = docs.totalHits.value;
            boolean totalExact = docs.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            FacetCounter.Result facets = null;
            if (totalExact) {
                // few enough to count: the exact query's hits, their number and their facets
                if (quick != exact) {
                    docs = top(searcher, exact, newestFirst, wanted);
                }
                facets = searcher.search(exact, new FacetCounter());
                total = facets.total();
            } else if (quick != exact) {
                docs = confirmed(searcher, exact, quick, newestFirst, wanted, docs);
            }
            ScoreDoc[] page = docs.scoreDocs.length <= offset ? new ScoreDoc[0]
                    : Arrays.copyOfRange(docs.scoreDocs, offset, Math.min(docs.scoreDocs.length, wanted));
            return new Result(total, totalExact, hits(searcher, query, page), facets);
        });
    }

    /** Every hit of the query counted, by year, host unit and kind: the exact total and the facets. */
    public FacetCounter.Result facets(ArchiveQuery query) {
        return index.search(searcher -> searcher.search(query.toLucene(true), new FacetCounter()));
    }

    private static TopDocs top(IndexSearcher searcher, Query query, boolean newestFirst, int wanted)
            throws IOException {
        return newestFirst
                ? searcher.search(query, new TopFieldCollectorManager(BY_DATE, wanted, null, COUNT_LIMIT, true))
                : searcher.search(query, new TopScoreDocCollectorManager(wanted, null, COUNT_LIMIT, true));
    }

    /**
     * The best hits of the quick form of a phrase search that the exact form also matches, in the quick form's order:
     * asks the quick form for more until {@code wanted} are confirmed or it has no more.
     */
    private static TopDocs confirmed(IndexSearcher searcher, Query exact, Query quick, boolean newestFirst, int wanted,
                                     TopDocs first) throws IOException {
        Weight check = searcher.createWeight(searcher.rewrite(exact), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        TopDocs candidates = first;
        int asked = wanted;
        while (true) {
            List<ScoreDoc> kept = new ArrayList<>();
            for (ScoreDoc candidate : candidates.scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(candidate.doc, leaves));
                if (check.matches(leaf, candidate.doc - leaf.docBase) != null) {
                    kept.add(candidate);
                }
            }
            boolean exhausted = candidates.scoreDocs.length < asked;
            if (kept.size() >= wanted || exhausted || asked >= 2 * COUNT_LIMIT) {
                return new TopDocs(candidates.totalHits, kept.toArray(ScoreDoc[]::new));
            }
            asked = Math.min(2 * COUNT_LIMIT, asked * 2 + 100);
            candidates = top(searcher, quick, newestFirst, asked);
        }
    }

    private static List<Hit> hits(IndexSearcher searcher, ArchiveQuery query, ScoreDoc[] page) throws IOException {
        String[] snippets = snippets(searcher, query.forSnippets(), page);
        StoredFields stored = searcher.storedFields();
        Hit[] hits = new Hit[page.length];
        for (int i = 0; i < page.length; i++) {
            Document d = stored.document(page[i].doc, LISTED);
            hits[i] = new Hit(Long.parseLong(d.get(ArchiveDocuments.ID)), d.get(ArchiveDocuments.TITLE),
                    Instant.ofEpochMilli(d.getField(ArchiveDocuments.START).numericValue().longValue()),
                    d.get(ArchiveDocuments.HOST), d.get(ArchiveDocuments.HOST_NAME), d.get(ArchiveDocuments.KIND),
                    d.get(ArchiveDocuments.STATUS), Boolean.parseBoolean(d.get(ArchiveDocuments.CONFIDENTIAL)),
                    d.get(ArchiveDocuments.CHAIR), d.get(ArchiveDocuments.MINUTES),
                    snippets[i] != null ? snippets[i] : opening(stored, page[i].doc), page[i].score);
        }
        return List.of(hits);
    }

    private static String[] snippets(IndexSearcher searcher, Query words, ScoreDoc[] page) throws IOException {
        if (words == null || page.length == 0) {
            return new String[page.length];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, ArchiveAnalyzer.WORDS)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
                .withMaxLength(1_000_000)
                .withHandleMultiTermQuery(false)
                .build();
        TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        String[] snippets = highlighter.highlight(ArchiveDocuments.TEXT, words, pageDocs, 2);
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] != null && !snippets[i].contains("<mark>")) {
                snippets[i] = null;
            } else if (snippets[i] != null) {
                // the highlighter joins the text's values (title, each line of the minutes…) with a NUL character
                snippets[i] = snippets[i].replace("\u0000", VALUE_SEPARATOR);
            }
        }
        return snippets;
    }

    /** The start of the meeting's text after its title, escaped: the snippet when no word is asked for. */
    private static String opening(StoredFields stored, int doc) throws IOException {
        IndexableField[] values = stored.document(doc, Set.of(ArchiveDocuments.TEXT)).getFields(ArchiveDocuments.TEXT);
        StringBuilder text = new StringBuilder();
        for (int i = values.length > 1 ? 1 : 0; i < values.length && text.length() < SNIPPET_CHARS; i++) {
            text.append(text.length() == 0 ? "" : VALUE_SEPARATOR).append(values[i].stringValue());
        }
        String cut = text.length() > SNIPPET_CHARS ? text.substring(0, SNIPPET_CHARS) + "…" : text.toString();
        return escape(cut);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
