package vn.lienthong.notification.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.lienthong.notification.entity.NotificationKind;

/** The Vietnamese mail for one notification: times in Vietnam, a link to the meeting when the address is known. */
public record MailText(String subject, String body) {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] WEEKDAYS = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
            "Chủ Nhật"};

    /** The notification as the mail needs it. */
    public record Notice(long meetingId, NotificationKind kind, String title, Instant start, Instant end,
            String hostUnit, String hostName, String reason) {
    }

    public static MailText of(Notice notice, Optional<String> publicUrl) {
        String subject = "[Liên Thông] " + switch (notice.kind()) {
            case INVITED -> "Giấy mời họp: ";
            case CHANGED -> "Thay đổi cuộc họp: ";
            case UNINVITED -> "Thôi mời họp: ";
            case CANCELLED -> "Hủy cuộc họp: ";
        } + notice.title();
        StringBuilder body = new StringBuilder("Kính gửi Quý đơn vị,\n\n").append(switch (notice.kind()) {
            case INVITED -> "Trân trọng kính mời Quý đơn vị tham dự cuộc họp trực tuyến sau:";
            case CHANGED -> "Cuộc họp trực tuyến Quý đơn vị được mời đã có thay đổi. Thông tin mới như sau:";
            case UNINVITED -> "Quý đơn vị không còn trong danh sách được mời dự cuộc họp sau:";
            case CANCELLED -> "Cuộc họp trực tuyến sau đã bị hủy:";
        }).append("\n\n");
        body.append("Cuộc họp: ").append(notice.title()).append('\n');
        body.append("Thời gian: ").append(when(notice.start(), notice.end())).append(" (giờ Việt Nam)\n");
        body.append("Đơn vị chủ trì: ").append(notice.hostName() == null ? notice.hostUnit() : notice.hostName())
                .append('\n');
        if (notice.reason() != null && !notice.reason().isBlank()) {
            body.append("Lý do: ").append(notice.reason()).append('\n');
        }
        publicUrl.ifPresent(url -> body.append("\nXem chi tiết: ").append(url).append("/#/meetings/")
                .append(notice.meetingId()).append('\n'));
        body.append("\nThư này được gửi tự động từ hệ thống Liên Thông; vui lòng không trả lời thư này.\n");
        return new MailText(subject, body.toString());
    }

    /** E.g. {@code 08:00 - 10:00, Thứ Hai, 10/03/2031}; an end on another day names that day too. */
    static String when(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(VIETNAM);
        ZonedDateTime to = end.atZone(VIETNAM);
        String first = TIME.format(from) + " - " + TIME.format(to) + ", " + weekday(from) + ", " + DAY.format(from);
        return from.toLocalDate().equals(to.toLocalDate()) ? first
                : TIME.format(from) + ", " + weekday(from) + ", " + DAY.format(from) + " - " + TIME.format(to) + ", "
                + weekday(to) + ", " + DAY.format(to);
    }

    private static String weekday(ZonedDateTime time) {
        return WEEKDAYS[time.getDayOfWeek().getValue() - 1];
    }
}
