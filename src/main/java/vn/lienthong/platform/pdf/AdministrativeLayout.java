package vn.lienthong.platform.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.List;

/**
 * The parts every administrative document shares, after Decree 30/2020/ND-CP: A4 with its margins, the header
 * (issuing body and number top left, national motto and the place and date top right, each underlined by a short
 * rule), centred titles and borderless layout tables. Invitation letters, minutes and conclusion notices are
 * built from these.
 */
public final class AdministrativeLayout {

    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    /** Points per millimetre. */
    private static final float MM = 72f / 25.4f;

    private AdministrativeLayout() {
    }

    /** An A4 page with the margins of Decree 30/2020: 20 mm top and bottom, 30 mm left, 15 mm right. */
    public static Document a4() {
        return new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 22 * MM);
    }

    /**
     * Starts writing {@code document} to {@code out} with what every page carries and the document's properties
     * (title, subject, author, and "Liên Thông" as its creator), and opens it.
     */
    public static PdfWriter open(Document document, OutputStream out, PdfPages pages, String title, String subject,
                                 String author) {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(pages);
        document.addTitle(title);
        document.addSubject(subject);
        document.addAuthor(author);
        document.addCreator("Liên Thông");
        document.open();
        return writer;
    }

    /**
     * @param issuer     the issuing body's lines, e.g. "ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG" (the last in bold)
     * @param numberLine e.g. "Số: 15/GM-UBND" or "Số:        /BB-UBND" for a number written by hand
     * @param dateLine   e.g. "Sóc Trăng, ngày 27 tháng 11 năm 2026"
     */
    public static PdfPTable header(PdfFonts fonts, List<String> issuer, String numberLine, String dateLine) {
        PdfPTable table = table(new float[] {42, 58});
        PdfPCell left = cell();
        for (int i = 0; i < issuer.size(); i++) {
            Font font = i == issuer.size() - 1 ? fonts.bold(12.5f) : fonts.regular(12.5f);
            left.addElement(centred(issuer.get(i), font, 0));
        }
        left.addElement(rule(35));
        left.addElement(centred(numberLine, fonts.regular(13), 4));
        table.addCell(left);

        PdfPCell nation = cell();
        nation.addElement(centred(NATION, fonts.bold(12), 0));
        nation.addElement(centred(MOTTO, fonts.bold(13), 0));
        nation.addElement(rule(56));
        nation.addElement(centred(dateLine, fonts.italic(13), 4));
        table.addCell(nation);
        return table;
    }

    /**
     * "Nơi nhận" and its lines on the left, the signature on the right (authority lines, room to sign, the name);
     * kept together on one page.
     */
    public static PdfPTable closing(PdfFonts fonts, List<String> recipients, List<String> authority, String name) {
        PdfPTable table = table(new float[] {45, 55});
        table.setSpacingBefore(12);
        table.setKeepTogether(true);
        PdfPCell left = cell();
        left.addElement(new Paragraph("Nơi nhận:", new Font(fonts.bold, 12, Font.ITALIC)));
        for (String line : recipients) {
            left.addElement(new Paragraph(composed(line), fonts.regular(11)));
        }
        table.addCell(left);
        table.addCell(signature(fonts, authority, name));
        return table;
    }

    /** A signature: the authority lines in bold capitals, room to sign and the signer's name. */
    public static PdfPCell signature(PdfFonts fonts, List<String> authority, String name) {
        PdfPCell signature = cell();
        for (String line : authority) {
            signature.addElement(centred(line, fonts.bold(13), 0));
        }
        signature.addElement(centred(name == null ? "" : name, fonts.bold(13), 64));
        return signature;
    }

    /** A notice boxed in {@code colour} under the title: why a paper is not (or no longer) valid, what it corrects. */
    public static PdfPTable notice(PdfFonts fonts, String text, Color colour) {
        PdfPTable box = table(new float[] {1});
        box.setSpacingBefore(10);
        PdfPCell cell = new PdfPCell(new Phrase(composed(text), fonts.bold(12, colour)));
        cell.setBorderColor(colour);
        cell.setPadding(6);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        box.addCell(cell);
        return box;
    }

    public static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    /** A cell without border or padding, for laying out side by side. */
    public static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    public static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(composed(text), font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    /**
     * The text with each accented letter as one character (Unicode NFC): the PDF places glyphs without shaping,
     * so a letter typed as base plus combining marks (as some keyboards send it) would print its marks askew.
     */
    public static String composed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The text with its first letter a capital, as a title under "BIÊN BẢN" or "DANH SÁCH ĐIỂM DANH" has it. */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi"))
                + text.substring(1);
    }

    /** The short line under the issuer and under the motto: the bottom border of an empty, narrow table. */
    public static PdfPTable rule(float percent) {
        PdfPTable line = new PdfPTable(1);
        line.setWidthPercentage(percent);
        line.setHorizontalAlignment(Element.ALIGN_CENTER);
        PdfPCell border = cell();
        border.setBorder(Rectangle.BOTTOM);
        border.setBorderWidthBottom(0.6f);
        border.setFixedHeight(6);
        line.addCell(border);
        return line;
    }
}
