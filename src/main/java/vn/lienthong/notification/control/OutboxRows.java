package vn.lienthong.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import vn.lienthong.notification.entity.NotificationKind;

/** The mail outbox table: the mails due, and what became of each attempt, each in a short transaction of its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxRows {

    private static final int MAX_ERROR_LENGTH = 500;

    @PersistenceContext
    EntityManager em;

    /** A mail to send: the outbox row, its address and attempts so far, and what it tells. */
    public record Pending(long id, String address, int attempts, MailText.Notice notice) {
    }

    public List<Pending> due(Instant now, int limit) {
        List<?> rows = em.createNativeQuery("SELECT o.id, o.address, o.attempts, n.meeting_id, n.kind, n.title,"
                        + " n.starts_at, n.ends_at, n.host_unit, n.host_name, n.reason FROM mail_outbox o"
                        + " JOIN notification n ON n.id = o.notification_id WHERE o.sent_at IS NULL"
                        + " AND o.failed_at IS NULL AND o.next_attempt_at <= ?1 ORDER BY o.id LIMIT ?2")
                .setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Pending(number(r[0]), (String) r[1],
                (int) number(r[2]), new MailText.Notice(number(r[3]), NotificationKind.valueOf((String) r[4]),
                (String) r[5], instant(r[6]), instant(r[7]), (String) r[8], (String) r[9], (String) r[10])))
                .toList();
    }

    public void sent(long id, Instant at) {
        em.createNativeQuery("UPDATE mail_outbox SET sent_at = ?1, attempts = attempts + 1, last_error = NULL"
                + " WHERE id = ?2").setParameter(1, Timestamp.from(at)).setParameter(2, id).executeUpdate();
    }

    /** Counts a failed attempt; {@code next} is when to try again, or null to give up. */
    public void failed(List<Long> ids, String error, Instant now, Instant next) {
        if (ids.isEmpty()) {
            return;
        }
        String shortError = error == null ? null
                : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        var update = em.createNativeQuery("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?1,"
                        + " next_attempt_at = ?2, failed_at = ?3 WHERE id = ?4")
                .setParameter(1, shortError).setParameter(2, Timestamp.from(next == null ? now : next))
                .setParameter(3, next == null ? Timestamp.from(now) : null);
        for (long id : ids) {
            update.setParameter(4, id).executeUpdate();
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(ZoneId.systemDefault()).toInstant();
        }
        throw new IllegalStateException("not a time: " + value);
    }
}
