package vn.lienthong.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import vn.lienthong.notification.entity.NotificationKind;

/**
 * Writes what the invited units are told about a meeting, in the transaction that changed the meeting and after
 * its changes are flushed. Every kind is one {@code INSERT ... SELECT} over the meeting's invitations, so telling
 * the 3,321 communes of a national meeting costs a statement, not 3,321. The host unit is never told about its own
 * meeting.
 *
 * <p>{@code meeting_announcement} holds the units that were told and not since uninvited; comparing it with the
 * invitations gives who is new (INVITED), who stays (CHANGED) and who was dropped (UNINVITED).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Announcements {

    private static final String INSERT = "INSERT INTO notification (unit_code, meeting_id, kind, title, starts_at,"
            + " ends_at, host_unit, host_name, reason, batch, created_at) ";
    private static final String MEETING = " m.id, ?1, m.title, m.starts_at, m.ends_at, m.host_unit_code, h.unit_name,"
            + " ?2, ?3, ?4 FROM meeting m LEFT JOIN invitation h ON h.meeting_id = m.id"
            + " AND h.unit_code = m.host_unit_code ";
    private static final String TOLD = "SELECT 1 FROM meeting_announcement a WHERE a.meeting_id = m.id"
            + " AND a.unit_code = i.unit_code";
    private static final String STILL_INVITED = "SELECT 1 FROM invitation i WHERE i.meeting_id = m.id"
            + " AND i.unit_code = a.unit_code AND i.unit_code <> m.host_unit_code";

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings mail;

    @Inject
    Event<NoticesWritten> written;

    /**
     * The meeting is approved as it now stands (first approved, approved again after a change, or changed while
     * approved): units told for the first time are INVITED, units told before get CHANGED, units no longer
     * invited get UNINVITED.
     */
    public void published(long meetingId) {
        Batch batch = new Batch(meetingId);
        int count = insert(batch, NotificationKind.INVITED, null, "i.unit_code,", " JOIN invitation i"
                + " ON i.meeting_id = m.id WHERE m.id = ?5 AND i.unit_code <> m.host_unit_code AND NOT EXISTS (" + TOLD
                + ")");
        count += insert(batch, NotificationKind.CHANGED, null, "i.unit_code,", " JOIN invitation i"
                + " ON i.meeting_id = m.id WHERE m.id = ?5 AND i.unit_code <> m.host_unit_code AND EXISTS (" + TOLD
                + ")");
        count += insert(batch, NotificationKind.UNINVITED, null, "a.unit_code,", " JOIN meeting_announcement a"
                + " ON a.meeting_id = m.id WHERE m.id = ?5 AND NOT EXISTS (" + STILL_INVITED + ")");
        em.createNativeQuery("DELETE a FROM meeting_announcement a JOIN meeting m ON m.id = a.meeting_id"
                + " WHERE a.meeting_id = ?1 AND NOT EXISTS (" + STILL_INVITED + ")")
                .setParameter(1, meetingId).executeUpdate();
        em.createNativeQuery("INSERT IGNORE INTO meeting_announcement (meeting_id, unit_code) SELECT i.meeting_id,"
                        + " i.unit_code FROM invitation i JOIN meeting m ON m.id = i.meeting_id WHERE i.meeting_id = ?1"
                        + " AND i.unit_code <> m.host_unit_code")
                .setParameter(1, meetingId).executeUpdate();
        done(batch, count);
    }

    /** The meeting is off (cancelled, or a change of it rejected): every unit that was told gets CANCELLED. */
    public void withdrawn(long meetingId, String reason) {
        Batch batch = new Batch(meetingId);
        int count = insert(batch, NotificationKind.CANCELLED, reason, "a.unit_code,", " JOIN meeting_announcement a"
                + " ON a.meeting_id = m.id WHERE m.id = ?5");
        done(batch, count);
    }

    private record Batch(long meetingId, String id, Timestamp at) {
        Batch(long meetingId) {
            this(meetingId, UUID.randomUUID().toString(), Timestamp.from(Instant.now()));
        }
    }

    private int insert(Batch batch, NotificationKind kind, String reason, String unit, String from) {
        return em.createNativeQuery(INSERT + "SELECT " + unit + MEETING + from)
                .setParameter(1, kind.name()).setParameter(2, reason).setParameter(3, batch.id())
                .setParameter(4, batch.at()).setParameter(5, batch.meetingId()).executeUpdate();
    }

    /** Queues the mail of the batch (one per notification and address) when mail is configured, then says so. */
    private void done(Batch batch, int count) {
        if (count == 0) {
            return;
        }
        boolean queued = mail.enabled();
        if (queued) {
            // active users of the unit with an address, and the technician of the point the unit joins from;
            // UNION drops an address given twice for the same notification
            em.createNativeQuery("INSERT IGNORE INTO mail_outbox (notification_id, address, next_attempt_at)"
                            + " SELECT n.id, LOWER(TRIM(u.email)), ?2 FROM notification n JOIN app_user u"
                            + " ON u.unit_code = n.unit_code AND u.active AND u.email IS NOT NULL AND TRIM(u.email) <> ''"
                            + " WHERE n.batch = ?1"
                            + " UNION SELECT n.id, LOWER(TRIM(p.technician_email)), ?2 FROM notification n"
                            + " JOIN invitation i ON i.meeting_id = n.meeting_id AND i.unit_code = n.unit_code"
                            + " JOIN meeting_point p ON p.id = i.point_id"
                            + " WHERE n.batch = ?1 AND p.technician_email IS NOT NULL AND TRIM(p.technician_email) <> ''")
                    .setParameter(1, batch.id()).setParameter(2, batch.at()).executeUpdate();
        }
        written.fire(new NoticesWritten(batch.meetingId(), batch.id(), count, queued));
    }
}
