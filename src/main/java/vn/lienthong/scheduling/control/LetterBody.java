package vn.lienthong.scheduling.control;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.lienthong.platform.pdf.AdministrativeLayout;
import vn.lienthong.platform.pdf.PdfFonts;
import vn.lienthong.scheduling.control.LetterContent.Invitee;
import vn.lienthong.scheduling.entity.AgendaItem;

/** The wording of a letter's body, its date line, "Nơi nhận", footer and appendix. */
final class LetterBody {

    /** Up to this many invited units are named in the body; more go to an appendix. */
    static final int INLINE_UNITS = 10;

    private static final float TEXT = 13;
    private static final float INDENT = 28;

    private final LetterContent letter;
    private final PdfFonts fonts;

    LetterBody(LetterContent letter, PdfFonts fonts) {
        this.letter = letter;
        this.fonts = fonts;
    }

    boolean hasAppendix() {
        return letter.invited().size() > INLINE_UNITS;
    }

    /** "Sóc Trăng, ngày 27 tháng 11 năm 2026"; a draft leaves day and month blank for the day it is signed. */
    static String dateLine(LetterContent letter) {
        String date = letter.date() == null ? "ngày      tháng      năm " + letter.year()
                : LetterWording.date(letter.date());
        return letter.issuer().place() + ", " + date;
    }

    static String footer(LetterContent letter) {
        String name = letter.reference() == null ? "Giấy mời (chưa cấp số)" : "Giấy mời số " + letter.reference();
        return name + " - lịch họp " + letter.meetingId() + ", phiên bản " + letter.sequence();
    }

    static List<String> recipients(LetterContent letter) {
        List<String> lines = new ArrayList<>();
        lines.add("- Như trên;");
        lines.add("- Lưu: VT.");
        return lines;
    }

    String notice() {
        return switch (letter.standing()) {
            case DRAFT -> letter.reference() == null
                    ? "DỰ THẢO - lịch họp chưa được duyệt, giấy mời chưa có giá trị và chưa được cấp số."
                    : "DỰ THẢO - thay đổi của lịch họp chưa được duyệt; giấy mời số " + letter.reference()
                    + " giữ số này khi được duyệt lại.";
            case REJECTED -> "KHÔNG ĐƯỢC DUYỆT - giấy mời không có giá trị. Lý do: " + letter.reason();
            case CANCELLED -> (letter.reference() == null ? "ĐÃ HỦY - cuộc họp không diễn ra. Lý do: "
                    : "ĐÃ HỦY - Giấy mời số " + letter.reference() + " không còn giá trị. Lý do: ") + letter.reason();
            case OFFICIAL -> "";
        };
    }

    List<Paragraph> paragraphs() {
        List<Paragraph> body = new ArrayList<>();
        body.add(text(letter.issuer().inText() + " trân trọng kính mời:", 12));
        if (letter.invited().isEmpty()) {
            body.add(text("- Lãnh đạo và cán bộ " + letter.venue().unitName() + ".", 0));
        } else if (hasAppendix()) {
            body.add(text("- Các đơn vị có tên trong Danh sách kèm theo Giấy mời này (" + summary() + ").", 0));
        } else {
            List<Invitee> units = letter.invited();
            for (int i = 0; i < units.size(); i++) {
                body.add(text("- " + units.get(i).name() + (i == units.size() - 1 ? "." : ";"), 0));
            }
        }
        body.add(text("Tham dự " + LetterWording.subject(letter.kind(), letter.title()) + ".", 6));
        body.add(text("1. Thời gian: " + LetterWording.when(letter.start(), letter.end()) + ".", 6));
        body.add(text("2. Địa điểm: " + venue() + points(), 0));
        String position = letter.chair().position() == null ? "" : ", " + letter.chair().position();
        body.add(text("3. Chủ trì: Đồng chí " + letter.chair().name() + position + ".", 0));
        if (!letter.agenda().isEmpty()) {
            body.add(text("4. Nội dung:", 0));
            List<AgendaItem> agenda = letter.agenda();
            for (int i = 0; i < agenda.size(); i++) {
                AgendaItem item = agenda.get(i);
                String presenter = item.presenter() == null ? "" : " (" + item.presenter() + " trình bày)";
                body.add(text("- " + item.title() + presenter + (i == agenda.size() - 1 ? "." : ";"), 0));
            }
        }
        long minutes = letter.readiness().toMinutes();
        body.add(text("Đề nghị các đơn vị chuẩn bị điểm cầu" + (minutes > 0 ? ", kiểm tra kết nối trước giờ họp "
                + VietnameseText.duration(letter.readiness()) : "") + " và xác nhận tham dự trên hệ thống trước "
                + LetterWording.moment(letter.answerDeadline()) + "; tham dự đúng thành phần, thời gian./.", 6));
        return body;
    }

    /** The appendix: the invited units by tier, with their meeting points. */
    List<Element> appendix() {
        List<Element> parts = new ArrayList<>();
        parts.add(AdministrativeLayout.centred("DANH SÁCH ĐƠN VỊ ĐƯỢC MỜI", fonts.bold(13), 0));
        String of = letter.reference() == null ? "Giấy mời" : "Giấy mời số " + letter.reference();
        String date = letter.date() == null ? "" : " " + LetterWording.date(letter.date());
        parts.add(AdministrativeLayout.centred("(Kèm theo " + of + date + " của " + letter.issuer().inText() + ")",
                fonts.italic(12), 2));
        PdfPTable table = AdministrativeLayout.table(new float[] {9, 43, 48});
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        for (String heading : List.of("STT", "Đơn vị", "Điểm cầu")) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, fonts.bold(11.5f)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setBackgroundColor(new Color(235, 235, 235));
            cell.setPadding(4);
            table.addCell(cell);
        }
        int n = 0;
        for (Map.Entry<String, List<Invitee>> tier : tiers().entrySet()) {
            PdfPCell heading = new PdfPCell(new Phrase(tier.getKey() + " (" + tier.getValue().size() + " đơn vị)",
                    fonts.bold(11.5f)));
            heading.setColspan(3);
            heading.setPadding(4);
            table.addCell(heading);
            for (Invitee unit : tier.getValue()) {
                PdfPCell number = new PdfPCell(new Phrase(Integer.toString(++n), fonts.regular(11.5f)));
                number.setHorizontalAlignment(Element.ALIGN_CENTER);
                number.setPadding(3);
                table.addCell(number);
                table.addCell(plain(unit.name()));
                table.addCell(plain(unit.pointName() == null ? "(chưa có điểm cầu)" : unit.pointName()));
            }
        }
        parts.add(table);
        return parts;
    }

    private PdfPCell plain(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(LetterWording.composed(text), fonts.regular(11.5f)));
        cell.setPadding(3);
        return cell;
    }

    /** The invited units by tier heading, provinces first; within a tier in the order given (by code). */
    private Map<String, List<Invitee>> tiers() {
        Map<Integer, List<Invitee>> byLevel = letter.invited().stream()
                .collect(Collectors.groupingBy(Invitee::level, TreeMap::new, Collectors.toList()));
        Map<String, List<Invitee>> tiers = new LinkedHashMap<>();
        byLevel.forEach((level, units) -> tiers.computeIfAbsent(
                LetterWording.tier(level, units.stream().map(Invitee::name).toList()), t -> new ArrayList<>())
                .addAll(units));
        return tiers;
    }

    /** E.g. "11 đơn vị cấp huyện và 109 đơn vị cấp xã". */
    private String summary() {
        List<String> parts = tiers().entrySet().stream()
                .map(t -> t.getValue().size() + " đơn vị " + t.getKey().toLowerCase(LetterWording.VIETNAMESE))
                .toList();
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " và " + parts.get(parts.size() - 1);
    }

    private String venue() {
        LetterContent.Venue venue = letter.venue();
        List<String> where = new ArrayList<>();
        if (venue.room() != null) {
            where.add(venue.room());
        }
        if (venue.address() != null) {
            where.add(venue.address());
        }
        return venue.pointName() + (where.isEmpty() ? "" : " (" + String.join(", ", where) + ")");
    }

    private String points() {
        if (letter.invited().isEmpty()) {
            return ".";
        }
        if (hasAppendix()) {
            return "; trực tuyến đến các điểm cầu của các đơn vị được mời (Danh sách kèm theo).";
        }
        List<String> points = letter.invited().stream()
                .map(u -> u.pointName() == null ? u.name() : u.pointName()).toList();
        return "; trực tuyến đến các điểm cầu: " + String.join("; ", points) + ".";
    }

    private Paragraph text(String text, float spacingBefore) {
        Paragraph paragraph = new Paragraph(LetterWording.composed(text), fonts.regular(TEXT));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(INDENT);
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setLeading(TEXT * 1.3f);
        return paragraph;
    }
}
