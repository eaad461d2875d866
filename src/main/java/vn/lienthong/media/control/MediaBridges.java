package vn.lienthong.media.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The relay bridges of the cascade ({@code lienthong.media.bridges=north,south}), each a Janus of its own near
 * the points it serves: {@code lienthong.media.bridge.<name>.janus-url}, {@code .admin-url}, {@code .admin-secret},
 * {@code .room-admin-key}, {@code .units} (codes; a district's code covers its communes) and optionally
 * {@code .rtp-host} (where the provincial Janus sends RTP to it, by default the host of its admin URL). From the
 * environment as well, e.g. {@code LIENTHONG_MEDIA_BRIDGE_NORTH_JANUS_URL}. A bad or incomplete bridge stops the
 * application at start.
 */
@ApplicationScoped
public class MediaBridges {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]{1,20}");

    @Inject
    @ConfigProperty(name = "lienthong.media.bridges")
    Optional<String> names;

    @Inject
    Config config;

    @Inject
    MediaSettings settings;

    private List<JanusServer> bridges = List.of();

    @PostConstruct
    void read() {
        List<String> given = MediaSettings.list(names);
        if (!given.isEmpty() && !settings.configured()) {
            throw new IllegalStateException("lienthong.media.bridges needs lienthong.media.janus-url");
        }
        bridges = given.stream().map(this::bridge).toList();
    }

    private JanusServer bridge(String name) {
        if (!NAME.matcher(name).matches() || JanusServer.MAIN.equals(name)) {
            throw new IllegalStateException("lienthong.media.bridges: '" + name
                    + "' is not a bridge name (small letters and digits, not 'main')");
        }
        URI admin = URI.create(required(name, "admin-url"));
        List<String> units = MediaSettings.list(Optional.of(required(name, "units")));
        return new JanusServer(name, required(name, "janus-url"), admin, required(name, "admin-secret"),
                required(name, "room-admin-key"), setting(name, "rtp-host").orElse(admin.getHost()), units);
    }

    private String required(String name, String key) {
        return setting(name, key).filter(v -> !v.isBlank()).orElseThrow(() -> new IllegalStateException(
                "lienthong.media.bridge." + name + "." + key + " is required for bridge " + name));
    }

    private Optional<String> setting(String name, String key) {
        return config.getOptionalValue("lienthong.media.bridge." + name + "." + key, String.class);
    }

    public List<JanusServer> all() {
        return bridges;
    }

    /** The bridge that serves a unit, if any (the first listed that names it or its parent). */
    public Optional<JanusServer> serving(String unitCode, String parentCode) {
        return bridges.stream().filter(b -> b.serves(unitCode, parentCode)).findFirst();
    }
}
