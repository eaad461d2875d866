package vn.lienthong.scheduling.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
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
import java.io.ByteArrayOutputStream;
import java.util.List;
import vn.lienthong.scheduling.control.LetterContent.Standing;
import vn.lienthong.scheduling.entity.InvitationLetter;

/**
 * Lays out an invitation letter as an A4 PDF in the form of Decree 30/2020/ND-CP: issuer and number top left,
 * national motto and date top right, title and subject centred, the body, then "Nơi nhận" and the signature.
 * Up to {@value LetterBody#INLINE_UNITS} invited units are named in the body; more are listed on an appendix by
 * tier with their meeting points, whose table header repeats on every page.
 */
public final class LetterPdf {

    /** Margins of Decree 30/2020: 20 mm top and bottom, 30 mm left, 15 mm right. */
    private static final float MM = 72f / 25.4f;

    private LetterPdf() {
    }

    public static byte[] render(LetterContent letter) {
        LetterFonts fonts = new LetterFonts();
        LetterBody body = new LetterBody(letter, fonts);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 22 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new LetterPages(fonts, LetterBody.footer(letter), letter.standing().mark()));
            document.addTitle("Giấy mời: " + letter.title());
            document.addSubject(letter.title());
            document.addAuthor(letter.issuer().inText());
            document.addCreator("Liên Thông");
            document.open();
            document.add(header(letter, fonts));
            document.add(centred("GIẤY MỜI", fonts.bold(14), 18));
            document.add(centred(letter.title(), fonts.bold(13), 2));
            if (letter.standing() != Standing.OFFICIAL) {
                document.add(notice(body.notice(), fonts));
            }
            for (Paragraph paragraph : body.paragraphs()) {
                document.add(paragraph);
            }
            document.add(closing(letter, fonts));
            if (body.hasAppendix()) {
                document.newPage();
                body.appendix().forEach(document::add);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the letter of meeting " + letter.meetingId(), e);
        }
        return out.toByteArray();
    }

    private static PdfPTable header(LetterContent letter, LetterFonts fonts) {
        PdfPTable table = table(new float[] {42, 58});
        PdfPCell issuer = cell();
        List<String> lines = letter.issuer().lines();
        for (int i = 0; i < lines.size(); i++) {
            Font font = i == lines.size() - 1 ? fonts.bold(12.5f) : fonts.regular(12.5f);
            issuer.addElement(centred(lines.get(i), font, 0));
        }
        issuer.addElement(rule(35));
        String number = letter.reference() == null ? "Số:        /" + InvitationLetter.SYMBOL
                : "Số: " + letter.reference();
        issuer.addElement(centred(number, fonts.regular(13), 4));
        table.addCell(issuer);

        PdfPCell nation = cell();
        nation.addElement(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fonts.bold(12), 0));
        nation.addElement(centred("Độc lập - Tự do - Hạnh phúc", fonts.bold(13), 0));
        nation.addElement(rule(56));
        nation.addElement(centred(LetterBody.dateLine(letter), fonts.italic(13), 4));
        table.addCell(nation);
        return table;
    }

    /** Why a letter is not (or no longer) valid, boxed under its subject. */
    private static PdfPTable notice(String text, LetterFonts fonts) {
        PdfPTable box = table(new float[] {1});
        box.setSpacingBefore(10);
        Color red = new Color(200, 30, 30);
        PdfPCell cell = new PdfPCell(new Phrase(LetterWording.composed(text), fonts.bold(12, red)));
        cell.setBorderColor(red);
        cell.setPadding(6);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        box.addCell(cell);
        return box;
    }

    /** "Nơi nhận" on the left, the signature on the right; kept together on one page. */
    private static PdfPTable closing(LetterContent letter, LetterFonts fonts) {
        PdfPTable table = table(new float[] {45, 55});
        table.setSpacingBefore(12);
        table.setKeepTogether(true);
        PdfPCell recipients = cell();
        recipients.addElement(new Paragraph("Nơi nhận:", new Font(fonts.bold, 12, Font.ITALIC)));
        for (String line : LetterBody.recipients(letter)) {
            recipients.addElement(new Paragraph(line, fonts.regular(11)));
        }
        table.addCell(recipients);

        PdfPCell signature = cell();
        for (String line : LetterWording.signer(letter.chair().position())) {
            signature.addElement(centred(line, fonts.bold(13), 0));
        }
        signature.addElement(centred(letter.chair().name(), fonts.bold(13), 64));
        table.addCell(signature);
        return table;
    }

    static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(LetterWording.composed(text), font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    /** The short line under the issuer and under the motto: the bottom border of an empty, narrow table. */
    private static PdfPTable rule(float percent) {
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
