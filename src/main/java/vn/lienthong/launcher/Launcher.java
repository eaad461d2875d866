package vn.lienthong.launcher;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts the whole system for the run command: the embedded MariaDB when no database is configured,
 * then Payara Micro with the application; Ctrl-C stops both, the database last.
 */
public final class Launcher {

    private static final String DATABASE = "lienthong";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        LaunchSettings settings = LaunchSettings.from(args, System.getenv());
        long started = System.nanoTime();
        EmbeddedDatabase embedded = null;
        Map<String, String> properties = new LinkedHashMap<>();
        if (settings.usesEmbeddedDatabase()) {
            System.out.println("[Liên Thông] Chưa cấu hình DB_URL: khởi động MariaDB nhúng, dữ liệu tại "
                    + settings.dataHome().resolve("mariadb"));
            embedded = EmbeddedDatabase.start(settings.dataHome().resolve("mariadb"));
            try {
                properties.put("db.url", embedded.prepare(DATABASE));
            } catch (RuntimeException e) {
                embedded.close();
                throw e;
            }
            properties.put("db.user", "lienthong");
            // MicroProfile Config treats an empty value as missing; the embedded server ignores it anyway
            properties.put("db.password", "embedded");
            properties.put("lienthong.demo", "true");
        } else {
            System.out.println("[Liên Thông] Dùng cơ sở dữ liệu " + settings.dbUrl());
        }
        PayaraProcess payara = PayaraProcess.start(settings, properties);
        EmbeddedDatabase database = embedded;
        Thread stopper = new Thread(() -> stop(payara, database), "lien-thong-stop");
        Runtime.getRuntime().addShutdownHook(stopper);

        if (!payara.awaitReady(Duration.ofMinutes(5))) {
            System.err.println("[Liên Thông] Ứng dụng không sẵn sàng; xem nhật ký ở trên.");
            System.exit(1);
        }
        Banner.print(settings, database != null, Duration.ofNanos(System.nanoTime() - started));
        int exit = payara.waitFor();
        System.exit(exit);
    }

    private static void stop(PayaraProcess payara, EmbeddedDatabase database) {
        System.out.println("[Liên Thông] Đang dừng...");
        payara.close();
        if (database != null) {
            database.close();
        }
        System.out.println("[Liên Thông] Đã dừng.");
    }
}
