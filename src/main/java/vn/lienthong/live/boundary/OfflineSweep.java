package vn.lienthong.live.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.lienthong.live.control.LiveSettings;

/**
 * Every few seconds: browser points silent for longer than {@code lienthong.live.offline-seconds} go offline, the
 * readiness check of followed meetings opens when its time comes, and cancelled meetings leave the wall. Each
 * meeting is handled in a transaction of its own under its row lock, so several instances may sweep at once.
 */
@ApplicationScoped
public class OfflineSweep {

    private static final Logger LOG = Logger.getLogger(OfflineSweep.class.getName());

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
        for (long meetingId : points.due(Instant.now())) {
            try {
                points.sweep(meetingId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "live sweep of meeting " + meetingId + " failed", e);
            }
        }
    }
}
