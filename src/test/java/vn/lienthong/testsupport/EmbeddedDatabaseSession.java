package vn.lienthong.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.lienthong.launcher.EmbeddedDatabase;

/**
 * Gives the integration tests a real MariaDB: a fresh embedded server for the test run, or the server that
 * {@code IT_DB_URL} (with {@code IT_DB_USER}, {@code IT_DB_PASSWORD}) names. Unit tests (no {@code it.db.name})
 * start nothing.
 */
public class EmbeddedDatabaseSession implements LauncherSessionListener {

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String name = System.getProperty("it.db.name");
        if (name == null) {
            return;
        }
        String external = System.getenv("IT_DB_URL");
        if (external != null && !external.isBlank()) {
            System.setProperty("it.db.url", external);
            System.setProperty("it.db.user", System.getenv().getOrDefault("IT_DB_USER", "root"));
            System.setProperty("it.db.password", System.getenv().getOrDefault("IT_DB_PASSWORD", "none"));
            return;
        }
        Path home = Path.of(System.getProperty("it.runtime.dir", "target/runtime"), "it-mariadb-" + name);
        deleteRecursively(home.resolve("data"));
        database = EmbeddedDatabase.start(home);
        System.setProperty("it.db.url", database.prepare(name));
        System.setProperty("it.db.user", "lienthong");
        System.setProperty("it.db.password", "embedded");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
