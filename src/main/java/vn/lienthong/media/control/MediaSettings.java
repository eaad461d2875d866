package vn.lienthong.media.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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

    /** STUN servers for the browsers, e.g. {@code stun:turn.hop.example:3478}. */
    @Inject
    @ConfigProperty(name = "lienthong.media.stun-urls")
    Optional<String> stunUrls;

    /** TURN servers for the browsers, e.g. {@code turn:turn.hop.example:3478?transport=udp,turns:turn.hop.example:443}. */
    @Inject
    @ConfigProperty(name = "lienthong.media.turn-urls")
    Optional<String> turnUrls;

    /** {@code static-auth-secret} of coturn: each join gets TURN credentials of its own, made from it. */
    @Inject
    @ConfigProperty(name = "lienthong.media.turn-secret")
    Optional<String> turnSecret;

    /** How often the rooms of live meetings are brought in line with who may publish and with the bridges. */
    @Inject
    @ConfigProperty(name = "lienthong.media.watch-seconds", defaultValue = "5")
    int watchSeconds;

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
        if (turnUrls.isPresent() != turnSecret.isPresent() || watchSeconds < 1) {
            throw new IllegalStateException("lienthong.media: turn-urls and turn-secret go together,"
                    + " watch-seconds is at least 1");
        }
    }

    /** The provincial Janus, where every point publishes. */
    public JanusServer main() {
        return new JanusServer(JanusServer.MAIN, janusUrl(), adminUrl(), adminSecret(), roomAdminKey(), null,
                List.of());
    }

    public List<String> stunUrls() {
        return list(stunUrls);
    }

    public List<String> turnUrls() {
        return list(turnUrls);
    }

    /** A comma-separated setting as a list (Payara injects no {@code Optional<List<String>>}). */
    static List<String> list(Optional<String> setting) {
        return setting.stream().flatMap(v -> Stream.of(v.split(","))).map(String::strip).filter(v -> !v.isEmpty())
                .toList();
    }

    public Optional<String> turnSecret() {
        return turnSecret;
    }

    public Duration watchPeriod() {
        return Duration.ofSeconds(watchSeconds);
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
