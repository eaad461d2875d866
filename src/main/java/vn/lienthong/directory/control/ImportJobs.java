package vn.lienthong.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.lienthong.directory.entity.ImportKind;
import vn.lienthong.directory.entity.ImportOutcome;
import vn.lienthong.directory.entity.UnitImport;

/**
 * The record of each import, kept in its own short transactions so that progress is visible to every
 * instance while the import's own transaction is still open.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportJobs {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    public long open(ImportKind kind, String fileName, String sha256, LocalDate validFrom, ImportScope scope,
                     String startedBy) {
        UnitImport job = new UnitImport(kind, fileName, sha256, validFrom, scope, startedBy);
        em.persist(job);
        em.flush();
        return job.getId();
    }

    public void progress(long id, int total, int processed) {
        em.find(UnitImport.class, id).progress(total, processed);
    }

    public void finish(long id, ImportOutcome outcome, List<CsvProblem> problems) {
        em.find(UnitImport.class, id).finish(outcome, JSON.toJson(problems));
    }

    public void fail(long id, String reason, List<CsvProblem> problems) {
        em.find(UnitImport.class, id).fail(reason, JSON.toJson(problems));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitImport find(long id) {
        return em.find(UnitImport.class, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitImport> latest(int offset, int limit) {
        return em.createQuery("SELECT j FROM UnitImport j ORDER BY j.id DESC", UnitImport.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createQuery("SELECT COUNT(j) FROM UnitImport j", Long.class).getSingleResult();
    }
}
