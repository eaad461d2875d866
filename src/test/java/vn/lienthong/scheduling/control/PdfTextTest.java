package vn.lienthong.scheduling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.lienthong.scheduling.entity.TextStatus;
import vn.lienthong.testsupport.SamplePdfs;

/**
 * Issue "Minutes, conclusions and the archive": the text of an attached PDF is read for the search, in NFC and
 * bounded in size; a PDF without text has none, a damaged one failed.
 */
class PdfTextTest {

    private static final Duration TIME = Duration.ofSeconds(30);

    @Test
    void theTextOfAPdfIsReadInNfc() {
        String decomposed = Normalizer.normalize("Báo cáo giải ngân vốn đầu tư công năm 2026", Normalizer.Form.NFD);
        PdfText.Result result = PdfText.read(SamplePdfs.withText(decomposed), 1 << 20, TIME);
        assertEquals(TextStatus.EXTRACTED, result.status());
        assertTrue(result.text().contains("Báo cáo giải ngân vốn đầu tư công năm 2026"), result.text());
        assertTrue(Normalizer.isNormalized(result.text(), Normalizer.Form.NFC));
        assertFalse(result.truncated());
    }

    @Test
    void aPdfWithoutTextHasNone() {
        PdfText.Result result = PdfText.read(SamplePdfs.withoutText(), 1 << 20, TIME);
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
        PdfText.Result result = PdfText.read(SamplePdfs.withText("Đường ".repeat(200)), 100, TIME);
        assertEquals(TextStatus.EXTRACTED, result.status());
        assertTrue(result.truncated());
        assertTrue(result.text().getBytes(StandardCharsets.UTF_8).length <= 100);
        assertEquals("ĐườngĐường".length(), PdfText.capped("ĐườngĐường", 1000).length());
        assertEquals("Đ", PdfText.capped("Đường", 3));
    }
}
