package vn.lienthong.scheduling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.scheduling.entity.MeetingKind;

/** Issue "Invitation letter": dates, times, issuers and signers as Decree 30/2020 writes them. */
class LetterWordingTest {

    @Test
    void datesHaveAZeroBeforeDaysBelowTenAndMonthsBelowThree() {
        assertEquals("ngày 05 tháng 01 năm 2027", LetterWording.date(LocalDate.of(2027, 1, 5)));
        assertEquals("ngày 28 tháng 02 năm 2027", LetterWording.date(LocalDate.of(2027, 2, 28)));
        assertEquals("ngày 09 tháng 3 năm 2027", LetterWording.date(LocalDate.of(2027, 3, 9)));
        assertEquals("ngày 27 tháng 11 năm 2026", LetterWording.date(LocalDate.of(2026, 11, 27)));
    }

    @Test
    void weekdaysFromThuHaiToChuNhat() {
        assertEquals(List.of("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"),
                List.of(DayOfWeek.values()).stream().map(LetterWording::weekday).toList());
    }

    @Test
    void timesReadInHoursAndMinutes() {
        assertEquals("08 giờ 00", LetterWording.clock(LocalTime.of(8, 0)));
        assertEquals("14 giờ 30", LetterWording.clock(LocalTime.of(14, 30)));
        assertEquals("00 giờ 05", LetterWording.clock(LocalTime.of(0, 5)));
    }

    @Test
    void theMeetingTimeNamesWeekdayDateAndEnd() {
        ZonedDateTime start = ZonedDateTime.of(2026, 12, 15, 8, 0, 0, 0, MeetingTimes.VIETNAM);
        assertEquals("Vào lúc 08 giờ 00, thứ Ba, ngày 15 tháng 12 năm 2026 (kết thúc lúc 10 giờ 30)",
                LetterWording.when(start, start.plusMinutes(150)));
        assertEquals("Vào lúc 08 giờ 00, thứ Ba, ngày 15 tháng 12 năm 2026 (kết thúc lúc 08 giờ 00, thứ Tư,"
                + " ngày 16 tháng 12 năm 2026)", LetterWording.when(start, start.plusDays(1)));
    }

    @Test
    void theIssuerIsThePeoplesCommitteeOfTheHostUnit() {
        var province = LetterWording.issuer("Tỉnh Sóc Trăng", "Tỉnh");
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG"), province.lines());
        assertEquals("Ủy ban nhân dân tỉnh Sóc Trăng", province.inText());
        assertEquals("Sóc Trăng", province.place());

        var city = LetterWording.issuer("Thành phố Sóc Trăng", "Thành phố");
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ SÓC TRĂNG"), city.lines());
        assertEquals("Ủy ban nhân dân thành phố Sóc Trăng", city.inText());

        var commune = LetterWording.issuer("Xã Hồ Đắc Kiện", "Xã");
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "XÃ HỒ ĐẮC KIỆN"), commune.lines());
        assertEquals("Hồ Đắc Kiện", commune.place());
    }

    @Test
    void aUnitNamedByANumberKeepsItsTypeInThePlaceName() {
        assertEquals("Phường 5", LetterWording.place("Phường 5", "Phường"));
        assertEquals("Ủy ban nhân dân phường 5", LetterWording.issuer("Phường 5", "Phường").inText());
        assertEquals("Kế Sách", LetterWording.place("Huyện Kế Sách", "Huyện"));
        assertEquals("Côn Đảo", LetterWording.place("Đặc khu Côn Đảo", "Đặc khu"));
    }

    @Test
    void theSignerSignsForTheCommitteeInTheChairsSteadOrByHisOrder() {
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), LetterWording.signer("Chủ tịch UBND tỉnh"));
        assertEquals(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), LetterWording.signer("Phó Chủ tịch UBND tỉnh"));
        assertEquals(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"),
                LetterWording.signer("Phó Chủ tịch Thường trực Ủy ban nhân dân huyện"));
        assertEquals(List.of("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"), LetterWording.signer("Chánh Văn phòng"));
        assertEquals(List.of(), LetterWording.signer(null));
        assertEquals(List.of(), LetterWording.signer("  "));
    }

    @Test
    void tiersAreNamedByLevelAndByTheUnitsTheyHold() {
        assertEquals("Cấp tỉnh", LetterWording.tier(1, List.of("Tỉnh Sóc Trăng")));
        assertEquals("Cấp huyện", LetterWording.tier(2, List.of("Huyện Kế Sách", "Thị xã Vĩnh Châu")));
        assertEquals("Cấp xã", LetterWording.tier(3, List.of("Xã Phú Tâm", "Phường 5", "Thị trấn Kế Sách")));
        assertEquals("Cấp xã", LetterWording.tier(2, List.of("Phường Phú Lợi", "Xã Phú Tâm")), "2025 two levels");
    }

    @Test
    void kindsContinueTheSentence() {
        assertEquals("hội nghị trực tuyến", LetterWording.kind(MeetingKind.CONFERENCE));
        assertEquals("buổi làm việc", LetterWording.kind(MeetingKind.WORKING_SESSION));
        assertEquals("buổi làm việc: Kiểm tra tiến độ giải ngân",
                LetterWording.subject(MeetingKind.WORKING_SESSION, "Kiểm tra tiến độ giải ngân"));
        assertEquals("Hội nghị trực tuyến sơ kết quý IV",
                LetterWording.subject(MeetingKind.CONFERENCE, "Hội nghị trực tuyến sơ kết quý IV"));
    }
}
