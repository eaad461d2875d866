import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The control-room wall with a national meeting, against a running system that has the national 2-level list
 * imported (bench/wall.sh):
 * <ol>
 * <li>gives every unit a default meeting point and moves {@code thuky} to Cần Thơ as {@link SchedulingBench} does,
 * books a Cần Thơ meeting inviting every commune of the country, submits it, and lets 97 % of the units confirm
 * (in SQL: the roll call then expects them);</li>
 * <li>opens the wall ({@code #/meetings/{id}/wall}) as {@code thuky} in a headless Chromium at 1366x768 and takes
 * the time from the change of address to the frame in which every tile is in the page;</li>
 * <li>fires a burst of status changes through the REST API from 4 clients (each point's connection as its
 * integration reports it, and technicians' readiness reports, READY or PROBLEM), and records in the page every
 * frame's distance to the previous one and the long tasks (over 50 ms); then the time from the last answer of the
 * API to the frame in which the wall shows the last event's number;</li>
 * <li>reads the page's JavaScript heap, and takes screenshots at 1366x768 and 390x844.</li>
 * </ol>
 * Usage: WallBench BASE_URL JDBC_URL CHROMIUM [changes] [screenshot-dir]
 */
public class WallBench {

    static final LocalDate DAY = LocalDate.of(2032, 3, 2);
    static final int CLIENTS = 4;

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/+$", "");
        String jdbc = args[1];
        String chromiumBinary = args[2];
        int changes = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        Path shots = Path.of(args.length > 4 ? args[4] : "target/bench");
        Files.createDirectories(shots);

        List<String> provinces;
        try (Connection db = DriverManager.getConnection(jdbc, "root", "")) {
            provinces = SchedulingBench.seedPoints(db);
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("UPDATE app_user SET unit_code = '" + SchedulingBench.HOST
                        + "' WHERE username = 'thuky'");
            }
        }
        String token = SchedulingBench.login(base, "thuky");
        String booked = SchedulingBench.send(SchedulingBench.post(base + "/api/meetings", token,
                SchedulingBench.national(provinces, DAY, "Hội nghị trực tuyến toàn quốc " + DAY)));
        long id = Long.parseLong(SchedulingBench.number(booked, "id"));
        SchedulingBench.send(SchedulingBench.post(base + "/api/meetings/" + id + "/submit", token, "{}"));
        try (Connection db = DriverManager.getConnection(jdbc, "root", "");
             Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE invitation SET rsvp = 'ATTENDING', answered_by = 'bench', answered_at = NOW()"
                    + " WHERE meeting_id = " + id + " AND MOD(CRC32(unit_code), 100) < 97");
        }
        long fetch = System.nanoTime();
        String snapshot = get(base + "/api/meetings/" + id + "/live", token);
        double fetchMs = SchedulingBench.millis(fetch);
        List<long[]> points = new ArrayList<>(); // [pointId]
        Matcher point = Pattern.compile("\"pointId\":(\\d+)").matcher(snapshot);
        while (point.find()) {
            points.add(new long[] {Long.parseLong(point.group(1))});
        }
        System.out.printf(Locale.ROOT, "meeting %d: %d invited points; GET /live (snapshot) %,d bytes in %.0f ms%n", id,
                points.size(), snapshot.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, fetchMs);

        try (Chromium browser = Chromium.start(chromiumBinary, 9339, 1366, 768)) {
            browser.beforeEveryPage(Files.readString(Path.of("bench/wall-probe.js")));
            browser.navigate(base + "/#/login");
            browser.await("document.getElementById('login-username')", Duration.ofSeconds(30));
            browser.evaluate("(() => { document.getElementById('login-username').value = 'thuky';"
                    + " document.getElementById('login-password').value = 'demo123';"
                    + " document.getElementById('login-submit').click(); return true; })()");
            browser.await("document.getElementById('current-user')", Duration.ofSeconds(30));
            browser.evaluate("(() => { wallProbe.navigatedAt = performance.now(); location.hash = '#/meetings/" + id
                    + "/wall'; return true; })()");
            browser.await("wallProbe.renderedAt", Duration.ofSeconds(120));
            double firstRender = Double.parseDouble(browser.evaluate("wallProbe.renderedAt - wallProbe.navigatedAt"));
            int tiles = Integer.parseInt(browser.evaluate("document.querySelectorAll('#wall .tile').length"));
            Thread.sleep(2000);
            String heapAfterRender = browser.evaluate("performance.memory.usedJSHeapSize");
            System.out.printf(Locale.ROOT, "first render: %d tiles in %.0f ms from the change of address (module load,"
                    + " socket, snapshot, tiles); JS heap %s MB%n", tiles, firstRender, mb(heapAfterRender));
            browser.screenshot(shots.resolve("wall-national-1366x768.png"));

            // the burst
            long seqBefore = Long.parseLong(SchedulingBench.number(get(base + "/api/meetings/" + id + "/live", token),
                    "seq"));
            browser.evaluate("wallProbe.mark()");
            String integration = token;
            AtomicInteger next = new AtomicInteger();
            double[] latency = new double[changes];
            long[] lastAnswer = new long[1];
            long burst = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                work.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < changes; i = next.getAndIncrement()) {
                        long pointId = points.get((i * 7919) % points.size())[0];
                        long start = System.nanoTime();
                        put(base + "/api/meetings/" + id + "/points/" + pointId + change(i), integration, body(i));
                        latency[i] = SchedulingBench.millis(start);
                        synchronized (lastAnswer) {
                            lastAnswer[0] = Math.max(lastAnswer[0], System.currentTimeMillis());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            double burstSeconds = SchedulingBench.seconds(burst);
            long seq = Long.parseLong(SchedulingBench.number(get(base + "/api/meetings/" + id + "/live", token), "seq"));
            browser.evaluate("(() => { wallProbe.targetSeq = " + seq + "; return true; })()");
            browser.await("wallProbe.seqShownAt", Duration.ofSeconds(120));
            long shownAt = Long.parseLong(browser.evaluate("wallProbe.seqShownAt"));
            Arrays.sort(latency);
            System.out.printf(Locale.ROOT, "burst: %d changes (connection ONLINE/OFFLINE and readiness READY/PROBLEM) from"
                            + " %d clients in %.1f s (%.0f/s), API p50 %.0f ms, p95 %.0f ms%n", changes, CLIENTS,
                    burstSeconds, changes / burstSeconds, SchedulingBench.pct(latency, 50),
                    SchedulingBench.pct(latency, 95));
            System.out.printf(Locale.ROOT, "%d events pushed (a connection that did not change is none); the last"
                    + " on the wall %d ms after the API's last answer%n", seq - seqBefore, shownAt - lastAnswer[0]);
            report(browser);
            System.out.printf(Locale.ROOT, "JS heap after the burst: %s MB%n",
                    mb(browser.evaluate("performance.memory.usedJSHeapSize")));
            browser.screenshot(shots.resolve("wall-national-after-burst-1366x768.png"));
            browser.evaluate("(() => { document.querySelector('[data-filter=problems]').click(); return true; })()");
            Thread.sleep(500);
            browser.screenshot(shots.resolve("wall-national-problems-1366x768.png"));
            browser.viewport(390, 844, true);
            browser.evaluate("(() => { document.querySelector('[data-filter=all]').click(); return true; })()");
            Thread.sleep(1000);
            browser.screenshot(shots.resolve("wall-national-390x844.png"));
        }
    }

    /** Even changes report a connection, odd ones a readiness check; one in five of these is a problem. */
    static String change(int i) {
        return i % 2 == 0 ? "/connection" : "/readiness";
    }

    static String body(int i) {
        if (i % 2 == 0) {
            return "{\"status\":\"" + (i % 6 == 4 ? "OFFLINE" : "ONLINE") + "\"}";
        }
        return i % 5 == 0 ? "{\"status\":\"PROBLEM\",\"checks\":{\"camera\":true,\"microphone\":false},"
                + "\"note\":\"Mất tiếng micro (lần " + i + ")\"}"
                : "{\"status\":\"READY\",\"checks\":{\"camera\":true,\"microphone\":true}}";
    }

    /** Frame distances and long tasks recorded in the page since the burst began. */
    static void report(Chromium browser) throws Exception {
        double[] frames = numbers(browser.evaluate("wallProbe.frames.map((f) => f[1])"));
        double[] tasks = numbers(browser.evaluate("wallProbe.longTasks.map((t) => t[1])"));
        Arrays.sort(frames);
        Arrays.sort(tasks);
        long slow = Arrays.stream(frames).filter(f -> f > 50).count();
        System.out.printf(Locale.ROOT, "frames during the burst and until the last change was shown: %d, distance p50"
                        + " %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d over 50 ms%n", frames.length,
                SchedulingBench.pct(frames, 50), SchedulingBench.pct(frames, 95), SchedulingBench.pct(frames, 99),
                frames[frames.length - 1], slow);
        System.out.printf(Locale.ROOT, "long tasks: %d, total %.0f ms, longest %.0f ms%n", tasks.length,
                Arrays.stream(tasks).sum(), tasks.length == 0 ? 0 : tasks[tasks.length - 1]);
    }

    static double[] numbers(String json) {
        String inner = json.replaceAll("[\\[\\]\\s]", "");
        return inner.isEmpty() ? new double[0]
                : Arrays.stream(inner.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    static String mb(String bytes) {
        return String.format(Locale.ROOT, "%.1f", Double.parseDouble(bytes) / 1024 / 1024);
    }

    static String get(String uri, String token) throws Exception {
        return SchedulingBench.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(2)).GET().build());
    }

    static String put(String uri, String token, String json) throws Exception {
        return SchedulingBench.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(2))
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
