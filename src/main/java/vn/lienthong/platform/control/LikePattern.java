package vn.lienthong.platform.control;

/**
 * Search text turned into a LIKE pattern in which the user's own % and _ are plain characters.
 * Queries using it end the LIKE with {@code ESCAPE '!'}.
 */
public final class LikePattern {

    public static final String ESCAPE = " ESCAPE '!'";

    private LikePattern() {
    }

    /** Matches values containing {@code text}. */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    /** Matches values beginning with {@code text}. */
    public static String startingWith(String text) {
        return escape(text) + "%";
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
