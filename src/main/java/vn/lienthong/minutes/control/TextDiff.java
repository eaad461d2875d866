package vn.lienthong.minutes.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The differences between two texts, as a person reads them: first line by line, then, inside each run of
 * changed lines, word by word, so a changed word is marked and not its whole paragraph. Both steps use Myers'
 * shortest edit script (E. Myers, "An O(ND) difference algorithm and its variations", 1986). A comparison that
 * would need more than {@link #MAX_EDITS} edits at one step marks the rest as deleted and inserted whole,
 * which bounds time and memory for very different versions.
 */
public final class TextDiff {

    public enum Op { EQUAL, DELETE, INSERT }

    /** A run of text that both versions share, or only the old one (DELETE), or only the new one (INSERT). */
    public record Segment(Op op, String text) {
    }

    static final int MAX_EDITS = 2000;
    private static final Pattern WORDS = Pattern.compile("\\s+|[^\\s]+");

    private TextDiff() {
    }

    /** The segments that turn {@code from} into {@code to}; lines end with {@code \n}. */
    public static List<Segment> lines(List<String> from, List<String> to) {
        List<String> a = from.stream().map(l -> l + "\n").toList();
        List<String> b = to.stream().map(l -> l + "\n").toList();
        Segments out = new Segments();
        List<Edit> edits = Myers.diff(a, b);
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op() == Op.EQUAL) {
                out.add(Op.EQUAL, edits.get(i).token());
                i++;
                continue;
            }
            StringBuilder deleted = new StringBuilder();
            StringBuilder inserted = new StringBuilder();
            for (; i < edits.size() && edits.get(i).op() != Op.EQUAL; i++) {
                (edits.get(i).op() == Op.DELETE ? deleted : inserted).append(edits.get(i).token());
            }
            for (Edit word : Myers.diff(words(deleted), words(inserted))) {
                out.add(word.op(), word.token());
            }
        }
        return out.list;
    }

    /** Words and the white space between them, so that joining the tokens gives the text back. */
    static List<String> words(CharSequence text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORDS.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    record Edit(Op op, String token) {
    }

    /** Joins neighbouring edits of the same kind into one segment. */
    private static final class Segments {
        final List<Segment> list = new ArrayList<>();

        void add(Op op, String text) {
            if (!list.isEmpty() && list.get(list.size() - 1).op() == op) {
                Segment last = list.remove(list.size() - 1);
                list.add(new Segment(op, last.text() + text));
            } else {
                list.add(new Segment(op, text));
            }
        }
    }

    static final class Myers {

        private Myers() {
        }

        /** The edit script from {@code a} to {@code b}: every token of both, marked EQUAL, DELETE or INSERT. */
        static List<Edit> diff(List<String> a, List<String> b) {
            int prefix = 0;
            while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < a.size() - prefix && suffix < b.size() - prefix
                    && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
                suffix++;
            }
            List<Edit> edits = new ArrayList<>();
            a.subList(0, prefix).forEach(t -> edits.add(new Edit(Op.EQUAL, t)));
            middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), edits);
            a.subList(a.size() - suffix, a.size()).forEach(t -> edits.add(new Edit(Op.EQUAL, t)));
            return edits;
        }

        /**
         * The greedy forward search: {@code v[k]} is the furthest x reached on diagonal k = x - y with d edits;
         * a copy of v per d lets the path be walked back from the end.
         */
        private static void middle(List<String> a, List<String> b, List<Edit> edits) {
            int n = a.size();
            int m = b.size();
            int max = Math.min(n + m, MAX_EDITS);
            int offset = max + 1;
            int[] v = new int[2 * max + 3];
            List<int[]> trace = new ArrayList<>();
            for (int d = 0; d <= max; d++) {
                trace.add(v.clone());
                for (int k = -d; k <= d; k += 2) {
                    int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                            ? v[offset + k + 1] : v[offset + k - 1] + 1;
                    int y = x - k;
                    while (x < n && y < m && a.get(x).equals(b.get(y))) {
                        x++;
                        y++;
                    }
                    v[offset + k] = x;
                    if (x >= n && y >= m) {
                        backtrack(a, b, trace, offset, d, edits);
                        return;
                    }
                }
            }
            // too different to search further: everything old goes, everything new comes
            a.forEach(t -> edits.add(new Edit(Op.DELETE, t)));
            b.forEach(t -> edits.add(new Edit(Op.INSERT, t)));
        }

        private static void backtrack(List<String> a, List<String> b, List<int[]> trace, int offset, int dEnd,
                                      List<Edit> edits) {
            List<Edit> reversed = new ArrayList<>();
            int x = a.size();
            int y = b.size();
            for (int d = dEnd; d > 0; d--) {
                int[] v = trace.get(d);
                int k = x - y;
                int prevK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
                int prevX = v[offset + prevK];
                int prevY = prevX - prevK;
                while (x > prevX && y > prevY) {
                    reversed.add(new Edit(Op.EQUAL, a.get(--x)));
                    y--;
                }
                if (x == prevX) {
                    reversed.add(new Edit(Op.INSERT, b.get(--y)));
                } else {
                    reversed.add(new Edit(Op.DELETE, a.get(--x)));
                }
            }
            while (x > 0 && y > 0) {
                reversed.add(new Edit(Op.EQUAL, a.get(--x)));
                y--;
            }
            for (int i = reversed.size() - 1; i >= 0; i--) {
                edits.add(reversed.get(i));
            }
        }
    }
}
