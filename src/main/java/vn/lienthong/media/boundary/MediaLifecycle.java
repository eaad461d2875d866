package vn.lienthong.media.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.lienthong.live.boundary.LiveChanged;
import vn.lienthong.live.entity.LivePhase;
import vn.lienthong.media.control.MediaRooms;
import vn.lienthong.media.control.MediaSettings;

/**
 * Keeps Janus in step with the meetings: a meeting's room is created when its readiness check opens (or on the
 * first join, whichever comes first) and destroyed with its tokens when the meeting ends or is cancelled, after
 * the change has committed. A sweep every minute withdraws expired tokens and destroys the rooms of meetings that
 * ended while Janus or the application was away.
 */
@ApplicationScoped
public class MediaLifecycle {

    private static final Logger LOG = Logger.getLogger(MediaLifecycle.class.getName());
    private static final List<LivePhase> OVER = List.of(LivePhase.ENDED, LivePhase.CANCELLED);

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaSettings settings;

    @Inject
    MediaRooms rooms;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    void phaseChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveChanged change) {
        if (!"phase".equals(change.type()) || !settings.configured()) {
            return;
        }
        String phase = Json.createReader(new StringReader(change.data())).readObject().getString("phase", "");
        try {
            if (LivePhase.READINESS.name().equals(phase) || LivePhase.LIVE.name().equals(phase)) {
                rooms.ensure(change.meetingId());
            } else if (LivePhase.ENDED.name().equals(phase) || LivePhase.CANCELLED.name().equals(phase)) {
                rooms.destroy(change.meetingId());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "media room of meeting " + change.meetingId() + " not brought to " + phase
                    + "; the next join or sweep does it", e);
        }
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (settings.configured()) {
            task = scheduler.scheduleWithFixedDelay(this::sweepSafely, 1, 60, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void sweepSafely() {
        try {
            rooms.withdrawExpired(Instant.now());
            List<Long> held = rooms.rooms();
            if (!held.isEmpty()) {
                over(held).forEach(rooms::destroy);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "media sweep failed; the next one tries again", e);
        }
    }

    /** Of the meetings whose rooms Janus holds, those that are over (a read: no transaction needed). */
    private List<Long> over(List<Long> meetingIds) {
        return em.createQuery("SELECT l.meetingId FROM LiveMeeting l WHERE l.meetingId IN :ids AND l.phase IN :over",
                Long.class).setParameter("ids", meetingIds).setParameter("over", OVER).getResultList();
    }
}
