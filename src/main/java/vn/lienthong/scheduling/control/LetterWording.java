package vn.lienthong.scheduling.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import vn.lienthong.platform.pdf.AdministrativeLayout;
import vn.lienthong.scheduling.entity.MeetingKind;

/**
 * How an administrative letter writes dates, times, issuers and signers, after Decree 30/2020/ND-CP on
 * administrative documents: "ngày 05 tháng 01 năm 2027" (a zero before days below 10 and months below 3),
 * "08 giờ 00, thứ Ba", "ỦY BAN NHÂN DÂN / TỈNH SÓC TRĂNG", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
 */
public final class LetterWording {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final String COMMITTEE = "Ủy ban nhân dân";
    private static final List<String> COMMUNE_TYPES = List.of("Xã", "Phường", "Thị trấn", "Đặc khu");

    private LetterWording() {
    }

    /** E.g. "ngày 05 tháng 01 năm 2027", "ngày 15 tháng 12 năm 2026", "ngày 09 tháng 3 năm 2027". */
    public static String date(LocalDate day) {
        String dd = day.getDayOfMonth() < 10 ? "0" + day.getDayOfMonth() : Integer.toString(day.getDayOfMonth());
        String mm = day.getMonthValue() < 3 ? "0" + day.getMonthValue() : Integer.toString(day.getMonthValue());
        return "ngày " + dd + " tháng " + mm + " năm " + day.getYear();
    }

    /** "thứ Hai" to "thứ Bảy", and "Chủ nhật". */
    public static String weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    /** E.g. "08 giờ 00", "14 giờ 30". */
    public static String clock(LocalTime time) {
        return String.format("%02d giờ %02d", time.getHour(), time.getMinute());
    }

    /**
     * When the meeting takes place, in the zone the times carry (Vietnam's): "Vào lúc 08 giờ 00, thứ Ba, ngày 15
     * tháng 12 năm 2026 (kết thúc lúc 10 giờ 00)"; an end on a later day names that day too.
     */
    public static String when(ZonedDateTime start, ZonedDateTime end) {
        String begins = "Vào lúc " + clock(start.toLocalTime()) + ", " + weekday(start.getDayOfWeek()) + ", "
                + date(start.toLocalDate());
        String ends = clock(end.toLocalTime());
        if (!end.toLocalDate().equals(start.toLocalDate())) {
            ends += ", " + weekday(end.getDayOfWeek()) + ", " + date(end.toLocalDate());
        }
        return begins + " (kết thúc lúc " + ends + ")";
    }

    /** E.g. "08 giờ 00, ngày 14 tháng 12 năm 2026": a deadline. */
    public static String moment(ZonedDateTime time) {
        return clock(time.toLocalTime()) + ", " + date(time.toLocalDate());
    }

    /**
     * The People's Committee of {@code unitName} as it heads the letter and as the text names it, and the place
     * name the date line starts with.
     *
     * @param unitName e.g. "Tỉnh Sóc Trăng", "Huyện Châu Thành", "Phường 5"
     * @param unitType its type as the directory has it: "Tỉnh", "Huyện", "Phường", ...
     */
    public static LetterContent.Issuer issuer(String unitName, String unitType) {
        String properName = properName(unitName, unitType);
        String inText = properName.equals(unitName) ? unitName
                : unitType.toLowerCase(VIETNAMESE) + " " + properName;
        return new LetterContent.Issuer(List.of(upper(COMMITTEE), upper(unitName)), COMMITTEE + " " + inText,
                place(unitName, unitType));
    }

    /**
     * The place name of the date line: the unit's name without its type ("Sóc Trăng", "Châu Thành"), except for a
     * unit named by a number, which keeps its type ("Phường 5").
     */
    public static String place(String unitName, String unitType) {
        String properName = properName(unitName, unitType);
        return properName.chars().allMatch(Character::isDigit) ? unitName : properName;
    }

    /**
     * The authority lines above the signature, from the signer's position: the chair of the committee signs for
     * it ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"), a vice-chair in the chair's stead ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"),
     * anyone else by the chair's order ("TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG"). A signer without a position signs
     * under the name alone.
     *
     * @param position e.g. "Phó Chủ tịch UBND tỉnh"; the committee it names is left out, the header says it
     */
    public static List<String> signer(String position) {
        if (position == null || position.isBlank()) {
            return List.of();
        }
        String office = office(position.strip());
        String folded = office.toLowerCase(VIETNAMESE);
        if (folded.equals("chủ tịch")) {
            return List.of("TM. " + upper(COMMITTEE), upper(office));
        }
        if (folded.startsWith("phó chủ tịch")) {
            return List.of("KT. CHỦ TỊCH", upper(office));
        }
        return List.of("TL. CHỦ TỊCH", upper(office));
    }

    /**
     * The heading of a tier of invited units: "Cấp tỉnh" for provinces, "Cấp xã" for a group of communes, wards,
     * towns and special zones (level 3 before 2025, level 2 after), "Cấp huyện" for the districts between.
     */
    public static String tier(int level, Collection<String> unitNames) {
        if (level <= 1) {
            return "Cấp tỉnh";
        }
        boolean communes = !unitNames.isEmpty() && unitNames.stream()
                .allMatch(n -> COMMUNE_TYPES.stream().anyMatch(t -> n.startsWith(t + " ")));
        return communes ? "Cấp xã" : "Cấp huyện";
    }

    /** What sort of meeting the letter invites to, as the sentence continues after "tham dự". */
    public static String kind(MeetingKind kind) {
        return switch (kind) {
            case CONFERENCE -> "hội nghị trực tuyến";
            case MEETING -> "cuộc họp";
            case WORKING_SESSION -> "buổi làm việc";
        };
    }

    /**
     * What the letter invites to: "hội nghị trực tuyến: Sơ kết ...", or the title alone when it already names the
     * kind ("Hội nghị trực tuyến sơ kết ...").
     */
    public static String subject(MeetingKind kind, String title) {
        String label = kind(kind);
        return title.toLowerCase(VIETNAMESE).startsWith(label) ? title : label + ": " + title;
    }

    /**
     * The text with each accented letter as one character (Unicode NFC): the PDF places glyphs without shaping,
     * so a letter typed as base plus combining marks (as some keyboards send it) would print its marks askew.
     */
    static String composed(String text) {
        return AdministrativeLayout.composed(text);
    }

    public static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    private static String properName(String unitName, String unitType) {
        String name = unitName.strip();
        if (unitType != null && !unitType.isBlank()) {
            String prefix = unitType.strip() + " ";
            if (name.length() > prefix.length() && name.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return name.substring(prefix.length()).strip();
            }
        }
        return name;
    }

    /** "Phó Chủ tịch UBND tỉnh" -> "Phó Chủ tịch": the committee named after the office is the issuer's. */
    private static String office(String position) {
        String folded = position.toLowerCase(VIETNAMESE);
        for (String body : List.of(" ubnd", " ủy ban nhân dân", " uỷ ban nhân dân")) {
            int at = folded.indexOf(body);
            if (at > 0) {
                return position.substring(0, at).strip();
            }
        }
        return position;
    }
}
