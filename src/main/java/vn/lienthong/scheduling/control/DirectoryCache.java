package vn.lienthong.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import vn.lienthong.directory.control.UnitVersion;
import vn.lienthong.directory.entity.AdministrativeUnit;

/**
 * The directory as bookings read it: every version of every unit, indexed once per period between two changes of
 * the directory, and each unit's default meeting point. Without it a national booking reads and indexes some 3,400
 * units and their points on every request.
 *
 * <p>Kept only while the directory stays the same: every use first asks the database for a fingerprint of the
 * units and the points (counts and a checksum of the rows, one query), so an import, a point created, changed or
 * deleted, through this instance, another one or by hand, is seen by the very next booking.
 */
@ApplicationScoped
public class DirectoryCache {

    /** More periods than a directory has in decades; past it the indexes are simply built again. */
    private static final int MAX_PERIODS = 64;

    private static final String FINGERPRINT = "SELECT (SELECT COUNT(*) FROM admin_unit),"
            + " (SELECT COALESCE(SUM(CRC32(CONCAT_WS('|', id, code, name, unit_type, unit_level, parent_code,"
            + " valid_from, valid_to))), 0) FROM admin_unit),"
            + " (SELECT COUNT(*) FROM meeting_point),"
            + " (SELECT COALESCE(SUM(CRC32(CONCAT_WS('|', id, unit_code, is_default))), 0) FROM meeting_point)";

    @PersistenceContext
    EntityManager em;

    private volatile Snapshot snapshot;

    /** The directory as it is now in the database. */
    Snapshot current() {
        String fingerprint = fingerprint();
        Snapshot current = snapshot;
        if (current == null || !current.fingerprint.equals(fingerprint)) {
            // read after the fingerprint: the data is never older than the fingerprint it is kept under
            current = new Snapshot(fingerprint, versions(), points());
            snapshot = current;
        }
        return current;
    }

    private String fingerprint() {
        return Arrays.toString((Object[]) em.createNativeQuery(FINGERPRINT).getSingleResult());
    }

    private List<UnitVersion> versions() {
        return em.createQuery("SELECT u FROM AdministrativeUnit u", AdministrativeUnit.class).getResultList()
                .stream().map(AdministrativeUnit::toVersion).toList();
    }

    private List<Object[]> points() {
        return em.createQuery("SELECT p.id, p.unitCode, p.isDefault FROM MeetingPoint p ORDER BY p.id",
                Object[].class).getResultList();
    }

    /** One state of the directory; shared by concurrent bookings, so nothing in it changes after it is made. */
    static final class Snapshot {

        private final String fingerprint;
        private final List<UnitVersion> versions;
        /** Every day on which some version begins or ends: the directory is the same between two of them. */
        private final NavigableSet<LocalDate> changeDays = new TreeSet<>();
        private final Map<Integer, DirectoryOnDate.Index> indexes = new ConcurrentHashMap<>();
        private final Map<String, Long> defaultPoints = new HashMap<>();
        private final Map<Long, String> unitOfPoint = new HashMap<>();

        /** @param points rows of id, unit code and whether it is marked as the default, by id */
        Snapshot(String fingerprint, List<UnitVersion> versions, List<Object[]> points) {
            this.fingerprint = fingerprint;
            this.versions = versions;
            for (UnitVersion version : versions) {
                changeDays.add(version.validFrom());
                if (version.validTo() != null) {
                    changeDays.add(version.validTo());
                }
            }
            // a unit's default point is the one marked so, else its lowest-numbered one (the rows come by id)
            Map<String, Boolean> defaultMarked = new HashMap<>();
            for (Object[] row : points) {
                Long id = (Long) row[0];
                String unit = (String) row[1];
                boolean marked = Boolean.TRUE.equals(row[2]);
                unitOfPoint.put(id, unit);
                if (!defaultPoints.containsKey(unit) || (marked && !defaultMarked.get(unit))) {
                    defaultPoints.put(unit, id);
                    defaultMarked.put(unit, marked);
                }
            }
        }

        /** Which period of the directory {@code day} falls in: days of the same period see the same units. */
        int period(LocalDate day) {
            return changeDays.headSet(day, true).size();
        }

        /** The directory of {@code day}, over the whole history (for the messages about codes not valid then). */
        DirectoryOnDate on(LocalDate day) {
            if (indexes.size() > MAX_PERIODS) {
                indexes.clear();
            }
            return new DirectoryOnDate(indexes.computeIfAbsent(period(day),
                    period -> new DirectoryOnDate.Index(versions, day)), day);
        }

        /** The unit's default meeting point, or {@code null} when it has none. */
        Long defaultPoint(String unit) {
            return defaultPoints.get(unit);
        }

        /** The unit a meeting point belongs to, or {@code null} for no such point. */
        String unitOf(Long point) {
            return unitOfPoint.get(point);
        }
    }
}
