package vn.lienthong.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import vn.lienthong.directory.entity.AdministrativeUnit;
import vn.lienthong.directory.entity.ImportOutcome;
import vn.lienthong.directory.entity.UnitSuccession;

/**
 * Writes planned changes to the stored history. Each call is one transaction: an import is applied
 * completely or not at all, whatever happens half-way.
 */
@ApplicationScoped
@Transactional
public class UnitHistoryWriter {

    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    public List<UnitVersion> allVersions() {
        return em.createQuery("SELECT u FROM AdministrativeUnit u", AdministrativeUnit.class).getResultList()
                .stream().map(AdministrativeUnit::toVersion).toList();
    }

    public ImportOutcome apply(ImportPlan plan, List<UnitVersion> existing, IntConsumer progress) {
        Map<Long, String> codeOfId = existing.stream()
                .collect(Collectors.toMap(UnitVersion::id, UnitVersion::code, (a, b) -> a));
        Set<String> insertedCodes = plan.inserts().stream().map(UnitVersion::code).collect(Collectors.toSet());
        Set<String> replacedCodes = new HashSet<>();
        int done = 0;
        for (ValidityChange change : plan.validityChanges()) {
            em.find(AdministrativeUnit.class, change.id()).closeOn(change.validTo());
            if (insertedCodes.contains(codeOfId.get(change.id()))) {
                replacedCodes.add(codeOfId.get(change.id()));
            }
            done = step(done, progress);
        }
        for (UnitVersion correction : plan.corrections()) {
            em.find(AdministrativeUnit.class, correction.id()).correct(correction);
            replacedCodes.add(correction.code());
            done = step(done, progress);
        }
        for (UnitVersion version : plan.newVersions()) {
            em.persist(new AdministrativeUnit(version));
            done = step(done, progress);
        }
        em.flush();
        int changed = replacedCodes.size();
        int created = (int) plan.newVersions().stream().filter(v -> !replacedCodes.contains(v.code())).count();
        int closed = plan.validityChanges().size() - (int) plan.validityChanges().stream()
                .filter(c -> replacedCodes.contains(codeOfId.get(c.id()))).count();
        return new ImportOutcome(created, changed, closed, plan.unchanged(), plan.problems().size());
    }

    /** Stores the links that are new and closes predecessors that are still open on their succession date. */
    public ImportOutcome applySuccessions(List<SuccessionLink> links, int rejected) {
        Set<String> known = em.createQuery("SELECT s FROM UnitSuccession s", UnitSuccession.class).getResultList()
                .stream().map(s -> key(s.getPredecessorCode(), s.getSuccessorCode(), s.getEffectiveDate()))
                .collect(Collectors.toSet());
        int created = 0;
        int closed = 0;
        for (SuccessionLink link : links) {
            if (known.add(key(link.predecessorCode(), link.successorCode(), link.date()))) {
                em.persist(new UnitSuccession(link.predecessorCode(), link.successorCode(), link.date()));
                created++;
            }
            if (link.predecessorCode().equals(link.successorCode())) {
                continue; // the unit lives on under its own code; the new unit list gives it its new version
            }
            for (AdministrativeUnit open : openVersions(link.predecessorCode(), link.date())) {
                open.closeOn(link.date());
                closed++;
            }
        }
        em.flush();
        return new ImportOutcome(created, 0, closed, links.size() - created, rejected);
    }

    private List<AdministrativeUnit> openVersions(String code, LocalDate date) {
        return em.createQuery("SELECT u FROM AdministrativeUnit u WHERE u.code = :code AND u.validFrom < :date"
                        + " AND (u.validTo IS NULL OR u.validTo > :date)", AdministrativeUnit.class)
                .setParameter("code", code).setParameter("date", date).getResultList();
    }

    private int step(int done, IntConsumer progress) {
        int next = done + 1;
        if (next % BATCH == 0) {
            em.flush();
            progress.accept(next);
        }
        return next;
    }

    private static String key(String from, String to, LocalDate date) {
        return from + ">" + to + "@" + date;
    }

}
