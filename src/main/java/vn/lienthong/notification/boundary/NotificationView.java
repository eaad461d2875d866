package vn.lienthong.notification.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import vn.lienthong.notification.entity.Notification;
import vn.lienthong.notification.entity.NotificationKind;

/**
 * A notification as the unit's users read it: the meeting as it stood when the unit was told ({@code start},
 * {@code end} in Vietnamese time), {@code reason} for a cancellation, and whether the unit has read it.
 */
public record NotificationView(long id, long meeting, NotificationKind kind, String title, OffsetDateTime start,
        OffsetDateTime end, String hostUnit, String hostUnitName, String reason, Instant createdAt, boolean read) {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getMeetingId(), n.getKind(), n.getTitle(),
                n.getStart().atZone(VIETNAM).toOffsetDateTime(), n.getEnd().atZone(VIETNAM).toOffsetDateTime(),
                n.getHostUnit(), n.getHostName(), n.getReason(), n.getCreatedAt(), n.isRead());
    }
}
