package vn.lienthong.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.notification.entity.Notification;
import vn.lienthong.platform.boundary.Page;
import vn.lienthong.platform.problem.ProblemException;

/** A unit's notifications, read by any of its users: listing, counting the unread, marking read. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** The unit's notifications, newest first; only the unread ones when {@code unreadOnly}. */
    public Page<NotificationView> list(boolean unreadOnly, int offset, int limit) {
        String unit = caller.identity().unitCode();
        String where = " WHERE n.unitCode = :unit" + (unreadOnly ? " AND n.readAt IS NULL" : "");
        var items = em.createQuery("SELECT n FROM Notification n" + where + " ORDER BY n.id DESC", Notification.class)
                .setParameter("unit", unit).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(NotificationView::of).toList();
        long total = em.createQuery("SELECT COUNT(n) FROM Notification n" + where, Long.class)
                .setParameter("unit", unit).getSingleResult();
        return new Page<>(items, total);
    }

    public long unread() {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.unitCode = :unit AND n.readAt IS NULL",
                Long.class).setParameter("unit", caller.identity().unitCode()).getSingleResult();
    }

    /** Marks one of the unit's notifications read; another unit's is not found (404). */
    @Transactional(Transactional.TxType.REQUIRED)
    public void read(long id) {
        CallerIdentity who = caller.identity();
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.getUnitCode().equals(who.unitCode())) {
            throw ProblemException.notFound("notification.notFound", id);
        }
        notification.markRead(who.username(), Instant.now());
    }

    /** Marks every unread notification of the unit read, in one statement. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void readAll() {
        CallerIdentity who = caller.identity();
        em.createQuery("UPDATE Notification n SET n.readAt = :now, n.readBy = :user WHERE n.unitCode = :unit"
                        + " AND n.readAt IS NULL").setParameter("now", Instant.now()).setParameter("user", who.username())
                .setParameter("unit", who.unitCode()).executeUpdate();
    }
}
