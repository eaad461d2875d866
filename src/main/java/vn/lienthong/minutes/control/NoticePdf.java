package vn.lienthong.minutes.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.platform.pdf.AdministrativeLayout;
import vn.lienthong.platform.pdf.PdfFonts;
import vn.lienthong.platform.pdf.PdfPages;
import vn.lienthong.scheduling.control.LetterWording;

/**
 * Lays out a conclusion notice (thông báo kết luận) as an A4 PDF in the administrative form: "THÔNG BÁO / Kết luận
 * của đồng chí … tại …", a sentence on when and where the meeting was held, each conclusion with its tasks (what,
 * the leading unit, the supporting units, the deadline), "Nơi nhận" listing the units with tasks, and the
 * signature of the office, which signs by the chair's order with the name left for the signer. The number is left
 * blank ("Số:        /TB-UBND") for the office's register, as for the minutes.
 */
public final class NoticePdf {

    public static final String SYMBOL = "TB-UBND";
    private static final float TEXT = 13;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private NoticePdf() {
    }

    public static byte[] render(NoticePrint notice) {
        PdfFonts fonts = new PdfFonts();
        FormattedPdf formatted = new FormattedPdf(fonts, TEXT);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = AdministrativeLayout.a4();
        try {
            PdfPages pages = new PdfPages(fonts, "Thông báo kết luận cuộc họp " + notice.meetingId()
                    + ", theo biên bản phiên bản " + notice.version(), null,
                    notice.sha256() == null ? null : "SHA-256 của biên bản: " + notice.sha256());
            AdministrativeLayout.open(document, out, pages, "Thông báo kết luận: " + notice.title(), notice.title(),
                    notice.issuer().inText());
            document.add(AdministrativeLayout.header(fonts, notice.issuer().lines(), "Số:        /" + SYMBOL,
                    notice.issuer().place() + ", " + LetterWording.date(notice.date())));
            document.add(AdministrativeLayout.centred("THÔNG BÁO", fonts.bold(14), 18));
            document.add(AdministrativeLayout.centred(heading(notice), fonts.bold(13), 2));
            document.add(text(opening(notice), fonts, 12));
            if (notice.conclusions().isEmpty()) {
                document.add(text("(Cuộc họp không có kết luận.)", fonts, 3));
            }
            for (NoticePrint.Conclusion conclusion : notice.conclusions()) {
                for (Element block : formatted.numbered(conclusion.text(), conclusion.n() + ". ")) {
                    document.add(block);
                }
                for (NoticePrint.Assignment task : conclusion.tasks()) {
                    document.add(task(task, fonts));
                }
            }
            document.add(text(notice.issuer().inText() + " thông báo để các cơ quan, đơn vị biết, thực hiện./.",
                    fonts, 8));
            List<String> recipients = new ArrayList<>();
            notice.recipients().forEach(unit -> recipients.add("- " + unit + ";"));
            recipients.add("- Lưu: VT.");
            document.add(AdministrativeLayout.closing(fonts, recipients, List.of("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"),
                    ""));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the conclusion notice of meeting " + notice.meetingId(),
                    e);
        }
        return out.toByteArray();
    }

    /** E.g. "Kết luận của đồng chí Lê Văn Thử, Phó Chủ tịch UBND tỉnh tại cuộc họp: Sơ kết ...". */
    static String heading(NoticePrint notice) {
        String position = notice.chairPosition() == null ? "" : ", " + notice.chairPosition();
        return "Kết luận của đồng chí " + notice.chair() + position + " tại "
                + LetterWording.subject(notice.kind(), notice.title());
    }

    private static String opening(NoticePrint notice) {
        return LetterWording.when(notice.start(), notice.end()) + ", tại " + notice.venue() + ", đồng chí "
                + notice.chair() + " chủ trì " + LetterWording.subject(notice.kind(), notice.title())
                + ". Sau khi nghe báo cáo và ý kiến của các đại biểu dự họp, đồng chí " + notice.chair()
                + " kết luận như sau:";
    }

    private static Paragraph task(NoticePrint.Assignment task, PdfFonts fonts) {
        Paragraph line = new Paragraph("", fonts.regular(TEXT));
        line.setAlignment(Element.ALIGN_JUSTIFIED);
        line.setIndentationLeft(18);
        line.setSpacingBefore(2);
        line.setLeading(TEXT * 1.3f);
        line.add(new Chunk("- Nhiệm vụ: ", fonts.italic(TEXT)));
        line.add(new Chunk(AdministrativeLayout.composed(task.title()), fonts.bold(TEXT)));
        StringBuilder rest = new StringBuilder(". Đơn vị chủ trì: ").append(task.lead());
        if (!task.supporting().isEmpty()) {
            rest.append("; đơn vị phối hợp: ").append(String.join(", ", task.supporting()));
        }
        rest.append("; thời hạn: ").append(task.deadline() == null ? "không quy định" : DAY.format(task.deadline()))
                .append('.');
        line.add(new Chunk(AdministrativeLayout.composed(rest.toString()), fonts.regular(TEXT)));
        return line;
    }

    private static Paragraph text(String text, PdfFonts fonts, float spacingBefore) {
        Paragraph paragraph = new Paragraph(AdministrativeLayout.composed(text), fonts.regular(TEXT));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(28);
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setLeading(TEXT * 1.3f);
        return paragraph;
    }
}
