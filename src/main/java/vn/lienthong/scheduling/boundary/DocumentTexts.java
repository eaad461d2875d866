package vn.lienthong.scheduling.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.platform.control.Migrations;
import vn.lienthong.scheduling.control.PdfText;
import vn.lienthong.scheduling.entity.MeetingDocument;
import vn.lienthong.scheduling.entity.TextStatus;

/**
 * Reads the text of uploaded PDFs for the archive search, after their upload commits, one document at a time on a
 * managed thread, so an upload never waits for it and two cores are not taken by it. Bounded by
 * {@code lienthong.documents.text-max-mb} of text (default 2) and {@code lienthong.documents.text-seconds} per
 * document (default 60). Documents left {@code PENDING} by a stop are read again by {@link #readPending()}.
 */
@ApplicationScoped
public class DocumentTexts {

    private static final Logger LOG = Logger.getLogger(DocumentTexts.class.getName());

    @Inject
    Rows rows;

    @Inject
    @ConfigProperty(name = "lienthong.documents.text-max-mb", defaultValue = "2")
    int maxMegabytes;

    @Inject
    @ConfigProperty(name = "lienthong.documents.text-seconds", defaultValue = "60")
    int seconds;

    @Inject
    Migrations migrations;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Queue<Long> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentStored stored) {
        queue.add(stored.documentId());
        drainSoon();
    }

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        scheduler.schedule(this::readPendingOnceMigrated, 5, TimeUnit.SECONDS);
    }

    /** Queues every document still waiting for its text, e.g. after the server stopped while reading one. */
    public void readPending() {
        queue.addAll(rows.pending());
        drainSoon();
    }

    private void readPendingOnceMigrated() {
        if (!migrations.isDone()) {
            scheduler.schedule(this::readPendingOnceMigrated, 5, TimeUnit.SECONDS);
            return;
        }
        try {
            readPending();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Documents waiting for their text not queued: {0}", String.valueOf(e));
        }
    }

    private void drainSoon() {
        if (running.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            for (Long id = queue.poll(); id != null; id = queue.poll()) {
                read(id);
            }
        } finally {
            running.set(false);
        }
        if (!queue.isEmpty()) {
            drainSoon();
        }
    }

    private void read(long id) {
        try {
            byte[] pdf = rows.bytesIfPending(id);
            if (pdf != null) {
                PdfText.Result result = PdfText.read(pdf, maxMegabytes * 1024 * 1024, Duration.ofSeconds(seconds));
                if (result.truncated()) {
                    LOG.log(Level.INFO, "Text of document {0} cut at a size, page or time bound", id);
                }
                rows.record(id, result.status(), result.text());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Text of document " + id + " not read", e);
            try {
                rows.record(id, TextStatus.FAILED, null);
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Text status of document {0} not recorded: {1}", new Object[] {id, again});
            }
        }
    }

    /** The document rows the reading needs, each access in a transaction of its own. */
    @ApplicationScoped
    @Transactional
    public static class Rows {

        @PersistenceContext
        EntityManager em;

        public List<Long> pending() {
            return em.createQuery("SELECT d.id FROM MeetingDocument d WHERE d.textStatus = :pending ORDER BY d.id",
                    Long.class).setParameter("pending", TextStatus.PENDING).getResultList();
        }

        /** The bytes of the document if its text is still to be read; {@code null} otherwise (or when deleted). */
        public byte[] bytesIfPending(long id) {
            MeetingDocument document = em.find(MeetingDocument.class, id);
            if (document == null || document.getTextStatus() != TextStatus.PENDING) {
                return null;
            }
            byte[] all = new byte[Math.toIntExact(document.getSize())];
            int at = 0;
            for (Object chunk : em.createNativeQuery("SELECT data FROM meeting_document_chunk WHERE document_id = ?1"
                    + " ORDER BY seq").setParameter(1, id).getResultList()) {
                byte[] bytes = (byte[]) chunk;
                System.arraycopy(bytes, 0, all, at, bytes.length);
                at += bytes.length;
            }
            return all;
        }

        public void record(long id, TextStatus status, String text) {
            MeetingDocument document = em.find(MeetingDocument.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (document != null) {
                document.textRead(status, text);
            }
        }
    }
}
