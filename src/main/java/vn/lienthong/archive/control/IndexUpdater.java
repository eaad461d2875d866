package vn.lienthong.archive.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import vn.lienthong.archive.entity.ArchivedMeeting;

/**
 * Keeps this instance's index in step with the database. Every poll period it applies the {@code archive_change}
 * rows newer than the last one the index holds (re-reading each changed meeting whole), so every instance of a
 * cluster converges on its own. An index that was never built, or was built from another database, is rebuilt;
 * a rebuild fills a new folder while searches and updates go on in the old one, then takes its place and applies
 * what changed meanwhile.
 */
@ApplicationScoped
public class IndexUpdater {

    private static final Logger LOG = Logger.getLogger(IndexUpdater.class.getName());
    private static final int MEETINGS_PER_READ = 200;

    @Inject
    ArchiveIndex index;

    @Inject
    MeetingRecords records;

    @Inject
    ArchiveSettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    private final ChangeFeed feed = new ChangeFeed();
    private final AtomicReference<RebuildProgress> rebuild = new AtomicReference<>(RebuildProgress.NONE);
    private final Object applying = new Object();
    private volatile boolean paused;
    private volatile String databaseOrigin;
    private volatile Timestamp replaySince;
    private volatile String lastFailure;
    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        task = scheduler.scheduleWithFixedDelay(this::tick, settings.pollMillis(), settings.pollMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Stops or resumes applying changes (they wait in the database meanwhile): for maintenance and tests. */
    public void setPaused(boolean paused) {
        this.paused = paused;
    }

    public boolean isPaused() {
        return paused;
    }

    public RebuildProgress rebuildProgress() {
        return rebuild.get();
    }

    public String lastFailure() {
        return lastFailure;
    }

    /** The change rows this instance has not applied yet. */
    public long pendingChanges() {
        try (Connection c = records.connection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM archive_change WHERE id > ?")) {
            s.setLong(1, index.lastChange());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a rebuild from the database unless one is running; false when one was already running. */
    public boolean startRebuild() {
        RebuildProgress current = rebuild.get();
        if (current.running() || !rebuild.compareAndSet(current, RebuildProgress.started(0))) {
            return false;
        }
        executor.submit(this::rebuild);
        return true;
    }

    void tick() {
        try {
            if (!index.isOpen()) {
                index.open();
            }
            try (Connection c = records.connection()) {
                if (databaseOrigin == null) {
                    databaseOrigin = origin(c);
                    if (index.lastChange() >= 0 && index.origin().equals(databaseOrigin)
                            && newestChange(c) >= index.lastChange()) {
                        // the last minutes before a restart: rows that committed late may have been skipped
                        replaySince = new Timestamp(now(c).getTime() - ChangeFeed.HOLE_WAIT_MILLIS);
                    }
                }
                if (index.lastChange() < 0 || !index.origin().equals(databaseOrigin)) {
                    if (!rebuild.get().running()) {
                        LOG.info("archive index empty or of another database: rebuilding");
                        startRebuild();
                    }
                    return;
                }
                if (!paused) {
                    applyPending(c);
                }
            }
            lastFailure = null;
        } catch (SQLException | IOException | RuntimeException e) {
            // the database may still be migrating at start; the next poll tries again
            if (lastFailure == null) {
                LOG.log(Level.WARNING, "archive index update failed, retrying", e);
            }
            lastFailure = String.valueOf(e);
        }
    }

    private void applyPending(Connection c) throws SQLException, IOException {
        synchronized (applying) {
            Timestamp since = replaySince;
            if (since != null) {
                apply(c, feed.writtenSince(c, since, index.lastChange()));
                replaySince = null;
            }
            apply(c, feed.filledHoles(c));
            List<ChangeFeed.Change> changes;
            do {
                changes = feed.after(c, index.lastChange());
                apply(c, changes);
            } while (changes.size() == ChangeFeed.BATCH && !paused);
        }
    }

    private void apply(Connection c, List<ChangeFeed.Change> changes) throws SQLException, IOException {
        if (changes.isEmpty()) {
            return;
        }
        Set<Long> meetings = new LinkedHashSet<>();
        long newest = -1;
        for (ChangeFeed.Change change : changes) {
            meetings.add(change.meetingId());
            newest = Math.max(newest, change.id());
        }
        UnitLineage lineage = records.lineage(c);
        List<Long> ids = new ArrayList<>(meetings);
        for (int from = 0; from < ids.size(); from += MEETINGS_PER_READ) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + MEETINGS_PER_READ));
            List<ArchivedMeeting> found = records.load(c, chunk, lineage);
            List<Document> documents = found.stream().map(m -> ArchiveDocuments.of(m, lineage)).toList();
            Set<Long> deleted = new LinkedHashSet<>(chunk);
            found.forEach(m -> deleted.remove(m.id()));
            boolean last = from + MEETINGS_PER_READ >= ids.size();
            index.apply(documents, deleted, last ? newest : -1);
        }
    }

    private void rebuild() {
        ArchiveIndex.Generation fresh = null;
        try (Connection c = records.connection()) {
            if (!index.isOpen()) {
                index.open();
            }
            String builtFrom = origin(c);
            Timestamp startedAt = now(c);
            long upTo = newestChange(c);
            rebuild.set(RebuildProgress.started(records.meetingCount(c)));
            UnitLineage lineage = records.lineage(c);
            fresh = index.newGeneration();
            long after = 0;
            List<Long> ids;
            while (!(ids = records.idsAfter(c, after, MEETINGS_PER_READ)).isEmpty()) {
                List<Document> documents = records.load(c, ids, lineage).stream()
                        .map(m -> ArchiveDocuments.of(m, lineage)).toList();
                fresh.write(documents, List.of());
                after = ids.get(ids.size() - 1);
                rebuild.set(rebuild.get().advanced(ids.size()));
            }
            synchronized (applying) {
                index.swap(fresh, upTo, builtFrom);
                databaseOrigin = builtFrom;
                // what committed during the rebuild with an id below upTo was perhaps read before it committed
                replaySince = new Timestamp(startedAt.getTime() - ChangeFeed.HOLE_WAIT_MILLIS);
            }
            rebuild.set(rebuild.get().finished());
            LOG.info(() -> "archive index rebuilt: " + rebuild.get().done() + " meetings");
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "archive index rebuild failed", e);
            if (fresh != null) {
                index.discard(fresh);
            }
            rebuild.set(rebuild.get().failed(String.valueOf(e)));
        }
    }

    /** Which database this is: its name and when its change table was created. */
    private static String origin(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT CONCAT(DATABASE(), '@', COALESCE(CREATE_TIME, ''))"
                + " FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'archive_change'");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("archive_change does not exist yet");
            }
            return rs.getString(1);
        }
    }

    private static long newestChange(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM archive_change");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Timestamp now(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT NOW(3)"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getTimestamp(1);
        }
    }
}
