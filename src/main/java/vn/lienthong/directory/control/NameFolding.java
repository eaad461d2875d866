package vn.lienthong.directory.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a Vietnamese name to the form used for searching, so that a clerk typing "soc trang" without an input
 * method still finds "Sóc Trăng".
 */
public final class NameFolding {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    // \p{Z} as well, because names pasted from office documents carry no-break spaces
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    private NameFolding() {
    }

    /**
     * Lower case, without tone and vowel marks, đ as d, single spaces, trimmed; {@code null} gives "".
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        // đ is a letter of its own, not d with a mark, so NFD leaves it whole
        String plain = unmarked.replace('đ', 'd');
        return WHITESPACE.matcher(plain).replaceAll(" ").strip();
    }
}
