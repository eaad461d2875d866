package vn.lienthong.minutes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.lienthong.directory.boundary.UnitNames;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.minutes.entity.TaskStatus;
import vn.lienthong.platform.boundary.Dates;
import vn.lienthong.scheduling.boundary.MeetingAccess;

/**
 * The overdue tasks counted per unit, for following up on the units that lag behind: every unit for the provincial
 * secretariat and administrators, the units at or below its own for another office, and a unit's own count for its
 * other users. Only units with an overdue task appear, those leading the most first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OverdueCounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MeetingAccess access;

    @Inject
    UnitNames unitNames;

    public List<OverdueCount> perUnit() {
        CallerIdentity who = caller.identity();
        boolean all = access.seesAllConfidential();
        boolean office = who.has(Role.SECRETARIAT) || who.has(Role.ADMIN);
        LocalDate today = LocalDate.now(Dates.VIETNAM);
        Map<String, long[]> counts = new TreeMap<>();
        count("SELECT t.leadUnit, COUNT(t) FROM Task t WHERE t.status = :open AND t.deadline < :today"
                + " GROUP BY t.leadUnit", today).forEach((unit, n) -> counts.computeIfAbsent(unit,
                u -> new long[2])[0] = n);
        count("SELECT u, COUNT(t) FROM Task t JOIN t.supportingUnits u WHERE t.status = :open"
                + " AND t.deadline < :today GROUP BY u", today).forEach((unit, n) -> counts.computeIfAbsent(unit,
                u -> new long[2])[1] = n);
        return counts.entrySet().stream()
                .filter(e -> all || e.getKey().equals(who.unitCode())
                        || office && unitNames.selfAndAncestors(e.getKey(), today).contains(who.unitCode()))
                .map(e -> new OverdueCount(e.getKey(), unitNames.nameOn(e.getKey(), today), e.getValue()[0],
                        e.getValue()[1]))
                .sorted(Comparator.comparingLong(OverdueCount::leading).reversed()
                        .thenComparing(Comparator.comparingLong(OverdueCount::supporting).reversed())
                        .thenComparing(OverdueCount::unit))
                .toList();
    }

    private Map<String, Long> count(String query, LocalDate today) {
        Map<String, Long> counts = new TreeMap<>();
        em.createQuery(query, Object[].class).setParameter("open", TaskStatus.OPEN).setParameter("today", today)
                .getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
