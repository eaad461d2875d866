package vn.lienthong.scheduling.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.lienthong.scheduling.entity.TextStatus;

/**
 * Reads the text of a PDF for the archive search, with PDFBox, page by page: in Unicode NFC (so it is searched
 * like the text typed into the system), without control characters other than line breaks and tabs, and bounded:
 * at most {@value #MAX_PAGES} pages, {@code maxBytes} of UTF-8 and the given time (a text cut short by a bound
 * keeps what was read). A PDF with no text at all (a scan without a text layer) has none; one PDFBox cannot open
 * (damaged, or encrypted with a password) failed.
 */
public final class PdfText {

    public static final int MAX_PAGES = 5000;

    /** What was read: a status and, when {@code EXTRACTED}, the text. */
    public record Result(TextStatus status, String text, boolean truncated) {
    }

    private PdfText() {
    }

    public static Result read(byte[] pdf, int maxBytes, Duration timeLimit) {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        StringBuilder text = new StringBuilder();
        boolean truncated = false;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            int pages = Math.min(document.getNumberOfPages(), MAX_PAGES);
            truncated = pages < document.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                if (System.nanoTime() > deadline || text.length() > maxBytes) {
                    truncated = true;
                    break;
                }
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append(stripper.getText(document));
            }
        } catch (IOException | RuntimeException e) {
            return new Result(TextStatus.FAILED, null, false);
        }
        String clean = clean(text.toString());
        if (clean.isBlank()) {
            return new Result(TextStatus.NONE, null, truncated);
        }
        String capped = capped(clean, maxBytes);
        return new Result(TextStatus.EXTRACTED, capped, truncated || capped.length() < clean.length());
    }

    /** NFC; control characters other than line break and tab dropped; runs of blank lines made one. */
    static String clean(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\n\t]]", "")
                .replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /** The longest start of {@code text} whose UTF-8 takes at most {@code maxBytes}, cut between code points. */
    static String capped(String text, int maxBytes) {
        if (text.length() * 3L <= maxBytes || text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        int bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return text.substring(0, i);
    }
}
