package vn.lienthong.scheduling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.lienthong.directory.boundary.PointWithdrawal;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.control.MeetingTimes;
import vn.lienthong.scheduling.entity.Meeting;
import vn.lienthong.scheduling.entity.MeetingStatus;

/**
 * Keeps a meeting point that meetings still count on from being deleted: a point that hosts or joins a meeting
 * not yet over (draft, submitted or approved) stays until those meetings are moved elsewhere, cancelled or over.
 * Past meetings keep their invitations and simply show no point.
 */
@ApplicationScoped
public class BookedPoints {

    private static final List<MeetingStatus> HOLDING = List.of(MeetingStatus.DRAFT, MeetingStatus.SUBMITTED,
            MeetingStatus.APPROVED);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(MeetingTimes.VIETNAM);

    /** Meetings not yet over that still hold the point, as the host's point or an invited unit's. */
    private static final String HOLDING_THE_POINT = " FROM Meeting m WHERE m.endsAt > :now AND m.status IN :holding"
            + " AND (m.hostPointId = :point OR EXISTS (SELECT i FROM Invitation i WHERE i.meeting = m"
            + " AND i.pointId = :point))";

    @PersistenceContext
    EntityManager em;

    void refuseWhileBooked(@Observes PointWithdrawal withdrawal) {
        Instant now = Instant.now();
        List<Meeting> upcoming = em.createQuery("SELECT m" + HOLDING_THE_POINT + " ORDER BY m.startsAt", Meeting.class)
                .setParameter("now", now).setParameter("holding", HOLDING)
                .setParameter("point", withdrawal.pointId()).setMaxResults(1).getResultList();
        if (upcoming.isEmpty()) {
            return;
        }
        long count = em.createQuery("SELECT COUNT(m)" + HOLDING_THE_POINT, Long.class)
                .setParameter("now", now).setParameter("holding", HOLDING)
                .setParameter("point", withdrawal.pointId()).getSingleResult();
        Meeting first = upcoming.get(0);
        throw ProblemException.conflict("point.inUse", withdrawal.name(), count, first.getTitle(),
                WHEN.format(first.getStart()));
    }
}
