package vn.lienthong.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.lienthong.launcher.EmbeddedDatabase;

/**
 * Starts the media server for the integration tests that ask for it ({@code it.janus=true}): Janus with the
 * project's configuration (payara-config/janus), on free loopback ports and with secrets of this run, stopped
 * when the run ends. The application under test is pointed at it through {@code it.media} (arquillian.xml); the
 * tests reach it through {@code it.janus.*}. When janus is not installed, {@code it.janus.missing} says so and
 * the media tests fail in CI or are skipped on a developer's machine.
 */
public class JanusSession implements LauncherSessionListener {

    private static final Path CONFIG = Path.of("payara-config", "janus");
    private static final List<String> FILES = List.of("janus.jcfg", "janus.transport.http.jcfg",
            "janus.plugin.videoroom.jcfg");

    private Process janus;

    /**
     * For a media test's {@code @BeforeAll}: goes on only where this run started Janus. {@code -Dit.test} runs a named
     * test in every failsafe execution and only one of them starts Janus (pom.xml): the others skip it. Without janus
     * installed, the test fails in CI and is skipped on a developer's machine.
     */
    public static void requireRunning() {
        Assumptions.assumeTrue(Boolean.getBoolean("it.janus"), "no media server in this test execution");
        String missing = System.getProperty("it.janus.missing");
        if (missing != null && "true".equals(System.getenv("CI"))) {
            Assertions.fail("The media tests need Janus: " + missing);
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

    private void start(Path binary) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("it.runtime.dir", "target/runtime"), "janus-it");
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
        janus = new ProcessBuilder(binary.toString(), "-C", home.resolve("janus.jcfg").toString(),
                "-F", home.toString()).redirectErrorStream(true)
                .redirectOutput(home.resolve("janus.log").toFile()).start();
        awaitListening(http, home);
        awaitListening(admin, home);
        String janusUrl = "http://127.0.0.1:" + http + "/janus";
        String adminUrl = "http://127.0.0.1:" + admin + "/admin";
        System.setProperty("it.janus.url", janusUrl);
        System.setProperty("it.janus.admin-url", adminUrl);
        System.setProperty("it.janus.admin-secret", adminSecret);
        System.setProperty("it.janus.room-admin-key", roomAdminKey);
        System.setProperty("it.media", "-Dlienthong.media.janus-url=" + janusUrl
                + " -Dlienthong.media.admin-url=" + adminUrl
                + " -Dlienthong.media.admin-secret=" + adminSecret
                + " -Dlienthong.media.room-admin-key=" + roomAdminKey
                + " -Dlienthong.media.room-secret=" + random());
    }

    private void awaitListening(int port, Path home) throws InterruptedException {
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
        if (janus == null) {
            return;
        }
        janus.destroy();
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
