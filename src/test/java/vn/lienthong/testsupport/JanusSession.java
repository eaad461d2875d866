package vn.lienthong.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.lienthong.launcher.EmbeddedDatabase;

/**
 * Starts the media servers for the integration tests that ask for it ({@code it.janus=true}): two Janus with the
 * project's configuration (payara-config/janus), the provincial one and a relay bridge "b1" serving district 943,
 * on free loopback ports and with secrets of this run, stopped when the run ends. The application under test is pointed at it through {@code it.media} (arquillian.xml); the
 * tests reach it through {@code it.janus.*}. When janus is not installed, {@code it.janus.missing} says so and
 * the media tests fail in CI or are skipped on a developer's machine.
 */
public class JanusSession implements LauncherSessionListener {

    private static final Path CONFIG = Path.of("payara-config", "janus");
    private static final List<String> FILES = List.of("janus.jcfg", "janus.transport.http.jcfg",
            "janus.plugin.videoroom.jcfg");

    /** The ICE servers the application is given (only their text is checked: nothing listens there). */
    public static final String STUN = "stun:stun.lienthong.test:3478";
    public static final String TURN = "turn:turn.lienthong.test:3478";

    private final List<Process> started = new ArrayList<>();

    /**
     * For a media test's {@code @BeforeAll}: skips it in the failsafe executions without Janus ({@code -Dit.test}
     * runs a named test in each), and when janus is not installed, or fails then in CI.
     */
    public static void requireJanus() {
        Assumptions.assumeTrue(Boolean.getBoolean("it.janus"), "no media server in this test execution");
        String missing = System.getProperty("it.janus.missing");
        if (missing != null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("The media tests need Janus: " + missing);
        }
        Assumptions.assumeTrue(missing == null, () -> "skipped: " + missing);
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("it.janus")) {
            return;
        }
        Path binary = Path.of(System.getProperty("it.janus.binary", "/usr/bin/janus"));
        if (!Files.isExecutable(binary)) {
            System.setProperty("it.janus.missing", binary + " is not installed: apt-get install -y janus");
            return;
        }
        try {
            start(binary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One Janus started for the run: where browsers and the application reach it, and its secrets. */
    private record Started(String janusUrl, String adminUrl, String adminSecret, String roomAdminKey) {
    }

    private void start(Path binary) throws IOException, InterruptedException {
        Started main = start(binary, "janus-it");
        Started bridge = start(binary, "janus-bridge-it");
        System.setProperty("it.janus.url", main.janusUrl());
        System.setProperty("it.janus.admin-url", main.adminUrl());
        System.setProperty("it.janus.admin-secret", main.adminSecret());
        System.setProperty("it.janus.room-admin-key", main.roomAdminKey());
        System.setProperty("it.bridge.url", bridge.janusUrl());
        System.setProperty("it.bridge.admin-url", bridge.adminUrl());
        System.setProperty("it.bridge.admin-secret", bridge.adminSecret());
        String turnSecret = random();
        String roomSecret = random();
        System.setProperty("it.media.room-secret", roomSecret);
        System.setProperty("it.turn.secret", turnSecret);
        System.setProperty("it.media", "-Dlienthong.media.janus-url=" + main.janusUrl()
                + " -Dlienthong.media.admin-url=" + main.adminUrl()
                + " -Dlienthong.media.admin-secret=" + main.adminSecret()
                + " -Dlienthong.media.room-admin-key=" + main.roomAdminKey()
                + " -Dlienthong.media.room-secret=" + roomSecret
                + " -Dlienthong.media.stun-urls=" + STUN
                + " -Dlienthong.media.turn-urls=" + TURN
                + " -Dlienthong.media.turn-secret=" + turnSecret
                // the bridge serves district 943 and its communes
                + " -Dlienthong.media.bridges=b1"
                + " -Dlienthong.media.bridge.b1.janus-url=" + bridge.janusUrl()
                + " -Dlienthong.media.bridge.b1.admin-url=" + bridge.adminUrl()
                + " -Dlienthong.media.bridge.b1.admin-secret=" + bridge.adminSecret()
                + " -Dlienthong.media.bridge.b1.room-admin-key=" + bridge.roomAdminKey()
                + " -Dlienthong.media.bridge.b1.units=943");
    }

    private Started start(Path binary, String name) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("it.runtime.dir", "target/runtime"), name);
        Files.createDirectories(home);
        int http = EmbeddedDatabase.freePort();
        int admin = EmbeddedDatabase.freePort();
        String adminSecret = random();
        String roomAdminKey = random();
        for (String file : FILES) {
            String text = Files.readString(CONFIG.resolve(file))
                    .replace("port = 18088", "port = " + http)
                    .replace("admin_port = 17088", "admin_port = " + admin)
                    .replace("lienthong-dev-admin-secret", adminSecret)
                    .replace("lienthong-dev-room-admin-key", roomAdminKey);
            Files.writeString(home.resolve(file), text);
        }
        Process janus = new ProcessBuilder(binary.toString(), "-C", home.resolve("janus.jcfg").toString(),
                "-F", home.toString()).redirectErrorStream(true)
                .redirectOutput(home.resolve("janus.log").toFile()).start();
        started.add(janus);
        awaitListening(janus, http, home);
        awaitListening(janus, admin, home);
        return new Started("http://127.0.0.1:" + http + "/janus", "http://127.0.0.1:" + admin + "/admin",
                adminSecret, roomAdminKey);
    }

    private static void awaitListening(Process janus, int port, Path home) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            if (!janus.isAlive()) {
                throw new IllegalStateException("janus stopped at start; see " + home.resolve("janus.log"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("janus does not listen on " + port + "; see " + home.resolve("janus.log"));
    }

    private static String random() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        started.forEach(Process::destroy);
        for (Process janus : started) {
            try {
                if (!janus.waitFor(10, TimeUnit.SECONDS)) {
                    janus.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                janus.destroyForcibly();
            }
        }
    }
}
