package vn.lienthong.scheduling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.platform.boundary.Page;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.scheduling.entity.Meeting;
import vn.lienthong.scheduling.entity.MeetingStatus;

/** The meetings a caller may see in a period, by start; for the calendar, lists and the approval queue. */
@ApplicationScoped
public class MeetingSearch {

    /**
     * @param from   meetings still running after this instant, or {@code null}
     * @param to     meetings starting before this instant, or {@code null}
     * @param unit   meetings inviting this unit, or {@code null}
     * @param status meetings in this state, or {@code null}
     */
    public record Query(Instant from, Instant to, String unit, MeetingStatus status, int offset, int limit) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MeetingAccess access;

    public Page<MeetingSummary> find(Query query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (query.from() != null) {
            conditions.add("m.endsAt > :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            conditions.add("m.startsAt < :to");
            parameters.put("to", query.to());
        }
        if (query.status() != null) {
            conditions.add("m.status = :status");
            parameters.put("status", query.status());
        }
        if (query.unit() != null) {
            conditions.add("EXISTS (SELECT i FROM Invitation i WHERE i.meeting = m AND i.unitCode = :unit)");
            parameters.put("unit", query.unit());
        }
        if (!access.seesAllConfidential()) {
            conditions.add("(m.confidential = FALSE OR m.hostUnitCode = :me OR m.createdByUnit = :me"
                    + " OR EXISTS (SELECT j FROM Invitation j WHERE j.meeting = m AND j.unitCode = :me))");
            parameters.put("me", caller.identity().unitCode());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        var items = em.createQuery("SELECT m FROM Meeting m" + where + " ORDER BY m.startsAt, m.id", Meeting.class);
        var count = em.createQuery("SELECT COUNT(m) FROM Meeting m" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Meeting> page = items.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
        Map<Long, Long> invited = invitedCounts(page.stream().map(Meeting::getId).toList());
        return new Page<>(page.stream().map(m -> MeetingSummary.of(m, invited.getOrDefault(m.getId(), 0L))).toList(),
                count.getSingleResult());
    }

    private Map<Long, Long> invitedCounts(List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        em.createQuery("SELECT i.meeting.id, COUNT(i) FROM Invitation i WHERE i.meeting.id IN :ids"
                        + " GROUP BY i.meeting.id", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
