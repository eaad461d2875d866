package vn.lienthong.minutes.control;

import java.text.Normalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The formatted text minutes may hold: headings, paragraphs, lists, bold/italic/underline, tables and plain links.
 * Everything else (scripts, styles, event handlers, {@code javascript:} links, images, frames, forms) is removed
 * by an allow-list, so stored text can be shown as HTML and never runs anything. The result is in NFC, so the
 * same words typed with decomposed or composed Vietnamese accents are stored, compared and hashed alike.
 */
public final class HtmlSubset {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("h2", "h3", "h4", "p", "br", "ul", "ol", "li", "b", "strong", "i", "em", "u", "blockquote",
                    "table", "thead", "tbody", "tr", "th", "td", "a")
            .addAttributes("th", "colspan", "rowspan")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false)
            .charset("UTF-8").escapeMode(org.jsoup.nodes.Entities.EscapeMode.base);

    private HtmlSubset() {
    }

    /** {@code html} reduced to the allowed subset, in NFC, without leading or trailing white space. */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String nfc = Normalizer.normalize(html, Normalizer.Form.NFC);
        Document cleaned = Jsoup.parseBodyFragment(Jsoup.clean(nfc, "", ALLOWED, OUTPUT));
        // a link whose address was refused (javascript:, data:, ...) keeps its words but is no link any more
        cleaned.select("a:not([href])").unwrap();
        cleaned.outputSettings(OUTPUT.clone());
        return Normalizer.normalize(cleaned.body().html(), Normalizer.Form.NFC).strip();
    }
}
