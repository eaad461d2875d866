package vn.lienthong.media.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import vn.lienthong.live.boundary.LiveChanged;
import vn.lienthong.live.entity.LivePhase;
import vn.lienthong.media.control.JanusServer;
import vn.lienthong.media.control.MediaBridges;
import vn.lienthong.media.control.MediaRooms;
import vn.lienthong.media.control.MediaSettings;

/**
 * Keeps Janus in step with the meetings: a meeting's room, on the provincial Janus and on every bridge, is created
 * when its readiness check opens (or on the first join, whichever comes first) and destroyed with its tokens when
 * the meeting ends or is cancelled, after the change has committed; after every change of the floor, the phase or
 * a point the rooms are brought in line with who may publish ({@link MediaGuard}, on another thread). While meetings are running,
 * their rooms are watched every few seconds ({@code lienthong.media.watch-seconds}) for streams that started since;
 * a sweep every minute withdraws expired tokens and destroys the rooms of meetings that ended while Janus or the
 * application was away.
 */
@ApplicationScoped
public class MediaLifecycle {

    private static final Logger LOG = Logger.getLogger(MediaLifecycle.class.getName());
    private static final List<LivePhase> OVER = List.of(LivePhase.ENDED, LivePhase.CANCELLED);
    private static final List<LivePhase> RUNNING = List.of(LivePhase.READINESS, LivePhase.LIVE);
    private static final Set<String> WHO_PUBLISHES = Set.of("phase", "floor", "point");

    @Inject
    MediaSettings settings;

    @Inject
    MediaBridges bridges;

    @Inject
    MediaRooms rooms;

    @Inject
    MediaGuard guard;

    @Inject
    MediaPublishers publishers;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    private final Set<Long> pending = ConcurrentHashMap.newKeySet();

    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveChanged change) {
        if (!WHO_PUBLISHES.contains(change.type()) || !settings.configured()) {
            return;
        }
        long meetingId = change.meetingId();
        try {
            if ("phase".equals(change.type())) {
                String phase = Json.createReader(new StringReader(change.data())).readObject().getString("phase", "");
                if (LivePhase.READINESS.name().equals(phase) || LivePhase.LIVE.name().equals(phase)) {
                    servers().forEach(server -> rooms.ensure(server, meetingId));
                } else if (LivePhase.ENDED.name().equals(phase) || LivePhase.CANCELLED.name().equals(phase)) {
                    servers().forEach(server -> rooms.destroy(server, meetingId));
                    return;
                }
            }
            watchSoon(meetingId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "media rooms of meeting " + meetingId + " not brought in line after a change of "
                    + change.type() + "; the next join, watch or sweep does it", e);
        }
    }

    /**
     * Watches the meeting's rooms on another thread (the change's transaction is over, a new one cannot start in
     * this one), once for any number of changes that come in before it runs.
     */
    private void watchSoon(long meetingId) {
        if (pending.add(meetingId)) {
            try {
                executor.execute(() -> {
                    pending.remove(meetingId);
                    watchSafely(meetingId);
                });
            } catch (RuntimeException refused) {
                pending.remove(meetingId);
                throw refused;
            }
        }
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (settings.configured()) {
            tasks.add(scheduler.scheduleWithFixedDelay(this::sweepSafely, 1, 60, TimeUnit.SECONDS));
            long period = settings.watchPeriod().toMillis();
            tasks.add(scheduler.scheduleWithFixedDelay(this::watchSafely, period, period, TimeUnit.MILLISECONDS));
        }
    }

    @PreDestroy
    void stop() {
        tasks.forEach(task -> task.cancel(false));
    }

    private Stream<JanusServer> servers() {
        return Stream.concat(Stream.of(settings.main()), bridges.all().stream());
    }

    private void watchSafely() {
        try {
            List<Long> held = rooms.rooms(settings.main());
            if (!held.isEmpty()) {
                inPhase(held, RUNNING).forEach(this::watchSafely);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "watch of the media rooms failed; the next one tries again", e);
        }
    }

    private void watchSafely(long meetingId) {
        try {
            guard.watch(meetingId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "watch of the media rooms of meeting " + meetingId + " failed", e);
        }
    }

    private void sweepSafely() {
        servers().forEach(server -> {
            try {
                rooms.withdrawExpired(server, Instant.now());
                List<Long> held = rooms.rooms(server);
                if (!held.isEmpty()) {
                    inPhase(held, OVER).forEach(meetingId -> rooms.destroy(server, meetingId));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "media sweep of " + server.name() + " failed; the next one tries again", e);
            }
        });
    }

    private List<Long> inPhase(List<Long> meetingIds, List<LivePhase> phases) {
        return publishers.inPhase(meetingIds, phases);
    }
}
