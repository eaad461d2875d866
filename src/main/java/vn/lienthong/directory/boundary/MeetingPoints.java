package vn.lienthong.directory.boundary;

import vn.lienthong.platform.boundary.Dates;
import vn.lienthong.platform.boundary.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.audit.control.AuditLog;
import vn.lienthong.audit.control.AuditLog.Action;
import vn.lienthong.directory.control.NameFolding;
import vn.lienthong.directory.entity.EndpointKind;
import vn.lienthong.directory.entity.MeetingPoint;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.platform.control.LikePattern;
import vn.lienthong.platform.problem.ProblemException;

/**
 * Managing meeting points. Everyone signed in may read them; an administrator may change any, a secretariat
 * only those of its own unit and the units below it. A unit has at most one default point.
 */
@ApplicationScoped
@Transactional
public class MeetingPoints {

    private static final String ENTITY = "MeetingPoint";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    UnitNames unitNames;

    @Inject
    AuditLog audit;

    @Inject
    Event<PointWithdrawal> withdrawal;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PointView> search(String unitCode, String text, EndpointKind kind, int offset, int limit) {
        String where = " WHERE (:unit IS NULL OR p.unitCode = :unit) AND (:kind IS NULL OR p.kind = :kind)"
                + " AND (:text IS NULL OR p.nameFolded LIKE :text" + LikePattern.ESCAPE + ")";
        String folded = NameFolding.fold(text);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("unit", unitCode);
        parameters.put("kind", kind);
        parameters.put("text", folded.isEmpty() ? null : LikePattern.containing(folded));
        var items = em.createQuery("SELECT p FROM MeetingPoint p" + where + " ORDER BY p.unitCode, p.id", MeetingPoint.class);
        var count = em.createQuery("SELECT COUNT(p) FROM MeetingPoint p" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<PointView> page = items.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(this::view).toList();
        return new Page<>(page, count.getSingleResult());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PointView get(long id) {
        return view(find(id));
    }

    public PointView create(PointRequest request) {
        requireManages(request.unitCode());
        MeetingPoint point = new MeetingPoint(request.unitCode(), request.details());
        if (point.isDefault() || !unitHasPoints(request.unitCode())) {
            makeOnlyDefault(point);
        }
        em.persist(point);
        em.flush();
        PointView created = view(point);
        audit.record(Action.CREATE, ENTITY, point.getId(), null, created);
        return created;
    }

    public PointView update(long id, PointRequest request) {
        MeetingPoint point = find(id);
        requireManages(point.getUnitCode());
        requireManages(request.unitCode());
        if (request.version() == null) {
            throw ProblemException.invalid("version", "point.versionRequired");
        }
        if (!request.unitCode().equals(point.getUnitCode())) {
            throw ProblemException.invalid("unitCode", "point.unitFixed");
        }
        if (request.details().isDefault()) {
            // lock the unit's points before this one is written: parallel saves then queue here, whereas a
            // save that first updates its own row and then asks for the others' locks deadlocks with the next
            lockPointsOf(point.getUnitCode());
        }
        if (request.version() != point.getVersion()) {
            throw new OptimisticLockException();
        }
        PointView before = view(point);
        point.describe(request.details());
        if (point.isDefault()) {
            makeOnlyDefault(point);
        }
        em.flush();
        PointView after = view(point);
        audit.record(Action.UPDATE, ENTITY, id, before, after);
        return after;
    }

    public void delete(long id) {
        MeetingPoint point = find(id);
        requireManages(point.getUnitCode());
        PointView before = view(point);
        withdrawal.fire(new PointWithdrawal(id, point.getUnitCode(), point.details().name()));
        em.remove(point);
        audit.record(Action.DELETE, ENTITY, id, before, null);
    }

    private void requireManages(String unitCode) {
        CallerIdentity who = caller.requireAny(Role.ADMIN, Role.SECRETARIAT);
        if (unitNames.versionOn(unitCode, LocalDate.now(Dates.VIETNAM)).isEmpty()) {
            throw ProblemException.invalid("unitCode", "unit.notFound", unitCode);
        }
        if (!who.has(Role.ADMIN)
                && !unitNames.selfAndAncestors(unitCode, LocalDate.now(Dates.VIETNAM)).contains(who.unitCode())) {
            throw ProblemException.forbidden("auth.otherUnit");
        }
    }

    private boolean unitHasPoints(String unitCode) {
        return em.createQuery("SELECT COUNT(p) FROM MeetingPoint p WHERE p.unitCode = :unit", Long.class)
                .setParameter("unit", unitCode).getSingleResult() > 0;
    }

    /** Locks the unit's points so two parallel saves cannot both leave a default point behind. */
    private void makeOnlyDefault(MeetingPoint point) {
        lockPointsOf(point.getUnitCode()).stream()
                .filter(other -> other != point)
                .forEach(MeetingPoint::makeNonDefault);
        point.makeDefault();
    }

    private List<MeetingPoint> lockPointsOf(String unitCode) {
        return em.createQuery("SELECT p FROM MeetingPoint p WHERE p.unitCode = :unit", MeetingPoint.class)
                .setParameter("unit", unitCode)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    private MeetingPoint find(long id) {
        MeetingPoint point = em.find(MeetingPoint.class, id);
        if (point == null) {
            throw ProblemException.notFound("point.notFound", id);
        }
        return point;
    }

    private PointView view(MeetingPoint point) {
        return PointView.of(point, unitNames.nameOn(point.getUnitCode(), LocalDate.now(Dates.VIETNAM)));
    }
}
