package vn.lienthong.audit.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienthong.audit.entity.AuditEntry;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.entity.Role;

@Path("audit")
@Tag(name = "Nhật ký thay đổi")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record Entry(long id, Instant at, String actor, String actorUnit, String action, String entityType,
                        String entityId, JsonValue before, JsonValue after) {
    }

    public record EntryPage(List<Entry> items, long total) {
    }

    @Inject
    Caller caller;

    @PersistenceContext
    EntityManager em;

    @GET
    public EntryPage list(@QueryParam("entityType") @Size(max = 40) String entityType,
                          @QueryParam("entityId") @Size(max = 60) String entityId,
                          @QueryParam("actor") @Size(max = 60) String actor,
                          @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                          @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        caller.requireAny(Role.ADMIN);
        String where = " WHERE (:type IS NULL OR a.entityType = :type) AND (:id IS NULL OR a.entityId = :id)"
                + " AND (:actor IS NULL OR a.actor = :actor)";
        var items = em.createQuery("SELECT a FROM AuditEntry a" + where + " ORDER BY a.id DESC", AuditEntry.class);
        var count = em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + where, Long.class);
        for (var query : List.of(items, count)) {
            query.setParameter("type", blankToNull(entityType)).setParameter("id", blankToNull(entityId))
                    .setParameter("actor", blankToNull(actor));
        }
        List<Entry> page = items.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(a -> new Entry(a.getId(), a.getAt(), a.getActor(), a.getActorUnit(), a.getAction(),
                        a.getEntityType(), a.getEntityId(), json(a.getBeforeJson()), json(a.getAfterJson())))
                .toList();
        return new EntryPage(page, count.getSingleResult());
    }

    private static JsonValue json(String text) {
        if (text == null) {
            return JsonValue.NULL;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
