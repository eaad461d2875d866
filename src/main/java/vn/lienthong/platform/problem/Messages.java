package vn.lienthong.platform.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts shown to people, Vietnamese first, English second. */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "vn.lienthong.messages";

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(plain(arguments));
    }

    /** Whole numbers in our texts are ids, codes and limits: "điểm cầu số 1234", never "1.234" or "1,234". */
    private static Object[] plain(Object[] arguments) {
        Object[] plain = arguments.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Long || plain[i] instanceof Integer || plain[i] instanceof Short) {
                plain[i] = plain[i].toString();
            }
        }
        return plain;
    }

    public static String vietnamese(String key, Object... arguments) {
        return get(VIETNAMESE, key, arguments);
    }

    /** The first of the caller's languages that we speak; Vietnamese when none is. */
    public static Locale choose(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("vi".equals(locale.getLanguage())) {
                return VIETNAMESE;
            }
        }
        return VIETNAMESE;
    }

    private static Locale supported(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }
}
