package vn.lienthong.media.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the media server is and the secrets to drive it (MicroProfile Config, e.g. {@code LIENTHONG_MEDIA_JANUS_URL}).
 * Without {@code lienthong.media.janus-url} video is not configured and every other part of a meeting works; with
 * it, the other settings are required and a missing one stops the application at start. The secrets never leave
 * the server: browsers get only per-join tokens and the room's PIN.
 */
@ApplicationScoped
public class MediaSettings {

    /** Janus's HTTP API as browsers reach it, e.g. {@code https://hop.example/janus}. */
    @Inject
    @ConfigProperty(name = "lienthong.media.janus-url")
    Optional<String> janusUrl;

    /** Janus's Admin API as the application reaches it, e.g. {@code http://127.0.0.1:17088/admin}. */
    @Inject
    @ConfigProperty(name = "lienthong.media.admin-url")
    Optional<String> adminUrl;

    /** {@code admin_secret} of janus.jcfg. */
    @Inject
    @ConfigProperty(name = "lienthong.media.admin-secret")
    Optional<String> adminSecret;

    /** {@code admin_key} of janus.plugin.videoroom.jcfg: only its holder creates rooms. */
    @Inject
    @ConfigProperty(name = "lienthong.media.room-admin-key")
    Optional<String> roomAdminKey;

    /** The key each room's secret and PIN are derived from (at least 16 characters). */
    @Inject
    @ConfigProperty(name = "lienthong.media.room-secret")
    Optional<String> roomSecret;

    /** How long a join's token admits a new Janus session. */
    @Inject
    @ConfigProperty(name = "lienthong.media.token-minutes", defaultValue = "120")
    int tokenMinutes;

    /** How many points may publish in a room at once (the chair, the floor and points being checked). */
    @Inject
    @ConfigProperty(name = "lienthong.media.publishers", defaultValue = "16")
    int publishers;

    @PostConstruct
    void check() {
        if (janusUrl.isEmpty()) {
            return;
        }
        if (adminUrl.isEmpty() || adminSecret.isEmpty() || roomAdminKey.isEmpty() || roomSecret.isEmpty()) {
            throw new IllegalStateException("lienthong.media.janus-url is set: lienthong.media.admin-url, admin-secret,"
                    + " room-admin-key and room-secret are required too");
        }
        if (roomSecret.get().length() < 16 || tokenMinutes < 1 || publishers < 1) {
            throw new IllegalStateException("lienthong.media: room-secret needs at least 16 characters,"
                    + " token-minutes and publishers at least 1");
        }
        URI.create(adminUrl.get());
    }

    public boolean configured() {
        return janusUrl.isPresent();
    }

    public String janusUrl() {
        return janusUrl.orElseThrow();
    }

    public URI adminUrl() {
        return URI.create(adminUrl.orElseThrow());
    }

    public String adminSecret() {
        return adminSecret.orElseThrow();
    }

    public String roomAdminKey() {
        return roomAdminKey.orElseThrow();
    }

    public String roomSecret() {
        return roomSecret.orElseThrow();
    }

    public Duration tokenLifetime() {
        return Duration.ofMinutes(tokenMinutes);
    }

    public int publishers() {
        return publishers;
    }
}
