package vn.lienthong.archive.control;

import java.text.Normalizer;

/**
 * Vietnamese text folded for search: lower case, without the five tone marks and without circumflex, breve and
 * horn, đ as d. Composed (NFC) and decomposed (NFD) input fold to the same letters, so "Đẩy mạnh" typed either way
 * and "day manh" are one word pair to the index.
 */
public final class Folding {

    private Folding() {
    }

    /** Folds one token (or any text) into {@code out}; plain ASCII letters are only lower-cased. */
    public static String fold(CharSequence token) {
        boolean plain = true;
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) >= 0x80) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return lowerAscii(token);
        }
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

    private static String lowerAscii(CharSequence token) {
        char[] chars = new char[token.length()];
        for (int i = 0; i < chars.length; i++) {
            char c = token.charAt(i);
            chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(chars);
    }
}
