package vn.lienthong.testsupport;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import vn.lienthong.platform.pdf.AdministrativeLayout;
import vn.lienthong.platform.pdf.PdfFonts;

/** PDFs to upload in tests: one with a text layer, and one without any text, as a scan without OCR is. */
public final class SamplePdfs {

    private SamplePdfs() {
    }

    /** A one-page PDF holding {@code text} in an embedded font. */
    public static byte[] withText(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = AdministrativeLayout.a4();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text, new PdfFonts().regular(12)));
        document.close();
        return out.toByteArray();
    }

    /** A page with a filled box and no text at all. */
    public static byte[] withoutText() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = AdministrativeLayout.a4();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        writer.getDirectContent().rectangle(100, 100, 200, 300);
        writer.getDirectContent().fill();
        document.close();
        return out.toByteArray();
    }
}
