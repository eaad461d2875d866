package vn.lienthong.archive.control;

import java.text.Normalizer;

/**
 * Vietnamese text folded for search: lower case, without the five tone marks and without circumflex, breve and
 * horn, đ as d. Composed (NFC) and decomposed (NFD) input fold to the same letters, so "Đẩy mạnh" typed either way
 * and "day manh" are one word pair to the index.
 */
public final class Folding {

    /**
     * The folded letter of every character below U+1F00 that folds to exactly one letter (Latin with all Vietnamese
     * letters among them), worked out once with the full rules below; 0 where the full rules must run (combining
     * marks, that is decomposed input, and anything unusual).
     */
    private static final int TABLE_END = 0x1F00;
    private static final char[] TABLE = new char[TABLE_END];

    static {
        for (char c = 0; c < TABLE_END; c++) {
            if (!Character.isSurrogate(c)) {
                String folded = slow(String.valueOf(c));
                TABLE[c] = folded.length() == 1 ? folded.charAt(0) : 0;
            }
        }
    }

    private Folding() {
    }

    /** Lower case without diacritics, đ as d; what the index keeps of a token. */
    public static String fold(CharSequence token) {
        char[] out = new char[token.length()];
        for (int i = 0; i < out.length; i++) {
            char c = token.charAt(i);
            char folded = c < TABLE_END ? TABLE[c] : 0;
            if (folded == 0) {
                return slow(token);
            }
            out[i] = folded;
        }
        return new String(out);
    }

    private static String slow(CharSequence token) {
        String decomposed = Normalizer.normalize(token, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ' || c == 'ð' || c == 'Ð') {
                out.append('d');
            } else {
                out.appendCodePoint(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
