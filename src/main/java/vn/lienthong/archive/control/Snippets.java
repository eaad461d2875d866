package vn.lienthong.archive.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Snippets of the page's meetings, cut from the stored text around the words and phrases asked for. Where they stand
 * comes from the postings of the text field, which hold each word's position and character offsets: a term is
 * looked up once per segment for the whole page, a phrase is its words at consecutive positions, and only the
 * stretch of text the passages need is read from the stored values (see {@link #textUpTo}).
 */
final class Snippets {

    /** A passage is at most about this long; two at most per meeting. */
    static final int PASSAGE_CHARS = 120;
    private static final int PASSAGES = 2;
    /** How far before its first match a passage may start, to begin with its sentence. */
    private static final int LEAD_CHARS = 40;
    /** Between two values of the text (title, agenda item, line of the minutes) in a snippet. */
    static final String VALUE_SEPARATOR = " · ";
    private static final String ELLIPSIS = " … ";
    /** What stands between two values in the text given to {@link #snippet}: one character, as in the offsets. */
    static final char GAP = '\u0000';
    /** How far a passage may run on to finish its last word. */
    private static final int WORD_CHARS = 30;

    /** One match in a meeting's text: characters {@code [start, end)} of the values joined by one character each. */
    record Match(int start, int end, int part) {
    }

    /** Where the parts of one query stand in the documents of one segment, read in increasing document order. */
    static final class Locator {

        private final List<List<String>> parts;
        private final Map<String, PostingsEnum> postings = new HashMap<>();

        /** Each term of {@code parts} looked up once in the segment. */
        Locator(LeafReader leaf, List<List<String>> parts) throws IOException {
            this.parts = parts;
            Terms terms = leaf.terms(ArchiveDocuments.TEXT);
            TermsEnum termsEnum = terms == null ? null : terms.iterator();
            for (List<String> part : parts) {
                for (String word : part) {
                    if (termsEnum != null && !postings.containsKey(word)) {
                        postings.put(word, termsEnum.seekExact(new BytesRef(word))
                                ? termsEnum.postings(null, PostingsEnum.OFFSETS) : null);
                    }
                }
            }
        }

        /** The matches in {@code doc} (of this segment, not before the last one asked), in text order. */
        List<Match> matches(int doc) throws IOException {
            Map<String, Occurrences> occurrences = new HashMap<>();
            for (Map.Entry<String, PostingsEnum> e : postings.entrySet()) {
                occurrences.put(e.getKey(), Occurrences.of(e.getValue(), doc));
            }
            List<Match> found = new ArrayList<>();
            for (int p = 0; p < parts.size(); p++) {
                List<String> part = parts.get(p);
                Occurrences first = occurrences.get(part.get(0));
                for (int i = 0; first != null && i < first.positions.length; i++) {
                    int end = phraseEnd(occurrences, part, first.positions[i]);
                    if (end >= 0) {
                        found.add(new Match(first.starts[i], end, p));
                    }
                }
            }
            found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                    : Integer.compare(b.end(), a.end()));
            return found;
        }

        /** The end offset of the part's last word when the part stands at {@code position}, or -1. */
        private static int phraseEnd(Map<String, Occurrences> occurrences, List<String> part, int position) {
            int end = -1;
            for (int i = 0; i < part.size(); i++) {
                Occurrences at = occurrences.get(part.get(i));
                int found = at == null ? -1 : Arrays.binarySearch(at.positions, position + i);
                if (found < 0) {
                    return -1;
                }
                end = at.ends[found];
            }
            return end;
        }
    }

    /** Each occurrence of a term in one document: its position and offsets, in increasing position. */
    private record Occurrences(int[] positions, int[] starts, int[] ends) {

        /** The term's occurrences in {@code doc}, or null when it has none. */
        static Occurrences of(PostingsEnum postings, int doc) throws IOException {
            if (postings == null || postings.docID() > doc
                    || (postings.docID() < doc && postings.advance(doc) != doc)) {
                return null;
            }
            int freq = postings.freq();
            Occurrences at = new Occurrences(new int[freq], new int[freq], new int[freq]);
            for (int i = 0; i < freq; i++) {
                at.positions[i] = postings.nextPosition();
                at.starts[i] = postings.startOffset();
                at.ends[i] = postings.endOffset();
            }
            return at;
        }
    }

    /** A stretch {@code [start, end)} of the text chosen to be shown. */
    record Passage(int start, int end) {
    }

    private Snippets() {
    }

    /**
     * Up to two passages around the matches, in text order: first the stretch that holds the most distinct parts
     * (then the most matches), then the best one apart from it, preferring parts the first lacks.
     */
    static List<Passage> passages(List<Match> matches) {
        List<Passage> chosen = new ArrayList<>();
        Set<Integer> covered = new LinkedHashSet<>();
        while (chosen.size() < PASSAGES) {
            Passage best = null;
            long bestScore = -1;
            for (int i = 0; i < matches.size(); i++) {
                Match m = matches.get(i);
                if (overlaps(chosen, m.start(), m.start() + PASSAGE_CHARS)) {
                    continue;
                }
                Set<Integer> parts = new LinkedHashSet<>();
                int count = 0;
                int end = m.end();
                for (int j = i; j < matches.size() && matches.get(j).end() <= m.start() + PASSAGE_CHARS; j++) {
                    parts.add(matches.get(j).part());
                    end = Math.max(end, matches.get(j).end());
                    count++;
                }
                long fresh = parts.stream().filter(p -> !covered.contains(p)).count();
                long score = (fresh * 1000 + parts.size()) * 1000 + count;
                if (score > bestScore) {
                    bestScore = score;
                    best = new Passage(m.start(), end);
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            for (Match m : matches) {
                if (m.start() >= best.start() && m.end() <= best.end()) {
                    covered.add(m.part());
                }
            }
        }
        chosen.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return chosen;
    }

    private static boolean overlaps(List<Passage> chosen, int start, int end) {
        return chosen.stream().anyMatch(p -> start < p.end() + LEAD_CHARS && p.start() - LEAD_CHARS < end);
    }

    /** How much of the text the passages need: {@link #snippet} ends none of them later. */
    static int textUpTo(List<Passage> passages) {
        return passages.isEmpty() ? 0 : passages.get(passages.size() - 1).start() + PASSAGE_CHARS + WORD_CHARS + 1;
    }

    /**
     * The snippet: each passage from the start of its first match's sentence or value (or a word before the match
     * when that is far) to the end of its last match's sentence or value (or a word when that is far: a passage is
     * at most about {@value #PASSAGE_CHARS} characters), escaped, with each match in {@code <mark>}.
     *
     * @param text the values of the text joined by {@link #GAP} (shown as {@value #VALUE_SEPARATOR}), at least up
     *             to {@link #textUpTo}, or all of it
     */
    static String snippet(String text, List<Passage> passages, List<Match> matches) {
        StringBuilder out = new StringBuilder();
        int[] bounds = new int[passages.size() * 2];
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            int end = endOf(text, p.end(), Math.max(p.end(), p.start() + PASSAGE_CHARS));
            // a short passage may reach further back for the start of its sentence
            int lead = Math.max(LEAD_CHARS, PASSAGE_CHARS - (end - p.start()));
            int start = startOf(text, p.start(), i == 0 ? 0 : bounds[2 * i - 1], lead);
            if (i + 1 < passages.size()) {
                end = Math.min(end, Math.max(p.end(), passages.get(i + 1).start()));
            }
            bounds[2 * i] = start;
            bounds[2 * i + 1] = end;
        }
        for (int i = 0; i < passages.size(); i++) {
            if (i > 0 && bounds[2 * i] > bounds[2 * i - 1]) {
                out.append(ELLIPSIS);
            }
            int start = bounds[2 * i];
            int end = bounds[2 * i + 1];
            int at = start;
            for (Match m : matches) {
                if (m.start() >= at && m.end() <= end) {
                    append(out, text, at, m.start());
                    out.append("<mark>");
                    append(out, text, m.start(), m.end());
                    out.append("</mark>");
                    at = m.end();
                }
            }
            append(out, text, at, end);
        }
        return out.toString();
    }

    /** Where a passage whose first match starts at {@code match} begins: its sentence or value, else a word. */
    private static int startOf(String text, int match, int notBefore, int lead) {
        int limit = Math.max(notBefore, match - lead);
        for (int i = match; i > limit; i--) {
            char before = text.charAt(i - 1);
            if (i >= 2 && (before == ' ' || before == '\n') && ".!?;\n".indexOf(text.charAt(i - 2)) >= 0
                    || isValueGap(text, i - 1)) {
                return i;
            }
        }
        if (limit <= notBefore) {
            return notBefore;
        }
        for (int i = match - lead / 2; i < match; i++) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return match;
    }

    /**
     * Where a passage whose last match ends at {@code match} ends: with its sentence or value if that comes before
     * {@code limit}, else with the word at {@code limit}.
     */
    private static int endOf(String text, int match, int limit) {
        for (int i = match; i < text.length() && i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || isValueGap(text, i)) {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)) || isValueGap(text, i + 1))) {
                return i + 1;
            }
        }
        if (limit >= text.length()) {
            return text.length();
        }
        for (int i = limit; i < text.length() && i < limit + WORD_CHARS; i++) {
            if (Character.isWhitespace(text.charAt(i)) || isValueGap(text, i)) {
                return i;
            }
        }
        return limit;
    }

    private static boolean isValueGap(String text, int i) {
        return text.charAt(i) == GAP;
    }

    /** The text escaped for HTML, each {@link #GAP} shown as {@value #VALUE_SEPARATOR}. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        append(out, text, 0, text.length());
        return out.toString();
    }

    private static void append(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case GAP -> out.append(VALUE_SEPARATOR);
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
    }
}
