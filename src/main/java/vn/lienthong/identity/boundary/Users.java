package vn.lienthong.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.lienthong.audit.control.AuditLog;
import vn.lienthong.audit.control.AuditLog.Action;
import vn.lienthong.platform.boundary.Dates;
import vn.lienthong.platform.boundary.Page;
import vn.lienthong.directory.boundary.UnitNames;
import vn.lienthong.identity.control.PasswordHasher;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.identity.entity.User;
import vn.lienthong.platform.control.LikePattern;
import vn.lienthong.platform.problem.ProblemException;

/** Account management, for administrators only. */
@ApplicationScoped
@Transactional
public class Users {

    private static final String ENTITY = "User";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    PasswordHasher passwords;

    @Inject
    UnitNames unitNames;

    @Inject
    UserViews views;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UserView> search(String text, String unitCode, int offset, int limit) {
        caller.requireAny(Role.ADMIN);
        String pattern = text == null || text.isBlank() ? null : LikePattern.containing(text.trim().toLowerCase());
        String like = " LIKE :text" + LikePattern.ESCAPE;
        String where = " WHERE (:text IS NULL OR LOWER(u.username)" + like + " OR LOWER(u.displayName)" + like
                + " OR LOWER(u.position)" + like + ")"
                + " AND (:unit IS NULL OR u.unitCode = :unit)";
        var items = em.createQuery("SELECT u FROM User u" + where + " ORDER BY u.username", User.class);
        var count = em.createQuery("SELECT COUNT(u) FROM User u" + where, Long.class);
        for (var query : List.of(items, count)) {
            query.setParameter("text", pattern).setParameter("unit", unitCode);
        }
        return new Page<>(items.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(views::of).toList(), count.getSingleResult());
    }

    public UserView create(UserRequest request) {
        caller.requireAny(Role.ADMIN);
        if (request.username() == null) {
            throw ProblemException.invalid("username", "user.usernameRequired");
        }
        if (request.password() == null) {
            throw ProblemException.invalid("password", "user.passwordRequired");
        }
        requireUnit(request.unitCode());
        if (!em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", request.username())
                .getResultList().isEmpty()) {
            throw ProblemException.conflict("user.exists", request.username());
        }
        User user = new User(request.username(), request.displayName().trim(), request.position(), request.unitCode(),
                request.roles(), passwords.hash(request.password()));
        user.reachableAt(request.email());
        em.persist(user);
        em.flush();
        UserView created = views.of(user);
        audit.record(Action.CREATE, ENTITY, user.getId(), null, created);
        return created;
    }

    public UserView update(long id, UserRequest request) {
        caller.requireAny(Role.ADMIN);
        User user = find(id);
        if (request.version() == null) {
            throw ProblemException.invalid("version", "user.versionRequired");
        }
        if (request.version() != user.getVersion()) {
            throw new OptimisticLockException();
        }
        requireUnit(request.unitCode());
        boolean active = request.active() == null || request.active();
        if (user.getId() == caller.identity().userId() && (!active || !request.roles().contains(Role.ADMIN))) {
            throw ProblemException.conflict("user.keepOwnAdmin");
        }
        UserView before = views.of(user);
        user.update(request.displayName().trim(), request.position(), request.unitCode(), request.roles(), active);
        user.reachableAt(request.email());
        em.flush();
        UserView after = views.of(user);
        audit.record(Action.UPDATE, ENTITY, id, before, after);
        return after;
    }

    public void setPassword(long id, String password) {
        caller.requireAny(Role.ADMIN);
        User user = find(id);
        user.changePassword(passwords.hash(password));
        // every session of the account ends with the old password
        em.createQuery("DELETE FROM AuthToken t WHERE t.user = :user").setParameter("user", user).executeUpdate();
        audit.record(Action.UPDATE, ENTITY, id, null, java.util.Map.of("password", "đã đặt lại"));
    }

    private void requireUnit(String unitCode) {
        if (unitNames.validOn(unitCode, LocalDate.now(Dates.VIETNAM)).isEmpty()) {
            throw ProblemException.invalid("unitCode", "unit.notFound", unitCode);
        }
    }

    private User find(long id) {
        User user = em.find(User.class, id);
        if (user == null) {
            throw ProblemException.notFound("user.notFound", id);
        }
        return user;
    }
}
