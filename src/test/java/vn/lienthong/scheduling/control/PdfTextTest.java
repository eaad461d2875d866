package vn.lienthong.scheduling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.lienthong.platform.pdf.AdministrativeLayout;
import vn.lienthong.platform.pdf.PdfFonts;
import vn.lienthong.scheduling.entity.TextStatus;

/**
 * Issue "Minutes, conclusions and the archive": the text of an attached PDF is read for the search, in NFC and
 * bounded in size; a PDF without text has none, a damaged one failed.
 */
class PdfTextTest {

    private static final Duration TIME = Duration.ofSeconds(30);

    /** A PDF whose text was typed with decomposed accents (base letter plus combining marks). */
    static byte[] pdfWithText(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = AdministrativeLayout.a4();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text, new PdfFonts().regular(12)));
        document.close();
        return out.toByteArray();
    }

    /** A page with a drawn box and no text: what a scan without a text layer reads as. */
    static byte[] pdfWithoutText() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = AdministrativeLayout.a4();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        writer.getDirectContent().rectangle(100, 100, 200, 300);
        writer.getDirectContent().fill();
        document.close();
        return out.toByteArray();
    }

    @Test
    void theTextOfAPdfIsReadInNfc() {
        String decomposed = Normalizer.normalize("Báo cáo giải ngân vốn đầu tư công năm 2026", Normalizer.Form.NFD);
        PdfText.Result result = PdfText.read(pdfWithText(decomposed), 1 << 20, TIME);
        assertEquals(TextStatus.EXTRACTED, result.status());
        assertTrue(result.text().contains("Báo cáo giải ngân vốn đầu tư công năm 2026"), result.text());
        assertTrue(Normalizer.isNormalized(result.text(), Normalizer.Form.NFC));
        assertFalse(result.truncated());
    }

    @Test
    void aPdfWithoutTextHasNone() {
        PdfText.Result result = PdfText.read(pdfWithoutText(), 1 << 20, TIME);
        assertEquals(TextStatus.NONE, result.status());
        assertNull(result.text());
    }

    @Test
    void aDamagedPdfFails() {
        byte[] damaged = "%PDF-1.7\nthis is no PDF at all".getBytes(StandardCharsets.US_ASCII);
        assertEquals(TextStatus.FAILED, PdfText.read(damaged, 1 << 20, TIME).status());
    }

    @Test
    void aLongTextIsCutToItsLimitBetweenLetters() {
        PdfText.Result result = PdfText.read(pdfWithText("Đường ".repeat(200)), 100, TIME);
        assertEquals(TextStatus.EXTRACTED, result.status());
        assertTrue(result.truncated());
        assertTrue(result.text().getBytes(StandardCharsets.UTF_8).length <= 100);
        assertEquals("ĐườngĐường".length(), PdfText.capped("ĐườngĐường", 1000).length());
        assertEquals("Đ", PdfText.capped("Đường", 3));
    }
}
