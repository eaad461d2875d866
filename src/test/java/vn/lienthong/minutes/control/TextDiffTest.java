package vn.lienthong.minutes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.lienthong.minutes.control.TextDiff.Op;
import vn.lienthong.minutes.control.TextDiff.Segment;

/** Issue 5: comparing two versions marks what was inserted and deleted, down to the word. */
class TextDiffTest {

    private static String marked(List<Segment> segments) {
        return segments.stream().map(s -> switch (s.op()) {
            case EQUAL -> s.text();
            case DELETE -> "[-" + s.text() + "-]";
            case INSERT -> "{+" + s.text() + "+}";
        }).collect(Collectors.joining());
    }

    private static String side(List<Segment> segments, Op without) {
        return segments.stream().filter(s -> s.op() != without).map(Segment::text).collect(Collectors.joining());
    }

    @Test
    void aChangedWordIsMarkedNotItsWholeLine() {
        List<Segment> diff = TextDiff.lines(List.of("Thu ngân sách đạt 95% dự toán", "Giữ nguyên"),
                List.of("Thu ngân sách đạt 105% dự toán năm", "Giữ nguyên"));

        assertEquals("Thu ngân sách đạt [-95%-]{+105%+} dự toán{+ năm+}\nGiữ nguyên\n", marked(diff));
    }

    @Test
    void insertedAndDeletedLinesAreMarked() {
        List<Segment> diff = TextDiff.lines(List.of("một", "hai", "ba"), List.of("một", "ba", "bốn"));

        assertEquals("một\n[-hai\n-]ba\n{+bốn\n+}", marked(diff));
    }

    @Test
    void equalTextsHaveNoChange() {
        List<Segment> diff = TextDiff.lines(List.of("a b", "c"), List.of("a b", "c"));

        assertEquals(List.of(new Segment(Op.EQUAL, "a b\nc\n")), diff);
    }

    @Test
    void fromEmptyEverythingIsInserted() {
        assertEquals("{+x y\n+}", marked(TextDiff.lines(List.of(), List.of("x y"))));
        assertEquals("[-x y\n-]", marked(TextDiff.lines(List.of("x y"), List.of())));
    }

    @Test
    void bothSidesAreRebuiltExactlyAndTheScriptIsShortest() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            List<String> a = randomLines(random);
            List<String> b = randomLines(random);
            List<Segment> diff = TextDiff.lines(a, b);

            assertEquals(joined(a), side(diff, Op.INSERT), "the old side");
            assertEquals(joined(b), side(diff, Op.DELETE), "the new side");
            List<TextDiff.Edit> edits = TextDiff.Myers.diff(a, b);
            long changes = edits.stream().filter(e -> e.op() != Op.EQUAL).count();
            assertEquals(a.size() + b.size() - 2L * lcs(a, b), changes, () -> "shortest script for " + a + " -> " + b);
        }
    }

    @Test
    void veryDifferentTextsAreStillComparedCompletely() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < TextDiff.MAX_EDITS + 500; i++) {
            a.add("cũ " + i);
            b.add("mới " + i);
        }
        List<Segment> diff = TextDiff.lines(a, b);

        assertEquals(joined(a), side(diff, Op.INSERT));
        assertEquals(joined(b), side(diff, Op.DELETE));
        assertTrue(diff.stream().anyMatch(s -> s.op() == Op.DELETE));
    }

    private static String joined(List<String> lines) {
        return lines.stream().map(l -> l + "\n").collect(Collectors.joining());
    }

    private static List<String> randomLines(Random random) {
        List<String> lines = new ArrayList<>();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            lines.add(Character.toString('a' + random.nextInt(4)));
        }
        return lines;
    }

    /** The length of the longest common subsequence, by the textbook table: the reference for the shortest script. */
    private static int lcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                t[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.size()][b.size()];
    }
}
