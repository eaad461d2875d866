package vn.lienthong.directory.boundary;

import vn.lienthong.platform.boundary.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.directory.boundary.UnitDetail.Link;
import vn.lienthong.directory.control.NameFolding;
import vn.lienthong.directory.entity.AdministrativeUnit;
import vn.lienthong.directory.entity.UnitSuccession;
import vn.lienthong.platform.control.LikePattern;
import vn.lienthong.platform.problem.ProblemException;

/** Reading the directory as it was on a given date. */
@ApplicationScoped
public class Units {

    private static final String VALID_ON = "u.validFrom <= :at AND (u.validTo IS NULL OR u.validTo > :at)";

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitNames names;

    public Page<UnitView> search(UnitQuery query) {
        StringBuilder where = new StringBuilder(VALID_ON);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("at", query.at());
        if (query.level() != null) {
            where.append(" AND u.level = :level");
            parameters.put("level", query.level());
        }
        if (query.parentCode() != null) {
            where.append(" AND u.parentCode = :parent");
            parameters.put("parent", query.parentCode());
        }
        String folded = NameFolding.fold(query.text());
        if (!folded.isEmpty()) {
            // a code typed into the search box finds the unit too
            where.append(" AND (u.nameFolded LIKE :text" + LikePattern.ESCAPE
                    + " OR u.code LIKE :codePrefix" + LikePattern.ESCAPE + ")");
            parameters.put("text", LikePattern.containing(folded));
            parameters.put("codePrefix", LikePattern.startingWith(folded));
        }
        TypedQuery<AdministrativeUnit> items = em.createQuery(
                "SELECT u FROM AdministrativeUnit u WHERE " + where + " ORDER BY u.level, u.code",
                AdministrativeUnit.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(u) FROM AdministrativeUnit u WHERE " + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<UnitView> page = items.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList()
                .stream().map(UnitView::of).toList();
        // a first page that is not full is the whole result: no second scan to count it
        boolean complete = query.offset() == 0 && page.size() < query.limit();
        return new Page<>(page, complete ? page.size() : count.getSingleResult());
    }

    public UnitDetail detail(String code, LocalDate at) {
        AdministrativeUnit unit = names.versionOn(code, at)
                .or(() -> earliestVersion(code))
                .orElseThrow(() -> ProblemException.notFound("unit.notFound", code));
        LocalDate day = unit.isValidOn(at) ? at : unit.getValidFrom();
        List<Link> path = new ArrayList<>();
        List<String> chain = names.selfAndAncestors(unit.getCode(), day);
        for (int i = chain.size() - 1; i >= 1; i--) {
            path.add(new Link(chain.get(i), names.nameOn(chain.get(i), day), day));
        }
        return UnitDetail.of(UnitView.of(unit), path, predecessors(code), successors(code));
    }

    public Page<UnitView> children(String code, LocalDate at) {
        if (names.versionOn(code, at).or(() -> earliestVersion(code)).isEmpty()) {
            throw ProblemException.notFound("unit.notFound", code);
        }
        return search(new UnitQuery(at, null, code, null, 0, 10_000));
    }

    private List<Link> predecessors(String code) {
        return em.createQuery("SELECT s FROM UnitSuccession s WHERE s.successorCode = :code ORDER BY s.predecessorCode",
                        UnitSuccession.class).setParameter("code", code).getResultList().stream()
                .map(s -> new Link(s.getPredecessorCode(),
                        names.nameOn(s.getPredecessorCode(), s.getEffectiveDate().minusDays(1)), s.getEffectiveDate()))
                .toList();
    }

    private List<Link> successors(String code) {
        return em.createQuery("SELECT s FROM UnitSuccession s WHERE s.predecessorCode = :code ORDER BY s.successorCode",
                        UnitSuccession.class).setParameter("code", code).getResultList().stream()
                .map(s -> new Link(s.getSuccessorCode(), names.nameOn(s.getSuccessorCode(), s.getEffectiveDate()),
                        s.getEffectiveDate()))
                .toList();
    }

    private java.util.Optional<AdministrativeUnit> earliestVersion(String code) {
        return em.createQuery("SELECT u FROM AdministrativeUnit u WHERE u.code = :code ORDER BY u.validFrom",
                        AdministrativeUnit.class).setParameter("code", code).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

}
