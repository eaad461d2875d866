package vn.lienthong.archive.control;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How the archive cuts text into terms: Unicode word boundaries (StandardTokenizer; Vietnamese syllables are
 * words), then {@link Folding}. No stopwords and no minimum length: "của", "và", "vụ" and "an" are all searchable.
 * The {@link #BIGRAMS} variant indexes each pair of neighbouring syllables as one term, so that a phrase of common
 * syllables ("của các") is one rare term instead of the intersection of two terms found in nearly every document.
 */
public final class ArchiveAnalyzer extends Analyzer {

    public static final ArchiveAnalyzer WORDS = new ArchiveAnalyzer(false);
    public static final ArchiveAnalyzer BIGRAMS = new ArchiveAnalyzer(true);

    /** The separator of the two syllables of a bigram term. */
    public static final String BIGRAM_SEPARATOR = " ";

    /** Keeps the values of a multi-valued field apart, so a phrase never spans two of them. */
    private static final int VALUE_GAP = 100;

    private static final NormalizeCharMap SEPARATORS;

    static {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add(":", " ");
        map.add("\uFE13", " ");
        map.add("\uFE55", " ");
        map.add("\uFF1A", " ");
        map.add("\u00B7", " ");
        SEPARATORS = map.build();
    }

    private final boolean bigrams;

    private ArchiveAnalyzer(boolean bigrams) {
        this.bigrams = bigrams;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setMaxTokenLength(100);
        TokenStream stream = new FoldingFilter(tokenizer);
        if (bigrams) {
            ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
            shingles.setOutputUnigrams(false);
            shingles.setTokenSeparator(BIGRAM_SEPARATOR);
            stream = shingles;
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** A colon joins letters into one word for the Unicode rules ("title:cai"); here it separates them. */
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(SEPARATORS, reader);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }

    @Override
    public int getOffsetGap(String fieldName) {
        return 1;
    }
}
