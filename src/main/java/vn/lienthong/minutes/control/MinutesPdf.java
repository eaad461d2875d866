package vn.lienthong.minutes.control;

import jakarta.json.JsonObject;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.platform.pdf.AdministrativeLayout;
import vn.lienthong.platform.pdf.PdfFonts;
import vn.lienthong.platform.pdf.PdfPages;
import vn.lienthong.scheduling.control.LetterWording;

/**
 * Lays out locked minutes as an A4 PDF in the administrative form: the host's committee and the number line
 * ("Số:        /BB-UBND", the number left blank for the office's register, as it is written by hand) top left, the
 * national motto and the place and date of the meeting top right; "BIÊN BẢN" and the meeting; time, place, chair,
 * secretary and the attendance table; each agenda item with its discussion; the conclusions; the signatures of
 * secretary and chair. Every page's footer names the minutes and their version and prints their SHA-256, so a
 * printed copy can be checked against the system. An amendment says which version it corrects and why.
 */
public final class MinutesPdf {

    public static final String SYMBOL = "BB-UBND";
    private static final float TEXT = 13;

    private MinutesPdf() {
    }

    public static byte[] render(MinutesPrint minutes) {
        PdfFonts fonts = new PdfFonts();
        FormattedPdf formatted = new FormattedPdf(fonts, TEXT);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = AdministrativeLayout.a4();
        try {
            PdfPages pages = new PdfPages(fonts, footer(minutes), null, "SHA-256: " + minutes.sha256());
            AdministrativeLayout.open(document, out, pages, "Biên bản: " + minutes.title(), minutes.title(),
                    minutes.issuer().inText());
            document.add(AdministrativeLayout.header(fonts, minutes.issuer().lines(), "Số:        /" + SYMBOL,
                    minutes.issuer().place() + ", " + LetterWording.date(minutes.start().toLocalDate())));
            document.add(AdministrativeLayout.centred("BIÊN BẢN", fonts.bold(14), 18));
            document.add(AdministrativeLayout.centred(AdministrativeLayout.capitalised(LetterWording.subject(minutes.kind(),
                    minutes.title())), fonts.bold(13), 2));
            if (minutes.isAmendment()) {
                document.add(amendment(minutes, fonts));
            }
            document.add(heading("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", fonts));
            document.add(text("1. Thời gian: " + LetterWording.when(minutes.start(), minutes.end()) + ".", fonts));
            document.add(text("2. Địa điểm: " + minutes.venue() + ".", fonts));
            String position = minutes.chairPosition() == null ? "" : ", " + minutes.chairPosition();
            document.add(text("3. Chủ trì: Đồng chí " + minutes.chair() + position + ".", fonts));
            document.add(text("4. Thư ký: " + (minutes.secretary() == null ? "" : minutes.secretary()) + ".",
                    fonts));
            document.add(text("5. Thành phần tham dự:", fonts));
            document.add(attendance(minutes.content(), fonts));

            document.add(heading("II. NỘI DUNG", fonts));
            List<JsonObject> sections = minutes.content().getJsonArray("sections").getValuesAs(JsonObject.class);
            for (int i = 0; i < sections.size(); i++) {
                JsonObject section = sections.get(i);
                document.add(bold((i + 1) + ". " + section.getString("title", ""), fonts));
                for (Element block : formatted.blocks(section.getString("discussion", ""))) {
                    document.add(block);
                }
            }

            document.add(heading("III. KẾT LUẬN", fonts));
            List<JsonObject> conclusions = minutes.content().getJsonArray("conclusions")
                    .getValuesAs(JsonObject.class);
            if (conclusions.isEmpty()) {
                document.add(text("(Không có kết luận.)", fonts));
            }
            for (int i = 0; i < conclusions.size(); i++) {
                for (Element block : formatted.numbered(conclusions.get(i).getString("text", ""), (i + 1) + ". ")) {
                    document.add(block);
                }
            }
            document.add(text("Biên bản được chốt trên hệ thống Liên Thông, phiên bản " + minutes.version()
                    + "; mã SHA-256 in ở chân mỗi trang dùng để đối chiếu bản giấy với bản lưu trên hệ thống./.",
                    fonts));
            document.add(signatures(minutes, fonts));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the minutes of meeting " + minutes.meetingId(), e);
        }
        return out.toByteArray();
    }

    static String footer(MinutesPrint minutes) {
        return (minutes.isAmendment() ? "Biên bản đính chính" : "Biên bản") + " cuộc họp " + minutes.meetingId()
                + ", phiên bản " + minutes.version();
    }

    private static PdfPTable amendment(MinutesPrint minutes, PdfFonts fonts) {
        return AdministrativeLayout.notice(fonts, "BẢN ĐÍNH CHÍNH (phiên bản " + minutes.version()
                + ") của biên bản phiên bản " + minutes.basedOn() + ". Lý do đính chính: " + minutes.reason(),
                new Color(160, 20, 20));
    }

    /** Unit, whether it was present, and its delegates or its reason for being absent; the header on every page. */
    private static PdfPTable attendance(JsonObject content, PdfFonts fonts) {
        PdfPTable table = AdministrativeLayout.table(new float[] {8, 37, 15, 40});
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (String heading : List.of("STT", "Đơn vị", "Tham dự", "Người dự / lý do vắng")) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, fonts.bold(11.5f)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setBackgroundColor(new Color(235, 235, 235));
            cell.setPadding(3);
            table.addCell(cell);
        }
        List<JsonObject> units = content.getJsonArray("attendance").getValuesAs(JsonObject.class);
        for (int i = 0; i < units.size(); i++) {
            JsonObject unit = units.get(i);
            table.addCell(cell(Integer.toString(i + 1), fonts, Element.ALIGN_CENTER));
            table.addCell(cell(unit.getString("unitName", unit.getString("unitCode", "")), fonts, Element.ALIGN_LEFT));
            table.addCell(cell(present(unit), fonts, Element.ALIGN_CENTER));
            table.addCell(cell(who(unit), fonts, Element.ALIGN_LEFT));
        }
        if (units.isEmpty()) {
            PdfPCell none = cell("(Không có đơn vị được mời.)", fonts, Element.ALIGN_LEFT);
            none.setColspan(4);
            table.addCell(none);
        }
        return table;
    }

    /** "Có mặt", with how when the roll call said it: "Có mặt (trực tuyến)", "Có người dự thay"; "Vắng mặt". */
    static String present(JsonObject unit) {
        if (!unit.containsKey("present")) {
            return "Chưa ghi nhận";
        }
        if (!unit.getBoolean("present")) {
            return "Vắng mặt";
        }
        return switch (unit.getString("presence", "")) {
            case "ONLINE" -> "Có mặt (trực tuyến)";
            case "ROOM" -> "Có mặt (tại phòng họp)";
            case "REPRESENTED" -> "Có người dự thay";
            default -> "Có mặt";
        };
    }

    private static String who(JsonObject unit) {
        List<String> parts = new ArrayList<>();
        if (unit.containsKey("representedBy")) {
            parts.add("Người dự thay: " + unit.getString("representedBy"));
        }
        if (unit.containsKey("delegates")) {
            for (JsonObject d : unit.getJsonArray("delegates").getValuesAs(JsonObject.class)) {
                parts.add(d.getString("name", "") + (d.containsKey("position") ? ", " + d.getString("position") : ""));
            }
        }
        if (unit.containsKey("reason")) {
            parts.add("Lý do: " + unit.getString("reason"));
        }
        return String.join("; ", parts);
    }

    /** The secretary on the left, the chair on the right, as minutes are signed. */
    private static PdfPTable signatures(MinutesPrint minutes, PdfFonts fonts) {
        PdfPTable table = AdministrativeLayout.table(new float[] {50, 50});
        table.setSpacingBefore(16);
        table.setKeepTogether(true);
        table.addCell(AdministrativeLayout.signature(fonts, List.of("THƯ KÝ"), minutes.secretary()));
        table.addCell(AdministrativeLayout.signature(fonts, List.of("CHỦ TRÌ"), minutes.chair()));
        return table;
    }

    private static PdfPCell cell(String text, PdfFonts fonts, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(AdministrativeLayout.composed(text), fonts.regular(11.5f)));
        cell.setHorizontalAlignment(align);
        cell.setPadding(3);
        return cell;
    }

    private static Paragraph heading(String text, PdfFonts fonts) {
        Paragraph paragraph = new Paragraph(text, fonts.bold(TEXT));
        paragraph.setSpacingBefore(12);
        return paragraph;
    }

    private static Paragraph bold(String text, PdfFonts fonts) {
        Paragraph paragraph = new Paragraph(AdministrativeLayout.composed(text), fonts.bold(TEXT));
        paragraph.setSpacingBefore(6);
        return paragraph;
    }

    private static Paragraph text(String text, PdfFonts fonts) {
        Paragraph paragraph = new Paragraph(AdministrativeLayout.composed(text), fonts.regular(TEXT));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setSpacingBefore(3);
        paragraph.setLeading(TEXT * 1.3f);
        return paragraph;
    }
}
