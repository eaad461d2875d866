package vn.lienthong.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.lienthong.notification.entity.NotificationKind;

/** Issue 3, notification mail: the Vietnamese text, the time in Vietnam, the link only when the address is known. */
class MailTextTest {

    private static MailText.Notice notice(NotificationKind kind, String reason) {
        // 01:00 UTC is 08:00 in Vietnam, on Monday 10 March 2031
        return new MailText.Notice(42, kind, "Họp giao ban tháng 3", Instant.parse("2031-03-10T01:00:00Z"),
                Instant.parse("2031-03-10T03:30:00Z"), "94", "Tỉnh Sóc Trăng", reason);
    }

    @Test
    void anInvitationNamesTheMeetingItsVietnameseTimeItsHostAndLinksToIt() {
        MailText mail = MailText.of(notice(NotificationKind.INVITED, null), Optional.of("https://hop.soctrang.gov.vn"));

        assertEquals("[Liên Thông] Giấy mời họp: Họp giao ban tháng 3", mail.subject());
        assertTrue(mail.body().contains("Thời gian: 08:00 - 10:30, Thứ Hai, 10/03/2031 (giờ Việt Nam)"), mail.body());
        assertTrue(mail.body().contains("Đơn vị chủ trì: Tỉnh Sóc Trăng"), mail.body());
        assertTrue(mail.body().contains("https://hop.soctrang.gov.vn/#/meetings/42"), mail.body());
        assertFalse(mail.body().contains("Lý do"));
    }

    @Test
    void aCancellationGivesTheReasonAndWithoutAPublicAddressThereIsNoLink() {
        MailText mail = MailText.of(notice(NotificationKind.CANCELLED, "Hoãn do bão"), Optional.empty());

        assertEquals("[Liên Thông] Hủy cuộc họp: Họp giao ban tháng 3", mail.subject());
        assertTrue(mail.body().contains("Lý do: Hoãn do bão"), mail.body());
        assertFalse(mail.body().contains("http"), mail.body());
    }

    @Test
    void aMeetingOverMidnightNamesBothDays() {
        assertEquals("22:00, Thứ Bảy, 15/03/2031 - 01:00, Chủ Nhật, 16/03/2031",
                MailText.when(Instant.parse("2031-03-15T15:00:00Z"), Instant.parse("2031-03-15T18:00:00Z")));
    }
}
