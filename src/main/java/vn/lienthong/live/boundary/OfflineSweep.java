package vn.lienthong.live.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.lienthong.live.control.LiveSettings;
import vn.lienthong.live.entity.Connection;
import vn.lienthong.live.entity.LivePhase;
import vn.lienthong.scheduling.entity.MeetingStatus;

/**
 * Every few seconds: browser points silent for longer than {@code lienthong.live.offline-seconds} go offline, the
 * readiness check of followed meetings opens when its time comes, and cancelled meetings leave the wall. Each
 * meeting is handled in a transaction of its own under its row lock, so several instances may sweep at once.
 */
@ApplicationScoped
public class OfflineSweep {

    private static final Logger LOG = Logger.getLogger(OfflineSweep.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    LiveSettings settings;

    @Inject
    LivePoints points;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long period = Math.max(1, settings.offlineAfter().toSeconds() / 3);
        task = scheduler.scheduleWithFixedDelay(this::sweepSafely, period, period, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "live sweep failed; the next one tries again", e);
        }
    }

    void sweep() {
        Instant now = Instant.now();
        TreeSet<Long> meetings = new TreeSet<>(em.createQuery("SELECT DISTINCT p.meetingId FROM PointStatus p"
                        + " WHERE p.connection = :online AND p.source = :browser AND p.lastSeen < :cutoff", Long.class)
                .setParameter("online", Connection.ONLINE).setParameter("browser", Connection.Source.BROWSER)
                .setParameter("cutoff", now.minus(settings.offlineAfter())).getResultList());
        meetings.addAll(em.createQuery("SELECT l.meetingId FROM LiveMeeting l, Meeting m WHERE m.id = l.meetingId"
                        + " AND ((l.phase = :scheduled AND m.startsAt <= :horizon)"
                        + " OR (l.phase IN :running AND m.status IN :stopped))", Long.class)
                .setParameter("scheduled", LivePhase.SCHEDULED)
                .setParameter("horizon", now.plus(settings.readinessWindow()))
                .setParameter("running", List.of(LivePhase.SCHEDULED, LivePhase.READINESS, LivePhase.LIVE))
                .setParameter("stopped", List.of(MeetingStatus.CANCELLED, MeetingStatus.REJECTED))
                .setMaxResults(500).getResultList());
        for (long meetingId : meetings) {
            try {
                points.sweep(meetingId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "live sweep of meeting " + meetingId + " failed", e);
            }
        }
    }
}
