package vn.lienthong.platform.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * What every page of an administrative document carries besides its text: from the second page on, the page
 * number at the top centre (Decree 30/2020); on every page a small footer naming the document and "trang x/y", so
 * a loose page can be put back, optionally above it a line of its own (minutes print their SHA-256 there); and
 * across a document that is not (or no longer) valid, its mark (DỰ THẢO, ĐÃ HỦY, ...).
 */
public final class PdfPages extends PdfPageEventHelper {

    private static final float FOOTER_SIZE = 8;
    private static final Color GREY = new Color(90, 90, 90);
    private static final Color MARK = new Color(200, 30, 30);

    private final PdfFonts fonts;
    private final String footer;
    private final String mark;
    private final String note;
    private PdfTemplate total;

    /**
     * @param footer e.g. "Giấy mời số 15/GM-UBND - lịch họp 123, phiên bản 4"
     * @param mark   the word across every page, or {@code null}
     */
    public PdfPages(PdfFonts fonts, String footer, String mark) {
        this(fonts, footer, mark, null);
    }

    /** @param note a line printed on every page above the footer, e.g. "SHA-256: ..."; or {@code null} */
    public PdfPages(PdfFonts fonts, String footer, String mark, String note) {
        this.fonts = fonts;
        this.footer = footer;
        this.mark = mark;
        this.note = note;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, FOOTER_SIZE + 2);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        Rectangle page = document.getPageSize();
        PdfContentByte over = writer.getDirectContent();
        int number = writer.getPageNumber();
        if (number > 1) {
            text(over, fonts.regular, 13, Integer.toString(number), (document.left() + document.right()) / 2,
                    page.getHeight() - 36, Element.ALIGN_CENTER, 0, Color.BLACK);
        }
        String line = footer + " - trang " + number + "/";
        float width = fonts.regular.getWidthPoint(line, FOOTER_SIZE);
        float x = document.right() - width - fonts.regular.getWidthPoint("000", FOOTER_SIZE);
        float y = document.bottom() - 24;
        text(over, fonts.regular, FOOTER_SIZE, line, x, y, Element.ALIGN_LEFT, 0, GREY);
        over.addTemplate(total, x + width, y);
        if (note != null) {
            text(over, fonts.regular, FOOTER_SIZE, note, document.right(), y + FOOTER_SIZE + 3, Element.ALIGN_RIGHT,
                    0, GREY);
        }
        if (mark != null) {
            PdfContentByte under = writer.getDirectContentUnder();
            under.saveState();
            PdfGState faint = new PdfGState();
            faint.setFillOpacity(0.18f);
            under.setGState(faint);
            text(under, fonts.bold, 72, mark, page.getWidth() / 2, page.getHeight() / 2, Element.ALIGN_CENTER, 45,
                    MARK);
            under.restoreState();
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(fonts.regular, FOOTER_SIZE);
        total.setColorFill(GREY);
        total.showText(Integer.toString(writer.getPageNumber() - 1));
        total.endText();
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, String text, float x, float y,
                             int align, float rotation, Color color) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(color);
        canvas.showTextAligned(align, text, x, y, rotation);
        canvas.endText();
    }
}
