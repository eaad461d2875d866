package vn.lienthong.archive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
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

/** Runs an {@link ArchiveQuery} on the live index: one page of hits with snippets, the total and the facets. */
@ApplicationScoped
public class ArchiveSearcher {

    /** One meeting of the result list, as stored in the index. */
    public record Hit(long meetingId, String title, Instant start, String hostUnitCode, String hostUnitName,
                      String kind, String status, boolean confidential, String chairName, String minutesStatus,
                      String snippet, float score) {
    }

    public record Result(long total, List<Hit> hits, FacetCounter.Result facets) {
    }

    private static final Sort BY_DATE = new Sort(new SortField(ArchiveDocuments.START, SortField.Type.LONG, true),
            new SortField(ArchiveDocuments.ID, SortField.Type.DOC, true));
    private static final Set<String> LISTED = Set.of(ArchiveDocuments.ID, ArchiveDocuments.TITLE,
            ArchiveDocuments.START, ArchiveDocuments.HOST, ArchiveDocuments.HOST_NAME, ArchiveDocuments.KIND,
            ArchiveDocuments.STATUS, ArchiveDocuments.CONFIDENTIAL, ArchiveDocuments.CHAIR, ArchiveDocuments.MINUTES);
    private static final int SNIPPET_CHARS = 220;

    @Inject
    ArchiveIndex index;

    public Result search(ArchiveQuery query, boolean byDate, int offset, int size) {
        Query lucene = query.toLucene();
        boolean newestFirst = byDate || query.text().isEmpty();
        return index.search(searcher -> {
            int wanted = offset + size;
            var top = newestFirst ? new TopFieldCollectorManager(BY_DATE, wanted, null, Integer.MAX_VALUE, true)
                    : new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE, true);
            Object[] found = searcher.search(lucene, new MultiCollectorManager(top, new FacetCounter()));
            TopDocs docs = (TopDocs) found[0];
            FacetCounter.Result facets = (FacetCounter.Result) found[1];
            ScoreDoc[] page = docs.scoreDocs.length <= offset ? new ScoreDoc[0]
                    : Arrays.copyOfRange(docs.scoreDocs, offset, docs.scoreDocs.length);
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
            return new Result(facets.total(), List.of(hits), facets);
        });
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
            }
        }
        return snippets;
    }

    /** The start of the meeting's text after its title, escaped: the snippet when no word is asked for. */
    private static String opening(StoredFields stored, int doc) throws IOException {
        IndexableField[] values = stored.document(doc, Set.of(ArchiveDocuments.TEXT)).getFields(ArchiveDocuments.TEXT);
        StringBuilder text = new StringBuilder();
        for (int i = values.length > 1 ? 1 : 0; i < values.length && text.length() < SNIPPET_CHARS; i++) {
            text.append(text.length() == 0 ? "" : " · ").append(values[i].stringValue());
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
