package vn.lienthong.minutes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.lienthong.minutes.entity.MinutesVersion;
import vn.lienthong.platform.problem.ProblemException;

/** Reads the stored versions of a meeting's minutes. */
@ApplicationScoped
public class MinutesVersions {

    @PersistenceContext
    EntityManager em;

    /**
     * Version {@code number}, 404 when there is none. Inside a write, {@code lock} makes it a locking read, which
     * sees what was committed after the transaction's snapshot was taken.
     */
    public MinutesVersion find(long meetingId, int number, LockModeType lock) {
        List<MinutesVersion> found = em.createQuery("SELECT v FROM MinutesVersion v WHERE v.meetingId = :meeting"
                        + " AND v.number = :number", MinutesVersion.class)
                .setParameter("meeting", meetingId).setParameter("number", number)
                .setLockMode(lock).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("minutes.versionNotFound", number);
        }
        return found.get(0);
    }

    /** All versions, oldest first; with {@code lockedOnly} the finalised and amended ones. */
    public List<MinutesVersion> all(long meetingId, boolean lockedOnly) {
        return em.createQuery("SELECT v FROM MinutesVersion v WHERE v.meetingId = :meeting"
                        + (lockedOnly ? " AND v.sha256 IS NOT NULL" : "") + " ORDER BY v.number", MinutesVersion.class)
                .setParameter("meeting", meetingId).getResultList();
    }
}
