package vn.lienthong.live.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The live meeting's settings (MicroProfile Config, e.g. {@code LIENTHONG_LIVE_READINESS_MINUTES}): wrong values
 * stop the application at start.
 */
@ApplicationScoped
public class LiveSettings {

    /** How long before the start the readiness check opens, and from when the meeting may be started. */
    @Inject
    @ConfigProperty(name = "lienthong.live.readiness-minutes", defaultValue = "60")
    long readinessMinutes;

    /** After how many seconds without a heartbeat a browser point is offline. */
    @Inject
    @ConfigProperty(name = "lienthong.live.offline-seconds", defaultValue = "15")
    int offlineSeconds;

    /** How many missed events a reconnecting client is sent at most; further behind, it gets a snapshot. */
    @Inject
    @ConfigProperty(name = "lienthong.live.replay-limit", defaultValue = "500")
    int replayLimit;

    /** How many messages may wait for one slow socket before it is dropped and told to resync. */
    @Inject
    @ConfigProperty(name = "lienthong.live.send-queue", defaultValue = "256")
    int sendQueue;

    /** Whether this instance shares live changes with the other instances of its Payara Micro cluster. */
    @Inject
    @ConfigProperty(name = "lienthong.live.cluster", defaultValue = "false")
    boolean clustered;

    @PostConstruct
    void check() {
        if (readinessMinutes < 0 || offlineSeconds < 1 || replayLimit < 1 || sendQueue < 1) {
            throw new IllegalStateException("lienthong.live: readiness-minutes must be >= 0, offline-seconds,"
                    + " replay-limit and send-queue >= 1");
        }
    }

    public Duration readinessWindow() {
        return Duration.ofMinutes(readinessMinutes);
    }

    public Duration offlineAfter() {
        return Duration.ofSeconds(offlineSeconds);
    }

    public int replayLimit() {
        return replayLimit;
    }

    public int sendQueue() {
        return sendQueue;
    }

    public boolean clustered() {
        return clustered;
    }
}
