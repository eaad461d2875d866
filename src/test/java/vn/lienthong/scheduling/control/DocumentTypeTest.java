package vn.lienthong.scheduling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 3, meeting documents: a file is taken only when its declared type and its first bytes agree. */
class DocumentTypeTest {

    @Test
    void theDeclaredTypeIsReadWithoutParametersOrCase() {
        assertEquals(Optional.of(DocumentType.PDF), DocumentType.declared("Application/PDF; name=x.pdf"));
        assertEquals(Optional.of(DocumentType.XLSX),
                DocumentType.declared("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertEquals(Optional.empty(), DocumentType.declared("application/x-msdownload"));
        assertEquals(Optional.empty(), DocumentType.declared(null));
    }

    @Test
    void theFirstBytesMustBeThoseOfTheDeclaredType() {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        byte[] zip = {'P', 'K', 3, 4, 20, 0};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0};
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe1};

        assertTrue(DocumentType.PDF.matches(pdf, pdf.length));
        assertFalse(DocumentType.PDF.matches(exe, exe.length));
        assertTrue(DocumentType.DOCX.matches(zip, zip.length) && DocumentType.XLSX.matches(zip, zip.length));
        assertTrue(DocumentType.PNG.matches(png, png.length));
        assertFalse(DocumentType.PNG.matches(jpeg, jpeg.length));
        assertTrue(DocumentType.JPEG.matches(jpeg, jpeg.length));
        assertFalse(DocumentType.PDF.matches(pdf, 3), "a file shorter than the signature is not of the type");
    }
}
