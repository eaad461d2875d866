package vn.lienthong.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.lienthong.audit.entity.AuditEntry;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.boundary.CallerIdentity;

/**
 * Writes audit entries inside the caller's transaction. Snapshots are small records made for the purpose
 * (never entities), so nothing secret such as a password hash can end up in the log.
 */
@ApplicationScoped
public class AuditLog {

    /**
     * What was done. Besides the changes of records, the acts of a live meeting each have a name of their own, so
     * that the log reads as what happened in the meeting.
     */
    public enum Action {
        CREATE, UPDATE, DELETE, IMPORT, SIGN_IN,
        START_MEETING, END_MEETING, RAISE_HAND, LOWER_HAND, GRANT_FLOOR, END_FLOOR,
        OPEN_VOTE, CLOSE_VOTE, CAST_BALLOT, ROLL_CALL, CHECK_IN, CHECK_OUT, STOP_PUBLISHER
    }

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Action action, String entityType, Object entityId, Object before, Object after) {
        var who = caller.current();
        record(who.map(CallerIdentity::username).orElse("system"), who.map(CallerIdentity::unitCode).orElse(null),
                action, entityType, entityId, before, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String actorUnit, Action action, String entityType, Object entityId,
                       Object before, Object after) {
        em.persist(new AuditEntry(Instant.now(), actor, actorUnit, action.name(), entityType, String.valueOf(entityId),
                before == null ? null : JSON.toJson(before), after == null ? null : JSON.toJson(after)));
    }
}
