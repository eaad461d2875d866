package vn.lienthong.platform.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** The {@code Content-Disposition} of a file to save, after RFC 6266. */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    /**
     * An ASCII name for old clients ("Biên bản.pdf" as "Bien ban.pdf") and the real one in UTF-8 for all others.
     */
    public static String attachment(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
                .replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
