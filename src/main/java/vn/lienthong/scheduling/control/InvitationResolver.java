package vn.lienthong.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import vn.lienthong.directory.control.UnitVersion;
import vn.lienthong.directory.entity.AdministrativeUnit;
import vn.lienthong.scheduling.entity.Invitee;

/**
 * Resolves a booking's invitation against the directory of the meeting dates and gives each invited unit its
 * meeting point: the default point of the unit, and for the host the point the request names or else its default.
 * The directory versions valid during the booking are read with one query; a series is resolved once per state of
 * the directory it spans (once, unless a new list takes effect between two of its meetings).
 */
@ApplicationScoped
public class InvitationResolver {

    private static final int IN_LIST_CHUNK = 2_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    SchedulingSettings settings;

    /**
     * @param days        the day of each occurrence in Vietnam, in occurrence order
     * @param hostPointId the host's point as requested, or {@code null} for its default point
     * @throws InvalidInvitation with every problem found
     */
    public ResolvedInvitation resolve(String hostCode, Long hostPointId, InviteSpec invite, List<LocalDate> days) {
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        List<UnitVersion> directory = versions(first, last);
        NavigableSet<LocalDate> changes = changeDays(directory, first, last);
        Map<Integer, List<InvitedUnit>> resolvedByState = new HashMap<>();
        List<List<InvitedUnit>> units = new ArrayList<>();
        for (LocalDate day : days) {
            int state = changes.headSet(day, true).size();
            List<InvitedUnit> resolved = resolvedByState.get(state);
            if (resolved == null) {
                resolved = resolveOn(directory, day, hostCode, invite);
                resolvedByState.put(state, resolved);
            }
            units.add(resolved);
        }
        Set<String> codes = new LinkedHashSet<>();
        units.forEach(list -> list.forEach(unit -> codes.add(unit.code())));
        Points points = points(codes);
        long hostPoint = hostPoint(points, hostCode, hostPointId);
        List<List<Invitee>> perOccurrence = new ArrayList<>();
        Set<String> withoutPoint = new LinkedHashSet<>();
        for (List<InvitedUnit> list : units) {
            List<Invitee> invitees = new ArrayList<>(list.size());
            for (InvitedUnit unit : list) {
                Long point = unit.code().equals(hostCode) ? Long.valueOf(hostPoint) : points.defaults.get(unit.code());
                if (point == null) {
                    withoutPoint.add(unit.code());
                }
                invitees.add(new Invitee(unit.code(), unit.name(), unit.level(), unit.parentCode(), point));
            }
            perOccurrence.add(invitees);
        }
        return new ResolvedInvitation(perOccurrence, hostPoint, List.copyOf(withoutPoint));
    }

    private List<InvitedUnit> resolveOn(List<UnitVersion> directory, LocalDate day, String hostCode,
            InviteSpec invite) {
        TierResolution resolution = settings.tierResolver().resolve(directory, day, hostCode, invite);
        if (resolution.hasProblems()) {
            // the versions of the booking's days cannot tell when an unknown code was valid: ask the whole history
            throw new InvalidInvitation(settings.tierResolver().resolve(versions(null, null), day, hostCode, invite)
                    .problems());
        }
        return resolution.units();
    }

    /** The versions valid on some day from {@code first} to {@code last}; every version when both are null. */
    private List<UnitVersion> versions(LocalDate first, LocalDate last) {
        var query = first == null
                ? em.createQuery("SELECT u FROM AdministrativeUnit u", AdministrativeUnit.class)
                : em.createQuery("SELECT u FROM AdministrativeUnit u WHERE u.validFrom <= :last"
                                + " AND (u.validTo IS NULL OR u.validTo > :first)", AdministrativeUnit.class)
                        .setParameter("first", first).setParameter("last", last);
        return query.getResultList().stream().map(AdministrativeUnit::toVersion).toList();
    }

    /** The days after {@code first} up to {@code last} on which some version begins or ends. */
    private static NavigableSet<LocalDate> changeDays(Collection<UnitVersion> versions, LocalDate first,
            LocalDate last) {
        NavigableSet<LocalDate> days = new TreeSet<>();
        for (UnitVersion version : versions) {
            for (LocalDate day : new LocalDate[] {version.validFrom(), version.validTo()}) {
                if (day != null && day.isAfter(first) && !day.isAfter(last)) {
                    days.add(day);
                }
            }
        }
        return days;
    }

    private record Points(Map<String, Long> defaults, Map<Long, String> unitOf) {
    }

    /** Each unit's default point (its lowest-numbered one if none is marked), and the unit of every point. */
    private Points points(Collection<String> codes) {
        Map<String, Long> defaults = new HashMap<>();
        Map<String, Boolean> defaultMarked = new HashMap<>();
        Map<Long, String> unitOf = new HashMap<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += IN_LIST_CHUNK) {
            List<Object[]> rows = em.createQuery("SELECT p.id, p.unitCode, p.isDefault FROM MeetingPoint p"
                            + " WHERE p.unitCode IN :codes ORDER BY p.id", Object[].class)
                    .setParameter("codes", all.subList(from, Math.min(all.size(), from + IN_LIST_CHUNK)))
                    .getResultList();
            for (Object[] row : rows) {
                Long id = (Long) row[0];
                String unit = (String) row[1];
                boolean marked = Boolean.TRUE.equals(row[2]);
                unitOf.put(id, unit);
                if (!defaults.containsKey(unit) || (marked && !defaultMarked.get(unit))) {
                    defaults.put(unit, id);
                    defaultMarked.put(unit, marked);
                }
            }
        }
        return new Points(defaults, unitOf);
    }

    private static long hostPoint(Points points, String hostCode, Long requested) {
        if (requested != null) {
            if (!hostCode.equals(points.unitOf.get(requested))) {
                throw new InvalidInvitation(List.of(new ResolutionProblem("hostPoint", hostCode, "Điểm cầu số "
                        + requested + " không phải là điểm cầu của đơn vị chủ trì (mã " + hostCode + ").")));
            }
            return requested;
        }
        Long point = points.defaults.get(hostCode);
        if (point == null) {
            throw new InvalidInvitation(List.of(new ResolutionProblem("hostPoint", hostCode,
                    "Đơn vị chủ trì (mã " + hostCode + ") chưa có điểm cầu nào; hãy khai báo điểm cầu trước khi"
                            + " đặt lịch họp.")));
        }
        return point;
    }
}
