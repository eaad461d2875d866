package vn.lienthong.archive.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * What a search asks of the index, turned into Lucene queries: every word and phrase required in the text
 * (phrases answered from the bigram field), words in the title count extra, and every filter a non-scoring clause.
 *
 * @param reader     the unit whose confidential meetings the caller reads, or {@code null} for every meeting
 * @param from       meetings starting at or after this instant (epoch ms), or {@code null}
 * @param to         meetings starting before this instant (epoch ms), or {@code null}
 * @param hosts      host unit codes (with their predecessors and successors), empty for any
 * @param units      invited unit codes (with their predecessors and successors), empty for any
 */
public record ArchiveQuery(QuerySyntax.Parsed text, String reader, boolean readsAll, Long from, Long to,
                           Set<String> hosts, Set<String> units, String chair, String kind, String status,
                           String minutes) {

    private static final float TITLE_BOOST = 2f;

    /** The query that finds and ranks the meetings. */
    public Query toLucene() {
        return toLucene(true);
    }

    /** Whether some phrase has three words or more: only then do {@link #toLucene(boolean)}'s two forms differ. */
    public boolean hasLongPhrase() {
        return text.parts().stream().anyMatch(part -> part.size() > 2);
    }

    /**
     * The query that finds and ranks the meetings; without {@code positions}, a phrase of three words or more asks
     * only that each of its word pairs occurs (the bigram terms, no positions read), which can find a few meetings
     * that hold the pairs apart: cheap for counting and ranking, checked against the exact form where it matters.
     */
    public Query toLucene(boolean positions) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        boolean scored = false;
        for (List<String> part : text.parts()) {
            scored = true;
            if (part.size() == 1) {
                q.add(new TermQuery(new Term(ArchiveDocuments.TEXT, part.get(0))), Occur.MUST);
                q.add(new BoostQuery(new TermQuery(new Term(ArchiveDocuments.TITLE, part.get(0))), TITLE_BOOST),
                        Occur.SHOULD);
            } else {
                q.add(positions ? bigramPhrase(part) : bigramPairs(part), Occur.MUST);
                q.add(new BoostQuery(new PhraseQuery(ArchiveDocuments.TITLE, part.toArray(String[]::new)),
                        TITLE_BOOST), Occur.SHOULD);
            }
        }
        if (!readsAll) {
            q.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ArchiveDocuments.CONFIDENTIAL, "false")), Occur.SHOULD)
                    .add(new TermQuery(new Term(ArchiveDocuments.READER, reader)), Occur.SHOULD)
                    .build(), Occur.FILTER);
        }
        if (from != null || to != null) {
            q.add(LongPoint.newRangeQuery(ArchiveDocuments.START, from == null ? Long.MIN_VALUE : from,
                    to == null ? Long.MAX_VALUE : to - 1), Occur.FILTER);
        }
        inSet(q, ArchiveDocuments.HOST_LINE, hosts);
        inSet(q, ArchiveDocuments.UNIT, units);
        keyword(q, ArchiveDocuments.KIND, kind);
        keyword(q, ArchiveDocuments.STATUS, status);
        keyword(q, ArchiveDocuments.MINUTES, minutes);
        if (chair != null) {
            List<String> words = QuerySyntax.words(chair);
            BooleanQuery.Builder byChair = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ArchiveDocuments.CHAIR_USER, chair.strip())), Occur.SHOULD);
            if (!words.isEmpty()) {
                byChair.add(new PhraseQuery(ArchiveDocuments.CHAIR, words.toArray(String[]::new)), Occur.SHOULD);
            }
            q.add(byChair.build(), Occur.FILTER);
        }
        BooleanQuery built = q.build();
        if (!scored && built.clauses().isEmpty()) {
            return new MatchAllDocsQuery();
        }
        return built;
    }

    /** A phrase as the terms of the bigram field: "a b c" is "a b" followed by "b c". */
    static Query bigramPhrase(List<String> words) {
        List<String> bigrams = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            bigrams.add(words.get(i) + ArchiveAnalyzer.BIGRAM_SEPARATOR + words.get(i + 1));
        }
        if (bigrams.size() == 1) {
            return new TermQuery(new Term(ArchiveDocuments.BIGRAMS, bigrams.get(0)));
        }
        return new PhraseQuery(ArchiveDocuments.BIGRAMS, bigrams.toArray(String[]::new));
    }

    /** Every word pair of a phrase, in any order and place. */
    static Query bigramPairs(List<String> words) {
        BooleanQuery.Builder pairs = new BooleanQuery.Builder();
        for (int i = 0; i + 1 < words.size(); i++) {
            pairs.add(new TermQuery(new Term(ArchiveDocuments.BIGRAMS,
                    words.get(i) + ArchiveAnalyzer.BIGRAM_SEPARATOR + words.get(i + 1))), Occur.MUST);
        }
        return pairs.build();
    }

    private static void inSet(BooleanQuery.Builder q, String field, Collection<String> codes) {
        if (codes != null && !codes.isEmpty()) {
            q.add(new TermInSetQuery(field, codes.stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
    }

    private static void keyword(BooleanQuery.Builder q, String field, String value) {
        if (value != null) {
            q.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
