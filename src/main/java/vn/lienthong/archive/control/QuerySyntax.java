package vn.lienthong.archive.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The archive's own small query language, so that no Lucene syntax ever reaches the index: words, and "quoted
 * phrases" whose words must stand in that order. Every word and phrase is required. A quote left open makes a
 * phrase of the rest of the text; typographic quotes count as quotes; every other character (+ - : * ? ~ ^ ( ) [ ]
 * { } \ / ! &amp; |) only separates words, as punctuation does in the text.
 */
public final class QuerySyntax {

    /** What was asked for: each part is one folded word, or the folded words of a phrase (two or more). */
    public record Parsed(List<List<String>> parts) {

        public boolean isEmpty() {
            return parts.isEmpty();
        }

        public List<String> words() {
            return parts.stream().filter(p -> p.size() == 1).map(p -> p.get(0)).toList();
        }

        public List<List<String>> phrases() {
            return parts.stream().filter(p -> p.size() > 1).toList();
        }
    }

    private QuerySyntax() {
    }

    public static Parsed parse(String text) {
        Set<List<String>> parts = new LinkedHashSet<>();
        if (text == null) {
            return new Parsed(List.of());
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E') {
                add(parts, current.toString(), quoted);
                current.setLength(0);
                quoted = !quoted;
            } else {
                current.append(c);
            }
        }
        add(parts, current.toString(), quoted);
        return new Parsed(List.copyOf(parts));
    }

    private static void add(Set<List<String>> parts, String text, boolean phrase) {
        List<String> words = words(text);
        if (phrase && words.size() > 1) {
            parts.add(List.copyOf(words));
        } else {
            words.forEach(w -> parts.add(List.of(w)));
        }
    }

    /** The folded words of {@code text}, as the index sees them. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = ArchiveAnalyzer.WORDS.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
