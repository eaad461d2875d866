package vn.lienthong.archive.control;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts every hit by year, host unit and kind in the same pass that finds the best ones. Per segment it counts
 * ordinals in plain arrays and turns them into values once at the segment's end, so a word found in nearly every
 * meeting costs three array increments per hit.
 */
public final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounter.Result> {

    /** Hits by value of each facet, and the number of hits. */
    public record Result(long total, Map<Integer, Long> years, Map<String, Long> hosts, Map<String, Long> kinds) {
    }

    @Override
    public Counts newCollector() {
        return new Counts();
    }

    @Override
    public Result reduce(Collection<Counts> collectors) {
        Result result = new Result(0, new HashMap<>(), new HashMap<>(), new HashMap<>());
        long total = 0;
        for (Counts c : collectors) {
            total += c.total;
            c.years.forEach((k, v) -> result.years().merge(k, v, Long::sum));
            c.hosts.forEach((k, v) -> result.hosts().merge(k, v, Long::sum));
            c.kinds.forEach((k, v) -> result.kinds().merge(k, v, Long::sum));
        }
        return new Result(total, result.years(), result.hosts(), result.kinds());
    }

    static final class Counts implements Collector {

        private static final int FIRST_YEAR = 1900;
        final Map<Integer, Long> years = new HashMap<>();
        final Map<String, Long> hosts = new HashMap<>();
        final Map<String, Long> kinds = new HashMap<>();
        long total;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues host = DocValues.getSorted(context.reader(), ArchiveDocuments.HOST);
            SortedDocValues kind = DocValues.getSorted(context.reader(), ArchiveDocuments.KIND);
            NumericDocValues year = DocValues.getNumeric(context.reader(), ArchiveDocuments.YEAR);
            int[] hostCounts = new int[host.getValueCount()];
            int[] kindCounts = new int[kind.getValueCount()];
            int[] yearCounts = new int[300];
            return new LeafCollector() {
                int hits;

                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    hits++;
                    if (host.advanceExact(doc)) {
                        hostCounts[host.ordValue()]++;
                    }
                    if (kind.advanceExact(doc)) {
                        kindCounts[kind.ordValue()]++;
                    }
                    if (year.advanceExact(doc)) {
                        int y = (int) year.longValue() - FIRST_YEAR;
                        if (y >= 0 && y < yearCounts.length) {
                            yearCounts[y]++;
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    total += hits;
                    for (int ord = 0; ord < hostCounts.length; ord++) {
                        if (hostCounts[ord] > 0) {
                            hosts.merge(host.lookupOrd(ord).utf8ToString(), (long) hostCounts[ord], Long::sum);
                        }
                    }
                    for (int ord = 0; ord < kindCounts.length; ord++) {
                        if (kindCounts[ord] > 0) {
                            kinds.merge(kind.lookupOrd(ord).utf8ToString(), (long) kindCounts[ord], Long::sum);
                        }
                    }
                    for (int y = 0; y < yearCounts.length; y++) {
                        if (yearCounts[y] > 0) {
                            years.merge(y + FIRST_YEAR, (long) yearCounts[y], Long::sum);
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
