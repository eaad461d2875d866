package vn.lienthong.live.control;

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
import java.util.Locale;
import java.util.Map;
import vn.lienthong.live.entity.Attendance;
import vn.lienthong.live.entity.LivePhase;
import vn.lienthong.live.entity.PersonAttendance;
import vn.lienthong.platform.pdf.AdministrativeLayout;
import vn.lienthong.platform.pdf.PdfFonts;
import vn.lienthong.platform.pdf.PdfPages;
import vn.lienthong.scheduling.control.LetterWording;

/**
 * Lays out the roll call of a meeting as an A4 administrative document: the host's committee top left, the
 * national motto and the place and date of the meeting top right, "DANH SÁCH ĐIỂM DANH" and the meeting, the
 * counts per tier (invited, expected, present), then per tier a table of its units: the word on the unit, its
 * delegates with the word on each, who represented it or why it was absent, and when its point first joined and
 * last left with the time online (or when its delegates checked in and out). A list printed while the meeting is
 * still going on says so.
 */
public final class RollCallPdf {

    public static final String TITLE = "DANH SÁCH ĐIỂM DANH";
    private static final float TEXT = 13;
    private static final float CELL = 10.5f;
    private static final Color SHADE = new Color(235, 235, 235);

    private RollCallPdf() {
    }

    public static byte[] render(RollCallPrint print) {
        PdfFonts fonts = new PdfFonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = AdministrativeLayout.a4();
        try {
            PdfPages pages = new PdfPages(fonts, "Danh sách điểm danh cuộc họp " + print.meetingId() + ", lập lúc "
                    + RollCallWords.time(print.printedAt()), null);
            AdministrativeLayout.open(document, out, pages, "Danh sách điểm danh: " + print.title(), print.title(),
                    print.issuer().inText());
            document.add(AdministrativeLayout.header(fonts, print.issuer().lines(), "",
                    print.issuer().place() + ", " + LetterWording.date(print.start().toLocalDate())));
            document.add(AdministrativeLayout.centred(TITLE, fonts.bold(14), 18));
            document.add(AdministrativeLayout.centred(AdministrativeLayout.capitalised(LetterWording.subject(print.kind(),
                    print.title())), fonts.bold(13), 2));
            if (print.phase() != LivePhase.ENDED) {
                document.add(AdministrativeLayout.notice(fonts, "Cuộc họp chưa kết thúc: danh sách tính đến "
                        + RollCallWords.time(print.printedAt()) + ".", new Color(160, 90, 0)));
            }
            document.add(text("Thời gian: " + LetterWording.when(print.start(), print.end()) + ".", fonts, 10));
            document.add(text("Địa điểm: " + print.venue() + ".", fonts, 2));
            document.add(text("Chủ trì: " + print.chair() + ".", fonts, 2));
            List<RollCall.Tier> tiers = print.sheet().tiers();
            document.add(text("Số đơn vị (mời / xác nhận dự / có mặt):", fonts, 2));
            for (RollCall.Tier tier : tiers) {
                document.add(text("- Cấp " + RollCallWords.tier(tier.level()).toLowerCase(Locale.ROOT)
                        + ": " + tier.invited() + " / " + tier.expected() + " / " + tier.present() + ".", fonts, 0));
            }
            int numeral = 1;
            for (RollCall.Tier tier : tiers) {
                document.add(heading(roman(numeral++) + ". CẤP " + RollCallWords.tier(tier.level())
                        .toUpperCase(Locale.forLanguageTag("vi")) + " (có mặt " + tier.present() + "/"
                        + tier.invited() + ")", fonts));
                document.add(table(print.sheet(), tier.level(), fonts));
            }
            if (tiers.isEmpty()) {
                document.add(text("(Cuộc họp không mời đơn vị nào.)", fonts, 6));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the roll call of meeting " + print.meetingId(), e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(RollCallSheet sheet, int level, PdfFonts fonts) {
        PdfPTable table = AdministrativeLayout.table(new float[] {6, 24, 15, 25, 15, 15});
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (String heading : List.of("STT", "Đơn vị", "Điểm danh", "Đại biểu", "Người dự thay / lý do vắng",
                "Vào - ra")) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, fonts.bold(CELL)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setBackgroundColor(SHADE);
            cell.setPadding(3);
            table.addCell(cell);
        }
        int n = 1;
        for (RollCall.Line line : sheet.lines()) {
            if (line.level() != level) {
                continue;
            }
            Attendance a = sheet.attendanceOf(line.unitCode());
            table.addCell(cell(Integer.toString(n++), fonts, Element.ALIGN_CENTER));
            table.addCell(cell(line.unitName() + (line.expected() ? "" : " (không xác nhận dự)"), fonts,
                    Element.ALIGN_LEFT));
            table.addCell(cell(RollCallWords.state(a == null ? null : a.getState()), fonts, Element.ALIGN_LEFT));
            table.addCell(cell(delegates(line, sheet), fonts, Element.ALIGN_LEFT));
            table.addCell(cell(a == null ? "" : a.getRepresentedBy() != null ? a.getRepresentedBy()
                    : a.getReason() != null ? a.getReason() : "", fonts, Element.ALIGN_LEFT));
            table.addCell(cell(times(sheet.staysOf(line.unitCode())), fonts, Element.ALIGN_LEFT));
        }
        return table;
    }

    /** Each delegate with the word on them and their check-in and check-out, one per line. */
    private static String delegates(RollCall.Line line, RollCallSheet sheet) {
        Map<Integer, PersonAttendance> persons = sheet.personsOf(line.unitCode());
        List<String> named = new ArrayList<>();
        for (int i = 0; i < line.delegates().size(); i++) {
            StringBuilder person = new StringBuilder(line.delegates().get(i));
            PersonAttendance said = persons.get(i);
            if (said != null && said.getState() != null) {
                person.append(" (").append(RollCallWords.state(said.getState()));
                if (said.getReason() != null) {
                    person.append(": ").append(said.getReason());
                }
                if (said.getRepresentedBy() != null) {
                    person.append(": ").append(said.getRepresentedBy());
                }
                person.append(')');
            }
            Stays.Summary stays = sheet.staysOf(line.unitCode(), i);
            if (!stays.isEmpty()) {
                person.append(", ").append(times(stays));
            }
            named.add(person.toString());
        }
        return String.join("\n", named);
    }

    /** "08:05 - 09:30 (1:25:00)", "08:05 - đang họp", or "" without stays. */
    static String times(Stays.Summary stays) {
        if (stays.isEmpty()) {
            return "";
        }
        return RollCallWords.clock(stays.firstJoined()) + " - "
                + (stays.in() ? "đang họp" : RollCallWords.clock(stays.lastLeft())) + " ("
                + Stays.clock(stays.total()) + ")";
    }

    private static PdfPCell cell(String text, PdfFonts fonts, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(AdministrativeLayout.composed(text), fonts.regular(CELL)));
        cell.setHorizontalAlignment(align);
        cell.setPadding(3);
        return cell;
    }

    private static Paragraph heading(String text, PdfFonts fonts) {
        Paragraph paragraph = new Paragraph(AdministrativeLayout.composed(text), fonts.bold(TEXT));
        paragraph.setSpacingBefore(12);
        return paragraph;
    }

    private static Paragraph text(String text, PdfFonts fonts, float spacingBefore) {
        Paragraph paragraph = new Paragraph(AdministrativeLayout.composed(text), fonts.regular(TEXT));
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setLeading(TEXT * 1.3f);
        return paragraph;
    }

    private static String roman(int n) {
        return switch (n) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            default -> Integer.toString(n);
        };
    }
}
