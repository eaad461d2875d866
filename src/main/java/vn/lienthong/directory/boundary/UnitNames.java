package vn.lienthong.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.lienthong.directory.entity.AdministrativeUnit;

/** Looks up the version of a unit valid on a date, for features that show unit names. */
@ApplicationScoped
public class UnitNames {

    @PersistenceContext
    EntityManager em;

    /** The version valid on {@code day}, or else the last one before it (a unit that has since been merged). */
    public Optional<AdministrativeUnit> versionOn(String code, LocalDate day) {
        List<AdministrativeUnit> versions = em.createQuery(
                        "SELECT u FROM AdministrativeUnit u WHERE u.code = :code AND u.validFrom <= :day"
                                + " ORDER BY u.validFrom DESC", AdministrativeUnit.class)
                .setParameter("code", code).setParameter("day", day).setMaxResults(1).getResultList();
        return versions.stream().findFirst();
    }

    /** Only a version actually valid on {@code day}. */
    public Optional<AdministrativeUnit> validOn(String code, LocalDate day) {
        return versionOn(code, day).filter(u -> u.isValidOn(day));
    }

    public String nameOn(String code, LocalDate day) {
        return versionOn(code, day).map(AdministrativeUnit::getName).orElse(code);
    }

    /** {@code code} itself and the units above it on {@code day}, nearest first. */
    public List<String> selfAndAncestors(String code, LocalDate day) {
        var chain = new java.util.ArrayList<String>();
        String current = code;
        while (current != null && chain.size() < 5 && !chain.contains(current)) {
            chain.add(current);
            current = versionOn(current, day).map(AdministrativeUnit::getParentCode).orElse(null);
        }
        return chain;
    }
}
