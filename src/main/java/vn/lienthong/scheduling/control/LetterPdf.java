package vn.lienthong.scheduling.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import vn.lienthong.platform.pdf.AdministrativeLayout;
import vn.lienthong.platform.pdf.PdfFonts;
import vn.lienthong.platform.pdf.PdfPages;
import vn.lienthong.scheduling.control.LetterContent.Standing;
import vn.lienthong.scheduling.entity.InvitationLetter;

/**
 * Lays out an invitation letter as an A4 PDF in the form of Decree 30/2020/ND-CP: issuer and number top left,
 * national motto and date top right, title and subject centred, the body, then "Nơi nhận" and the signature.
 * Up to {@value LetterBody#INLINE_UNITS} invited units are named in the body; more are listed on an appendix by
 * tier with their meeting points, whose table header repeats on every page.
 */
public final class LetterPdf {

    private LetterPdf() {
    }

    public static byte[] render(LetterContent letter) {
        PdfFonts fonts = new PdfFonts();
        LetterBody body = new LetterBody(letter, fonts);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = AdministrativeLayout.a4();
        try {
            PdfPages pages = new PdfPages(fonts, LetterBody.footer(letter), letter.standing().mark());
            AdministrativeLayout.open(document, out, pages, "Giấy mời: " + letter.title(), letter.title(),
                    letter.issuer().inText());
            document.add(header(letter, fonts));
            document.add(AdministrativeLayout.centred("GIẤY MỜI", fonts.bold(14), 18));
            document.add(AdministrativeLayout.centred(letter.title(), fonts.bold(13), 2));
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

    private static PdfPTable header(LetterContent letter, PdfFonts fonts) {
        String number = letter.reference() == null ? "Số:        /" + InvitationLetter.SYMBOL
                : "Số: " + letter.reference();
        return AdministrativeLayout.header(fonts, letter.issuer().lines(), number, LetterBody.dateLine(letter));
    }

    /** Why a letter is not (or no longer) valid, boxed under its subject. */
    private static PdfPTable notice(String text, PdfFonts fonts) {
        return AdministrativeLayout.notice(fonts, text, new Color(200, 30, 30));
    }

    /** "Nơi nhận" on the left, the signature on the right; kept together on one page. */
    private static PdfPTable closing(LetterContent letter, PdfFonts fonts) {
        return AdministrativeLayout.closing(fonts, LetterBody.recipients(letter),
                LetterWording.signer(letter.chair().position()), letter.chair().name());
    }
}
