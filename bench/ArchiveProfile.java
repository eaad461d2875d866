import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import vn.lienthong.archive.control.ArchiveAnalyzer;
import vn.lienthong.archive.control.ArchiveDocuments;
import vn.lienthong.archive.control.ArchiveQuery;
import vn.lienthong.archive.control.ArchiveSearcher;
import vn.lienthong.archive.control.FacetCounter;
import vn.lienthong.archive.control.QuerySyntax;

/**
 * Where the time of an archive search goes, measured in-process on the application's index folder (opened read-only
 * beside the running application) with the application's own query classes, step by step as
 * {@code ArchiveSearcher} does them: the best 20 with a total counted only up to 1,000 (Lucene's default), the best
 * 20 with the exact total, the same with the facet counts, then the snippets of the 20.
 * Usage: {@code ArchiveProfile INDEX_DIR [runs]} (the queries are those of {@code ArchiveBench}); with
 * {@code ArchiveProfile INDEX_DIR runs snippets [file]} only the reading of each query's page (listed fields and
 * snippets) as before and after 2026-11-28, see {@link #snippets}.
 */
public class ArchiveProfile {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    interface Step {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        ExecutorService executor = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader, executor);
            if (args.length > 2 && args[2].equals("snippets")) {
                snippets(searcher, runs, args.length > 3 ? Path.of(args[3]) : null);
                return;
            }
            System.out.printf(Locale.ROOT, "index %s: %,d documents in %d segments; %d runs per step after 5 warm-up,"
                    + " p50 / p95 ms%n", dir, reader.numDocs(), reader.leaves().size(), runs);
            System.out.println("| query | hits | best 20, total ≥ 1,000 | best 20, exact total | + facets | + snippets"
                    + " (the application's work) |");
            System.out.println("|---|---:|---|---|---|---|");
            for (ArchiveBench.Query q : ArchiveBench.QUERIES) {
                ArchiveQuery query = query(q);
                Query lucene = query.toLucene();
                Sort byDate = new Sort(new SortField(ArchiveDocuments.START, SortField.Type.LONG, true),
                        new SortField(ArchiveDocuments.ID, SortField.Type.DOC, true));
                long[] hits = {0};
                double[] approx = time(runs, () -> searcher.search(lucene, top(q.byDate(), byDate, 1000)));
                double[] exact = time(runs, () -> searcher.search(lucene, top(q.byDate(), byDate, Integer.MAX_VALUE)));
                Object[][] last = new Object[1][];
                double[] facets = time(runs, () -> {
                    last[0] = searcher.search(lucene, new MultiCollectorManager(top(q.byDate(), byDate,
                            Integer.MAX_VALUE), new FacetCounter()));
                    return last[0];
                });
                hits[0] = ((FacetCounter.Result) last[0][1]).total();
                ScoreDoc[] page = ((TopDocs) last[0][0]).scoreDocs;
                Query words = words(query);
                double[] snippets = time(runs, () -> {
                    Object[] found = searcher.search(lucene, new MultiCollectorManager(top(q.byDate(), byDate,
                            Integer.MAX_VALUE), new FacetCounter()));
                    ScoreDoc[] p = ((TopDocs) found[0]).scoreDocs;
                    return highlight(searcher, words, p);
                });
                double[] snippetsOnly = time(runs, () -> highlight(searcher, words, page));
                System.out.printf(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s (snippets alone %s) |%n", q.label(),
                        hits[0], two(approx), two(exact), two(facets), two(snippets), two(snippetsOnly));
            }
        } finally {
            executor.shutdown();
        }
    }

    /** The benchmark's query as the application asks it of the index for {@code thuky}, who reads everything. */
    static ArchiveQuery query(ArchiveBench.Query q) {
        return new ArchiveQuery(QuerySyntax.parse(q.q()), null, true,
                q.from() == null ? null : LocalDate.parse(q.from()).atStartOfDay(VIETNAM).toInstant().toEpochMilli(),
                q.to() == null ? null : LocalDate.parse(q.to()).plusDays(1).atStartOfDay(VIETNAM).toInstant()
                        .toEpochMilli(),
                q.host() == null ? Set.of() : Set.of(q.host()), Set.of(), null, q.kind(), null, null);
    }

    /** The words and phrases asked for on the text field, for the highlighter. */
    static Query words(ArchiveQuery query) {
        if (query.text().isEmpty()) {
            return null;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (List<String> part : query.text().parts()) {
            q.add(part.size() == 1 ? new TermQuery(new Term(ArchiveDocuments.TEXT, part.get(0)))
                    : new PhraseQuery(ArchiveDocuments.TEXT, part.toArray(String[]::new)), BooleanClause.Occur.SHOULD);
        }
        return q.build();
    }

    /** The best 20 by score or by date, counting the total up to {@code threshold}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static org.apache.lucene.search.CollectorManager top(boolean date, Sort byDate, int threshold) {
        return date ? new TopFieldCollectorManager(byDate, 20, null, threshold, true)
                : new TopScoreDocCollectorManager(20, null, threshold, true);
    }

    /** The snippets as {@code ArchiveSearcher} cuts them. */
    static String[] highlight(IndexSearcher searcher, Query words, ScoreDoc[] page) throws Exception {
        if (words == null || page.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, ArchiveAnalyzer.WORDS)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), 220, 0.5f))
                .withMaxLength(1_000_000)
                .withHandleMultiTermQuery(false)
                .build();
        TopDocs docs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        return highlighter.highlight(ArchiveDocuments.TEXT, words, docs, 2);
    }

    /**
     * The page's reading alone (the 20 meetings' listed fields and snippets, the page found beforehand), as the
     * highlighter of the 2026-11-28 runs did it (Lucene's UnifiedHighlighter over the whole stored text, then the
     * listed fields) and as {@code ArchiveSearcher.hits} does it; with a file, each query's snippets of both.
     */
    static void snippets(IndexSearcher searcher, int runs, Path samples) throws Exception {
        System.out.printf(Locale.ROOT, "%,d documents in %d segments; %d runs after 5 warm-up, p50 / p95 ms%n",
                searcher.getIndexReader().numDocs(), searcher.getIndexReader().leaves().size(), runs);
        System.out.println("| query | page | highlighter + listed fields | ArchiveSearcher.hits |");
        System.out.println("|---|---:|---|---|");
        StringBuilder out = new StringBuilder();
        Set<String> listed = Set.of(ArchiveDocuments.ID, ArchiveDocuments.TITLE, ArchiveDocuments.START,
                ArchiveDocuments.HOST, ArchiveDocuments.HOST_NAME, ArchiveDocuments.KIND, ArchiveDocuments.STATUS,
                ArchiveDocuments.CONFIDENTIAL, ArchiveDocuments.CHAIR, ArchiveDocuments.MINUTES);
        for (ArchiveBench.Query q : ArchiveBench.QUERIES) {
            ArchiveQuery query = query(q);
            Sort byDate = new Sort(new SortField(ArchiveDocuments.START, SortField.Type.LONG, true),
                    new SortField(ArchiveDocuments.ID, SortField.Type.DOC, true));
            TopDocs top = (TopDocs) searcher.search(query.toLucene(), top(q.byDate(), byDate, 1000));
            ScoreDoc[] page = top.scoreDocs;
            Query words = words(query);
            String[][] before = new String[1][];
            double[] highlighter = time(runs, () -> {
                before[0] = highlight(searcher, words, page);
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc d : page) {
                    Document doc = stored.document(d.doc, listed);
                    doc.get(ArchiveDocuments.TITLE);
                }
                return before[0];
            });
            List<?>[] after = new List<?>[1];
            double[] hits = time(runs, () -> after[0] = ArchiveSearcher.hits(searcher, query, page));
            System.out.printf(Locale.ROOT, "| %s | %d | %s | %s |%n", q.label(), page.length, two(highlighter),
                    two(hits));
            out.append("## ").append(q.label()).append('\n');
            for (int i = 0; i < Math.min(3, page.length); i++) {
                out.append("- before: ").append(before[0].length > i ? before[0][i] : "").append('\n');
                out.append("- after:  ").append(((ArchiveSearcher.Hit) after[0].get(i)).snippet()).append('\n');
            }
        }
        if (samples != null) {
            java.nio.file.Files.writeString(samples, out);
        }
    }

    static double[] time(int runs, Step step) throws Exception {
        for (int i = 0; i < 5; i++) {
            step.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            step.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static String two(double[] sorted) {
        return String.format(Locale.ROOT, "%.1f / %.1f", ArchiveBench.pct(sorted, 50), ArchiveBench.pct(sorted, 95));
    }
}
