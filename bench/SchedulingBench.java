import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.lienthong.directory.control.NameFolding;

/**
 * Scheduling at national scale, against a running system on a fresh database:
 * <ol>
 * <li>gives every unit of the national 2-level list (34 provinces, 3,321 communes), which the script has imported
 * through the API, a default meeting point, in SQL: the 34 provincial halls and one commune in 40 are room systems (SIP / H.323,
 * one bridge port each), the other communes join from a browser (no port);</li>
 * <li>seeds past meetings (a million by default) over five years straight in SQL, with their invitations;</li>
 * <li>as the provincial secretariat ({@code thuky}, moved to Thành phố Cần Thơ, which Sóc Trăng joined on
 * 2025-07-01): books meetings of Cần Thơ inviting every commune of the country, each at a day of its own; checks
 * the same request ({@code POST /api/meetings/check}) on a free day and on a booked one; then books small meetings
 * (Cần Thơ's communes) from 4 and 8 parallel clients, each at a slot of its own;</li>
 * <li>reads the server's timing lines of the national bookings and says where their time went.</li>
 * </ol>
 * Usage: java -cp target/classes:DRIVER bench/SchedulingBench.java BASE_URL JDBC_URL [bookings] [past] [server-log]
 */
public class SchedulingBench {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final String HOST = "92";
    static final LocalDate NATIONAL_FROM = LocalDate.of(2030, 1, 1);
    static final LocalDate CHECK_FROM = LocalDate.of(2030, 9, 1);
    static final LocalDate PARALLEL_FROM = LocalDate.of(2031, 1, 1);
    static final int WARM_UP = 10;

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/+$", "");
        String jdbc = args[1];
        int bookings = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int past = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        Path serverLog = args.length > 4 ? Path.of(args[4]) : null;
        // the processes whose processor time the national bookings are charged with: the server and the database
        long[] pids = args.length > 6 ? new long[] {Long.parseLong(args[5]), Long.parseLong(args[6])} : new long[0];

        List<String> provinces;
        try (Connection db = DriverManager.getConnection(jdbc, "root", "")) {
            provinces = seedPoints(db);
            try (Statement sql = db.createStatement()) {
                // Sóc Trăng's provincial office became Cần Thơ's when the provinces merged on 2025-07-01
                sql.executeUpdate("UPDATE app_user SET unit_code = '" + HOST + "' WHERE username = 'thuky'");
            }
            seedPastMeetings(db, past);
        }

        settle(pids);
        String token = login(base, "thuky");
        String uptime = uptime();
        System.out.println("load before measuring: " + uptime);

        // (a) the national booking
        long logFrom = serverLog == null ? 0 : Files.size(serverLog);
        double[] book = new double[bookings];
        int invited = 0;
        long bytes = 0;
        java.time.Instant measuredFrom = null;
        long[] cpuFrom = null;
        long[] statementsFrom = null;
        for (int i = -WARM_UP; i < bookings; i++) {
            if (i == 0) {
                measuredFrom = java.time.Instant.now();
                cpuFrom = cpu(pids);
                statementsFrom = statements(jdbc);
            }
            LocalDate day = NATIONAL_FROM.plusDays(i + WARM_UP);
            HttpRequest request = post(base + "/api/meetings", token, national(provinces, day, "Hội nghị toàn quốc " + day));
            long start = System.nanoTime();
            String body = send(request);
            if (i >= 0) {
                book[i] = millis(start);
                bytes = body.getBytes(StandardCharsets.UTF_8).length;
                invited = Integer.parseInt(number(body, "invited"));
            }
        }
        long[] cpuTo = cpu(pids);
        long[] statementsTo = statements(jdbc);
        String uptimeAfter = uptime();
        // when the measured bookings ran, for a profile of the server (SchedulingProfile.java)
        Files.writeString(Path.of("target/bench/scheduling-phase.txt"), measuredFrom + "\n" + java.time.Instant.now()
                + "\n");
        long logTo = serverLog == null ? 0 : Files.size(serverLog);
        Arrays.sort(book);
        System.out.printf(Locale.ROOT, "(a) POST /api/meetings, %d units invited (host %s + allUnder level 2 of each of"
                        + " the %d provinces), %d bookings after %d warm-up: p50 %.0f ms, p95 %.0f ms, max %.0f ms;"
                        + " response %,d bytes%n", invited, HOST, provinces.size(), bookings, WARM_UP, pct(book, 50),
                pct(book, 95), book[book.length - 1], bytes);
        System.out.println("    load: " + uptimeAfter);
        if (pids.length == 2) {
            System.out.printf(Locale.ROOT, "    processor time per booking: Payara Micro %.0f ms, MariaDB %.0f ms ; %.0f"
                            + " statements, %.0f of them INSERT%n",
                    (cpuTo[0] - cpuFrom[0]) * 10.0 / bookings, (cpuTo[1] - cpuFrom[1]) * 10.0 / bookings,
                    (statementsTo[0] - statementsFrom[0]) / (double) bookings,
                    (statementsTo[1] - statementsFrom[1]) / (double) bookings);
        }
        if (serverLog != null) {
            timings(serverLog, logFrom, logTo);
        }

        // (b) the check of the same request, on free days and on a booked day
        check(base, token, provinces, bookings, false);
        check(base, token, provinces, bookings, true);

        // (c) parallel small bookings
        AtomicInteger slot = new AtomicInteger();
        parallel(base, token, 1, 20, slot);
        for (int clients : new int[] {4, 8}) {
            parallel(base, token, clients, 160, slot);
        }
        System.out.println("load after measuring: " + uptime());
    }

    /** The default meeting points of the national list's units that have none yet; the province codes. */
    static List<String> seedPoints(Connection db) throws SQLException {
        long t = System.nanoTime();
        List<String[]> units = new ArrayList<>();
        List<String> provinces = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT u.code, u.name, u.unit_level FROM admin_unit u WHERE u.valid_from <= '2025-07-01'"
                        + " AND (u.valid_to IS NULL OR u.valid_to > '2025-07-01') ORDER BY u.unit_level, u.code")) {
            while (rows.next()) {
                units.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                if (rows.getInt(3) == 1) {
                    provinces.add(rows.getString(1));
                }
            }
        }
        java.util.Set<String> withPoint = new java.util.HashSet<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT DISTINCT unit_code FROM meeting_point")) {
            while (rows.next()) {
                withPoint.add(rows.getString(1));
            }
        }
        int sip = 0;
        int h323 = 0;
        int browser = 0;
        int communes = 0;
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO meeting_point (unit_code, name, name_folded,"
                + " room, address, seats, endpoint_kind, sip_address, h323_address, technician_name, is_default)"
                + " VALUES (?, ?, ?, 'Phòng họp trực tuyến', ?, ?, ?, ?, ?, ?, TRUE)")) {
            for (String[] unit : units) {
                if (withPoint.contains(unit[0])) {
                    continue;
                }
                boolean province = unit[2].equals("1");
                // provincial halls dial in over SIP; one commune in 40 has an H.323 room system; the rest use browsers
                String kind = province ? "SIP" : communes++ % 40 == 0 ? "H323" : "BROWSER";
                String name = "Điểm cầu " + unit[1];
                insert.setString(1, unit[0]);
                insert.setString(2, name);
                insert.setString(3, NameFolding.fold(name));
                insert.setString(4, "Trụ sở " + unit[1]);
                insert.setInt(5, province ? 80 : 15);
                insert.setString(6, kind);
                insert.setString(7, kind.equals("SIP") ? "sip:diemcau-" + unit[0] + "@hop.lienthong.local" : null);
                insert.setString(8, kind.equals("H323") ? "h323:diemcau-" + unit[0] + ".lienthong.local" : null);
                insert.setString(9, "Kỹ thuật viên " + unit[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("SELECT p.endpoint_kind, COUNT(*)"
                + " FROM meeting_point p JOIN admin_unit u ON u.code = p.unit_code AND u.valid_from <= '2025-07-01'"
                + " AND (u.valid_to IS NULL OR u.valid_to > '2025-07-01') GROUP BY p.endpoint_kind")) {
            while (rows.next()) {
                switch (rows.getString(1)) {
                    case "SIP" -> sip = rows.getInt(2);
                    case "H323" -> h323 = rows.getInt(2);
                    default -> browser = rows.getInt(2);
                }
            }
        }
        System.out.printf(Locale.ROOT, "meeting points of the national list (%d units): %d SIP, %d H.323 (%d bridge"
                        + " ports for a national meeting, of 130), %d browser; seeded in %.1f s%n", units.size(), sip,
                h323, sip + h323, browser, seconds(t));
        return provinces;
    }

    /**
     * {@code count} meetings from 2021-11-01 to 2026-10-31, 07:30 to 16:00 Vietnamese time, 60 to 150 minutes
     * long; 85 % approved, 8 % cancelled, 3 % rejected, 2 % left submitted, 2 % left as drafts. Each invites its
     * host and three other units, one in 500 invites 200 units. Hosts and invited units are every unit that has a
     * meeting point: the demo's Sóc Trăng units of 2021 and the national list of 2025.
     */
    static void seedPastMeetings(Connection db, int count) throws SQLException {
        long t = System.nanoTime();
        int units;
        long base;
        try (Statement sql = db.createStatement()) {
            sql.execute("SET SESSION time_zone = '+00:00', foreign_key_checks = 0, unique_checks = 0");
            sql.execute("DROP TABLE IF EXISTS bench_unit");
            sql.execute("CREATE TABLE bench_unit (n INT NOT NULL PRIMARY KEY, code VARCHAR(10) NOT NULL,"
                    + " name VARCHAR(200) NOT NULL, lvl TINYINT NOT NULL, parent VARCHAR(10) NULL, point BIGINT NOT NULL)");
            sql.execute("INSERT INTO bench_unit SELECT ROW_NUMBER() OVER (ORDER BY x.code) - 1, x.code, u.name,"
                    + " u.unit_level, u.parent_code, x.point FROM (SELECT u.code, MAX(u.id) AS unit, MIN(p.id) AS point"
                    + " FROM admin_unit u JOIN meeting_point p ON p.unit_code = u.code GROUP BY u.code) x"
                    + " JOIN admin_unit u ON u.id = x.unit");
            units = scalar(sql, "SELECT COUNT(*) FROM bench_unit");
            base = scalar(sql, "SELECT COALESCE(MAX(id), 0) FROM meeting");
        }
        // invited unit k of meeting s is unit (7 s + 137 k) mod units: distinct for k < 200 while 137 and the count
        // of units have no common divisor
        int step = units % 137 == 0 ? 139 : 137;
        long days = ChronoUnit.DAYS.between(LocalDate.of(2021, 11, 1), LocalDate.of(2026, 10, 31));
        int batch = 100_000;
        for (int from = 1; from <= count; from += batch) {
            int to = Math.min(count, from + batch - 1);
            String seq = "seq_" + from + "_to_" + to;
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("INSERT INTO meeting (id, title, kind, host_unit_code, host_point_id, chair_username,"
                        + " chair_name, chair_position, starts_at, ends_at, confidential, status, status_reason,"
                        + " ics_sequence, created_by, created_by_unit, created_at, version, rsvp_deadline)"
                        + " SELECT " + base + " + s.seq, CONCAT(ELT(1 + s.seq % 5, 'Giao ban công tác tuần',"
                        + " 'Hội nghị triển khai nhiệm vụ', 'Họp bàn giải pháp phát triển kinh tế - xã hội',"
                        + " 'Làm việc về tiến độ dự án', 'Sơ kết công tác quý'), ' (số ', s.seq, ')'),"
                        + " ELT(1 + s.seq % 3, 'CONFERENCE', 'MEETING', 'WORKING_SESSION'), h.code, h.point,"
                        + " IF(s.seq % 5 = 0, 'chutich', NULL), 'Trần Văn Minh', 'Chủ tịch UBND tỉnh',"
                        + " x.st, x.st + INTERVAL (60 + s.seq % 4 * 30) MINUTE, s.seq % 20 = 0,"
                        + " CASE WHEN s.seq % 100 < 85 THEN 'APPROVED' WHEN s.seq % 100 < 93 THEN 'CANCELLED'"
                        + " WHEN s.seq % 100 < 96 THEN 'REJECTED' WHEN s.seq % 100 < 98 THEN 'SUBMITTED' ELSE 'DRAFT' END,"
                        + " CASE WHEN s.seq % 100 BETWEEN 85 AND 92 THEN 'Lãnh đạo bận công tác đột xuất'"
                        + " WHEN s.seq % 100 BETWEEN 93 AND 95 THEN 'Trùng lịch hội nghị của Trung ương' END,"
                        + " s.seq % 3, 'thuky', h.code, x.st - INTERVAL 3 DAY, 1, x.st - INTERVAL 1 DAY"
                        + " FROM " + seq + " s JOIN bench_unit h ON h.n = s.seq * 7 % " + units
                        + " JOIN (SELECT seq, TIMESTAMP '2021-11-01 00:30:00' + INTERVAL ((seq - 1) * " + days
                        + " DIV " + count + ") DAY + INTERVAL (seq % 18 * 30) MINUTE AS st FROM " + seq + ") x"
                        + " ON x.seq = s.seq");
                sql.executeUpdate("INSERT INTO invitation (meeting_id, unit_code, unit_name, unit_level, parent_code,"
                        + " point_id, rsvp, rsvp_reason, answered_by, answered_at)"
                        + " SELECT " + base + " + s.seq, u.code, u.name, u.lvl, u.parent, u.point, r.rsvp,"
                        + " IF(r.rsvp = 'DECLINED', 'Trùng lịch tiếp công dân', NULL),"
                        + " IF(r.rsvp = 'PENDING', NULL, CONCAT('xa-', u.code)),"
                        + " IF(r.rsvp = 'PENDING', NULL, TIMESTAMP '2021-11-01 00:00:00'"
                        + " + INTERVAL ((s.seq - 1) * " + days + " DIV " + count + ") DAY - INTERVAL 1 DAY)"
                        + " FROM " + seq + " s JOIN seq_0_to_199 k ON k.seq < IF(s.seq % 500 = 0, 200, 4)"
                        + " JOIN bench_unit u ON u.n = (s.seq * 7 + k.seq * " + step + ") % " + units
                        + " JOIN (SELECT 0 AS v, 'ATTENDING' AS rsvp UNION ALL SELECT 1, 'DECLINED'"
                        + " UNION ALL SELECT 2, 'PENDING') r ON r.v = CASE WHEN k.seq = 0 OR s.seq % 100 >= 85"
                        + " THEN 2 WHEN (s.seq + k.seq) % 10 < 8 THEN 0 WHEN (s.seq + k.seq) % 10 = 8 THEN 1 ELSE 2 END");
            }
        }
        long invitations;
        try (Statement sql = db.createStatement()) {
            sql.execute("DROP TABLE bench_unit");
            sql.execute("ANALYZE TABLE meeting, invitation");
            invitations = scalar(sql, "SELECT COUNT(*) FROM invitation");
        }
        System.out.printf(Locale.ROOT, "seeded %,d past meetings (2021-11-01 to 2026-10-31) with %,d invitations over"
                + " %d units in %.0f s%n", count, invitations, units, seconds(t));
    }

    static void check(String base, String token, List<String> provinces, int requests, boolean onBookedDay)
            throws Exception {
        double[] ms = new double[requests];
        String conflicts = "";
        for (int i = -WARM_UP; i < requests; i++) {
            LocalDate day = onBookedDay ? NATIONAL_FROM.plusDays(WARM_UP + Math.floorMod(i, requests))
                    : CHECK_FROM.plusDays(i + WARM_UP);
            HttpRequest request = post(base + "/api/meetings/check", token, national(provinces, day, "Kiểm tra " + day));
            long start = System.nanoTime();
            String body = send(request);
            if (i >= 0) {
                ms[i] = millis(start);
                conflicts = countConflicts(body);
            }
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "(b) POST /api/meetings/check, same request, %s: p50 %.0f ms, p95 %.0f ms,"
                        + " max %.0f ms (%s)%n", onBookedDay ? "on a day already booked" : "on a free day",
                pct(ms, 50), pct(ms, 95), ms[ms.length - 1], conflicts);
    }

    /** {@code total} bookings of Cần Thơ's communes from {@code clients} threads, each at a 1-hour slot of its own. */
    static void parallel(String base, String token, int clients, int total, AtomicInteger slot) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<double[]>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                double[] ms = new double[total / clients];
                for (int i = 0; i < ms.length; i++) {
                    int n = slot.getAndIncrement();
                    // five slots a day two hours apart: readiness time never overlaps the meeting before
                    LocalDate day = PARALLEL_FROM.plusDays(n / 5);
                    int hour = 7 + 2 * (n % 5);
                    String json = "{\"title\":\"Giao ban trực tuyến " + n + "\",\"kind\":\"MEETING\",\"hostUnit\":\""
                            + HOST + "\",\"chair\":{\"name\":\"Phạm Văn Hòa\",\"position\":\"Phó Chủ tịch UBND\"},"
                            + "\"start\":\"" + day + "T" + two(hour) + ":00\",\"end\":\"" + day + "T" + two(hour + 1)
                            + ":00\",\"invite\":{\"childrenOf\":[\"" + HOST + "\"]}}";
                    long t = System.nanoTime();
                    send(post(base + "/api/meetings", token, json));
                    ms[i] = millis(t);
                }
                return ms;
            }));
        }
        double[] all = new double[0];
        for (Future<double[]> f : futures) {
            double[] part = f.get();
            double[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        pool.shutdown();
        double seconds = seconds(t0);
        Arrays.sort(all);
        if (clients > 1) {
            System.out.printf(Locale.ROOT, "(c) %d parallel clients, %d bookings of Cần Thơ's communes at distinct slots:"
                            + " %.1f bookings/s, p50 %.0f ms, p95 %.0f ms, max %.0f ms; load %s%n", clients, all.length,
                    all.length / seconds, pct(all, 50), pct(all, 95), all[all.length - 1], uptime());
        }
    }

    static String national(List<String> provinces, LocalDate day, String title) {
        String tiers = provinces.stream().map(p -> "{\"code\":\"" + p + "\",\"level\":2}")
                .collect(Collectors.joining(","));
        return "{\"title\":\"" + title + "\",\"kind\":\"CONFERENCE\",\"hostUnit\":\"" + HOST + "\",\"chair\":{\"name\":"
                + "\"Trần Văn Minh\",\"position\":\"Chủ tịch UBND\"},\"start\":\"" + day + "T08:00\",\"end\":\"" + day
                + "T11:00\",\"invite\":{\"allUnder\":[" + tiers + "]}}";
    }

    /** Averages of the server's timing lines ({@code scheduling timing: stage=ms ...}) between two log offsets. */
    static void timings(Path log, long from, long to) throws Exception {
        byte[] all = Files.readAllBytes(log);
        String part = new String(all, (int) from, (int) Math.min(all.length, to) - (int) from, StandardCharsets.UTF_8);
        Map<String, List<Double>> stages = new LinkedHashMap<>();
        Matcher line = Pattern.compile("scheduling timing: ([^\"\\n]*)").matcher(part);
        while (line.find()) {
            Matcher kv = Pattern.compile("([a-z-]+)=([0-9.]+)").matcher(line.group(1));
            while (kv.find()) {
                stages.computeIfAbsent(kv.group(1), k -> new ArrayList<>()).add(Double.parseDouble(kv.group(2)));
            }
        }
        if (stages.isEmpty()) {
            System.out.println("    (no timing lines in the server log)");
            return;
        }
        System.out.println("    server-side stages (ms, median over the national bookings and their warm-up):");
        stages.forEach((stage, values) -> {
            double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "      %-16s p50 %7.1f   p95 %7.1f   (%d samples)%n", stage, pct(v, 50),
                    pct(v, 95), v.length);
        });
    }

    static String countConflicts(String body) {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"kind\":\"([A-Z]+)\"").matcher(body);
        while (m.find()) {
            kinds.merge(m.group(1), 1, Integer::sum);
        }
        return kinds.isEmpty() ? "no conflict" : "conflicts " + kinds;
    }

    static String login(String base, String user) throws Exception {
        return field(send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"demo123\"}"))), "token");
    }

    static HttpRequest post(String uri, String token, String json) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** Statements the database has run so far from clients, and INSERT statements among them. */
    static long[] statements(String jdbc) throws SQLException {
        long[] counts = new long[2];
        try (Connection db = DriverManager.getConnection(jdbc, "root", ""); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_insert')")) {
            while (rows.next()) {
                counts[rows.getString(1).equals("Questions") ? 0 : 1] = rows.getLong(2);
            }
        }
        return counts;
    }

    /**
     * Waits (a minute at most) until the database has written out what the seeding left in memory: measuring
     * while it does would charge the bookings with that work.
     */
    static void settle(long[] pids) throws Exception {
        if (pids.length < 2) {
            return;
        }
        long t = System.nanoTime();
        for (int i = 0; i < 30; i++) {
            long before = cpu(pids)[1];
            Thread.sleep(2000);
            if (cpu(pids)[1] - before < 20) {
                break;
            }
        }
        System.out.printf(Locale.ROOT, "waited %.0f s for the database to finish the seeding's background work%n",
                seconds(t));
    }

    /** User and system time of each process so far, in hundredths of a second (Linux clock ticks). */
    static long[] cpu(long[] pids) throws Exception {
        long[] ticks = new long[pids.length];
        for (int i = 0; i < pids.length; i++) {
            String stat = Files.readString(Path.of("/proc/" + pids[i] + "/stat"));
            // the fields after the command name, which is in parentheses and may contain spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks[i] = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
        return ticks;
    }

    static String uptime() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + load[0] + ", " + load[1] + ", " + load[2];
        } catch (Exception e) {
            return "load unknown";
        }
    }

    static int scalar(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static String send(HttpRequest.Builder builder) throws Exception {
        return send(builder.build());
    }

    static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            String body = response.body();
            throw new IllegalStateException(request.uri() + " -> " + response.statusCode() + " "
                    + body.substring(0, Math.min(2000, body.length())));
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }
}
