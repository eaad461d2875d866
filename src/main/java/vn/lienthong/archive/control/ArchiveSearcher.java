package vn.lienthong.archive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFieldVisitor;
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
    /** The length of the opening shown when no word is asked for. */
    private static final int SNIPPET_CHARS = 220;

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

    /**
     * The page's meetings with their snippets: where the words stand is read from the postings, segment by segment in
     * document order, and each meeting's stored fields are read once, the text only as far as its passages need.
     */
    public static List<Hit> hits(IndexSearcher searcher, ArchiveQuery query, ScoreDoc[] page) throws IOException {
        List<List<String>> parts = query.text().parts();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Integer[] order = new Integer[page.length];
        for (int i = 0; i < page.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(page[a].doc, page[b].doc));
        Hit[] hits = new Hit[page.length];
        Snippets.Locator locator = null;
        StoredFields storedFields = null;
        int leafIndex = -1;
        for (int i : order) {
            int doc = page[i].doc;
            if (leafIndex < 0 || ReaderUtil.subIndex(doc, leaves) != leafIndex) {
                leafIndex = ReaderUtil.subIndex(doc, leaves);
                LeafReader leaf = leaves.get(leafIndex).reader();
                locator = parts.isEmpty() ? null : new Snippets.Locator(leaf, parts);
                storedFields = leaf.storedFields();
            }
            int leafDoc = doc - leaves.get(leafIndex).docBase;
            List<Snippets.Match> matches = locator == null ? List.of() : locator.matches(leafDoc);
            List<Snippets.Passage> passages = Snippets.passages(matches);
            StoredHit stored = new StoredHit(passages.isEmpty() ? -1 : Snippets.textUpTo(passages));
            storedFields.document(leafDoc, stored);
            String snippet = passages.isEmpty() ? stored.opening()
                    : Snippets.snippet(stored.text(), passages, matches);
            hits[i] = stored.hit(snippet, page[i].score);
        }
        return List.of(hits);
    }

    /**
     * What the result list shows of one meeting, read from its stored fields; of the text only the values up to
     * {@code textWanted} characters, or with {@code textWanted} &lt; 0 the title and about {@value #SNIPPET_CHARS}
     * characters after it (the opening shown when no word is asked for).
     */
    private static final class StoredHit extends StoredFieldVisitor {

        private final int textWanted;
        private final Map<String, Object> values = new HashMap<>();
        /** The values of the text read, each followed by {@link Snippets#GAP}. */
        private final StringBuilder text = new StringBuilder();
        private int titleLength = -1;

        StoredHit(int textWanted) {
            this.textWanted = textWanted;
        }

        @Override
        public Status needsField(FieldInfo field) {
            if (field.name.equals(ArchiveDocuments.TEXT)) {
                boolean more = textWanted >= 0 ? text.length() < textWanted
                        : titleLength < 0 || text.length() - titleLength - 1 < SNIPPET_CHARS;
                return more ? Status.YES : Status.NO;
            }
            return LISTED.contains(field.name) && !values.containsKey(field.name) ? Status.YES : Status.NO;
        }

        @Override
        public void stringField(FieldInfo field, String value) {
            if (field.name.equals(ArchiveDocuments.TEXT)) {
                if (titleLength < 0) {
                    titleLength = value.length();
                }
                text.append(value).append(Snippets.GAP);
            } else {
                values.put(field.name, value);
            }
        }

        @Override
        public void longField(FieldInfo field, long value) {
            values.put(field.name, value);
        }

        Hit hit(String snippet, float score) {
            return new Hit(Long.parseLong(get(ArchiveDocuments.ID)), get(ArchiveDocuments.TITLE),
                    Instant.ofEpochMilli((Long) values.get(ArchiveDocuments.START)), get(ArchiveDocuments.HOST),
                    get(ArchiveDocuments.HOST_NAME), get(ArchiveDocuments.KIND), get(ArchiveDocuments.STATUS),
                    Boolean.parseBoolean(get(ArchiveDocuments.CONFIDENTIAL)), get(ArchiveDocuments.CHAIR),
                    get(ArchiveDocuments.MINUTES), snippet, score);
        }

        /** The values of the text read, joined by {@link Snippets#GAP}. */
        String text() {
            return text.isEmpty() ? "" : text.substring(0, text.length() - 1);
        }

        private String get(String field) {
            return (String) values.get(field);
        }

        /** The start of the text after its title, escaped: the snippet when no word is asked for. */
        String opening() {
            String all = text();
            // the values after the title, or the title alone
            String rest = titleLength < all.length() ? all.substring(titleLength + 1) : all;
            return rest.length() > SNIPPET_CHARS ? Snippets.escape(rest.substring(0, SNIPPET_CHARS)) + "…"
                    : Snippets.escape(rest);
        }
    }
}
