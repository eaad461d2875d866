import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The archive search at scale, against a running system: {@code documents} meetings with their minutes (about 2 KB
 * of Vietnamese administrative prose each, {@link ArchiveCorpus}) are written straight into the application's
 * schema; the application's Lucene index is rebuilt through its admin API; a MariaDB FULLTEXT index of the same text
 * is built in the same database; then the same queries run against both, the application's over HTTP as the
 * provincial secretariat, FULLTEXT over JDBC with the statements a results page needs (the first 20 by relevance
 * or date, and the count).
 * <p>
 * Usage: {@code ArchiveBench BASE_URL JDBC_URL documents runs payara-pid db-pid data-home}. Environment:
 * {@code ARCHIVE_REBUILD=0} keeps the application's index when it already holds the documents,
 * {@code ARCHIVE_FULLTEXT_REBUILD=1} drops and builds the FULLTEXT index again (it is built only when FULLTEXT is
 * queried), {@code ARCHIVE_ENGINES=lucene,fulltext}
 * which engines are queried.
 */
public class ArchiveBench {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final long SEED = 20261127L;
    static final int WARM_UP = 10;
    static final int FULLTEXT_TIMEOUT = Integer.parseInt(System.getenv().getOrDefault("ARCHIVE_FULLTEXT_TIMEOUT", "60"));

    /** One query of the benchmark: its class, the search box text and the filters of the results page. */
    record Query(String cls, String q, String host, String from, String to, String kind, boolean byDate) {
        String label() {
            StringBuilder s = new StringBuilder(q);
            if (host != null) {
                s.append(" · host=").append(host);
            }
            if (from != null) {
                s.append(" · ").append(from).append("…").append(to);
            }
            if (kind != null) {
                s.append(" · kind=").append(kind);
            }
            if (byDate) {
                s.append(" · by date");
            }
            return s.toString();
        }
    }

    static final List<Query> QUERIES = List.of(
            new Query("rare term", "ghe", null, null, null, null, false),
            new Query("rare term", "sạt lở", null, null, null, null, false),
            new Query("rare term", "kiều bào", null, null, null, null, false),
            new Query("common syllable", "của", null, null, null, null, false),
            new Query("common syllable", "các", null, null, null, null, false),
            new Query("common syllable", "và", null, null, null, null, false),
            new Query("two-letter syllable", "vụ", null, null, null, null, false),
            new Query("two-letter syllable", "an", null, null, null, null, false),
            new Query("unaccented", "cai cach hanh chinh", null, null, null, null, false),
            new Query("unaccented", "day manh", null, null, null, null, false),
            new Query("unaccented", "chuyen doi so", null, null, null, null, false),
            new Query("phrase", "\"dịch vụ công\"", null, null, null, null, false),
            new Query("phrase", "\"cải cách hành chính\"", null, null, null, null, false),
            new Query("phrase", "\"giải ngân vốn đầu tư công\"", null, null, null, null, false),
            new Query("multi-term AND", "chuyển đổi số chữ ký số", null, null, null, null, false),
            new Query("multi-term AND", "nông thôn mới giao thông", null, null, null, null, false),
            new Query("multi-term AND", "thiên tai xâm nhập mặn", null, null, null, null, false),
            new Query("filtered", "chuyển đổi số", "941", null, null, null, false),
            new Query("filtered", "giải ngân", null, "2023-01-01", "2023-12-31", null, false),
            new Query("filtered", "an toàn giao thông", null, null, null, "CONFERENCE", false),
            new Query("filtered", "của", "94", "2020-01-01", "2020-12-31", null, false),
            new Query("sort by date", "\"dịch vụ công\"", null, null, null, null, true),
            new Query("sort by date", "của", null, null, null, null, true),
            new Query("unit name", "Huyện Kế Sách", null, null, null, null, false),
            new Query("unit name", "Cù Lao Dung", null, null, null, null, false),
            new Query("unit name", "\"Thị xã Vĩnh Châu\"", null, null, null, null, false));

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/+$", "");
        String jdbc = args[1];
        long documents = Long.parseLong(args[2]);
        int runs = Integer.parseInt(args[3]);
        long payaraPid = Long.parseLong(args[4]);
        long dbPid = Long.parseLong(args[5]);
        Path home = Path.of(args[6]);
        String engines = System.getenv().getOrDefault("ARCHIVE_ENGINES", "lucene,fulltext");
        Report report = new Report();
        report.line("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + load());

        try (Connection db = DriverManager.getConnection(jdbc, "root", "")) {
            try (Statement sql = db.createStatement()) {
                sql.execute("SET SESSION time_zone = '+00:00'");
                for (String v : new String[] {"innodb_ft_min_token_size", "innodb_ft_enable_stopword",
                        "innodb_buffer_pool_size", "version"}) {
                    report.line("server " + v + " = " + string(sql, "SELECT @@" + v));
                }
            }
            load(db, documents, report);
            if (engines.contains("fulltext")) {
                fulltext(db, documents, report);
            }
        }
        long[] cpu0 = cpu(payaraPid, dbPid);
        if (engines.contains("lucene")) {
            rebuild(base, documents, home, report);
        }
        if (!"0".equals(System.getenv("ARCHIVE_SETTLE"))) {
            settle(dbPid);
        }
        String token = login(base, "thuky");
        Map<Query, Result> lucene = new LinkedHashMap<>();
        Map<Query, Result> fulltext = new LinkedHashMap<>();
        report.line("load before the queries: " + load());
        if (engines.contains("lucene")) {
            long[] before = cpu(payaraPid, dbPid);
            for (Query query : QUERIES) {
                lucene.put(query, luceneQuery(base, token, query, runs));
            }
            long[] after = cpu(payaraPid, dbPid);
            report.line(String.format(Locale.ROOT, "application (Lucene) queries: processor time per request: Payara"
                            + " %.1f ms, MariaDB %.1f ms; %s", (after[0] - before[0]) * 10.0 / (QUERIES.size() * runs),
                    (after[1] - before[1]) * 10.0 / (QUERIES.size() * runs), load()));
            report.line("Payara Micro during the queries: " + memory(payaraPid) + "; " + heap(payaraPid));
        }
        if (engines.contains("fulltext")) {
            long[] before = cpu(payaraPid, dbPid);
            try (Connection db = DriverManager.getConnection(jdbc, "root", "")) {
                try (Statement sql = db.createStatement()) {
                    // a statement that runs longer is stopped and reported as such
                    sql.execute("SET SESSION max_statement_time = " + FULLTEXT_TIMEOUT);
                }
                int skip = Integer.parseInt(System.getenv().getOrDefault("ARCHIVE_SKIP_QUERIES", "0"));
                for (Query query : QUERIES.subList(skip, QUERIES.size())) {
                    fulltext.put(query, fulltextQuery(db, query, runs));
                }
            }
            long[] after = cpu(payaraPid, dbPid);
            report.line(String.format(Locale.ROOT, "FULLTEXT queries: processor time per request: MariaDB %.1f ms; %s",
                    (after[1] - before[1]) * 10.0 / (QUERIES.size() * runs), load()));
            report.line("MariaDB during the queries: " + memory(dbPid));
        }
        report.table(lucene, fulltext, runs);
        String results = System.getenv().getOrDefault("ARCHIVE_RESULTS", "target/bench/archive-results.md");
        Files.writeString(Path.of(results), report.text.toString());
        System.out.println("(written to " + results + ")");
    }

    // ---------------------------------------------------------------------------------------------- loading

    /** Writes the corpus into the application's tables unless the data folder already holds it. */
    static void load(Connection db, long documents, Report report) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS bench_archive_state (documents BIGINT NOT NULL, seed BIGINT NOT NULL,"
                    + " first_id BIGINT NOT NULL, load_seconds DOUBLE NOT NULL, loaded_at TIMESTAMP NOT NULL)");
            try (ResultSet rows = sql.executeQuery("SELECT documents, seed, load_seconds, loaded_at FROM bench_archive_state")) {
                if (rows.next()) {
                    if (rows.getLong(1) != documents || rows.getLong(2) != SEED) {
                        throw new IllegalStateException("the data folder holds " + rows.getLong(1) + " documents of seed "
                                + rows.getLong(2) + "; start without ARCHIVE_REUSE to load " + documents);
                    }
                    report.line(String.format(Locale.ROOT, "reusing the %,d documents loaded at %s (load took %.0f s)",
                            documents, rows.getString(4), rows.getDouble(3)));
                    return;
                }
            }
            boolean bodies = longValue(sql, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema"
                    + " = DATABASE() AND table_name = 'bench_fulltext'") > 0;
            if (bodies && longValue(sql, "SELECT COUNT(*) FROM bench_fulltext") == documents) {
                // a load that wrote every row but stopped before its last steps: finish them
                double seconds = Double.parseDouble(System.getenv().getOrDefault("ARCHIVE_LOAD_SECONDS", "-1"));
                recreateTriggers(db);
                sql.execute("ANALYZE TABLE meeting, invitation, minutes_version, agenda_item, conclusion_task");
                sql.executeUpdate("INSERT INTO bench_archive_state VALUES (" + documents + ", " + SEED + ", "
                        + longValue(sql, "SELECT MIN(meeting_id) FROM bench_fulltext") + ", " + seconds
                        + ", CURRENT_TIMESTAMP)");
                report.line(String.format(Locale.ROOT, "finished the interrupted load of %,d documents (load took %.0f s"
                        + " by its log)", documents, seconds));
                return;
            }
        }
        List<ArchiveCorpus.Unit> units = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT u.code, u.name, u.unit_level, u.parent_code, MIN(p.id) FROM admin_unit u"
                        + " JOIN meeting_point p ON p.unit_code = u.code WHERE u.code = '94' OR u.parent_code = '94'"
                        + " OR u.parent_code IN (SELECT d.code FROM admin_unit d WHERE d.parent_code = '94')"
                        + " GROUP BY u.code, u.name, u.unit_level, u.parent_code"
                        + " ORDER BY u.code")) {
            while (rows.next()) {
                units.add(new ArchiveCorpus.Unit(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getString(4),
                        rows.getLong(5)));
            }
        }
        List<String> provinces = new ArrayList<>();
        try (Stream<String> lines = Files.lines(Path.of("sql/reference/units_2level_2025-07-01.csv"))) {
            lines.skip(1).map(l -> l.split(",")).filter(f -> f.length > 4 && f[4].equals("1"))
                    .forEach(f -> provinces.add(f[1]));
        }
        long firstId;
        long versionId;
        long taskId;
        long documentId;
        try (Statement sql = db.createStatement()) {
            firstId = 1 + longValue(sql, "SELECT COALESCE(MAX(id), 0) FROM meeting");
            versionId = 1 + longValue(sql, "SELECT COALESCE(MAX(id), 0) FROM minutes_version");
            taskId = 1 + longValue(sql, "SELECT COALESCE(MAX(id), 0) FROM conclusion_task");
            documentId = 1 + longValue(sql, "SELECT COALESCE(MAX(id), 0) FROM meeting_document");
        }
        report.line(String.format(Locale.ROOT, "loading %,d meetings with minutes over %d Sóc Trăng units (seed %d),"
                + " meeting ids from %d", documents, units.size(), SEED, firstId));
        ArchiveCorpus corpus = new ArchiveCorpus(units, provinces, SEED, documents, firstId);

        List<String> triggers = dropTriggers(db);
        long t0 = System.nanoTime();
        long bytes = 0;
        long textBytes = 0;
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            sql.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            sql.execute("DROP TABLE IF EXISTS bench_fulltext");
            // with the document id column FULLTEXT needs declared here, adding the index later does not copy the table
            sql.execute("CREATE TABLE bench_fulltext (FTS_DOC_ID BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,"
                    + " meeting_id BIGINT NOT NULL, body MEDIUMTEXT NOT NULL, PRIMARY KEY (meeting_id),"
                    + " UNIQUE KEY FTS_DOC_ID_INDEX (FTS_DOC_ID))"
                    + " ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_ai_ci");
        }
        Rows meetings = new Rows("INSERT INTO meeting (id, title, kind, host_unit_code, host_point_id, chair_username,"
                + " chair_name, chair_position, starts_at, ends_at, confidential, status, status_reason, ics_sequence,"
                + " created_by, created_by_unit, created_at, version, rsvp_deadline, announced_at)", 20);
        Rows agenda = new Rows("INSERT INTO agenda_item (meeting_id, position, title, presenter, planned_minutes)", 5);
        Rows invitations = new Rows("INSERT INTO invitation (meeting_id, unit_code, unit_name, unit_level, parent_code,"
                + " point_id, rsvp, rsvp_reason, answered_by, answered_at)", 10);
        Rows delegates = new Rows("INSERT INTO invitation_delegate (meeting_id, unit_code, ordinal, name, position)", 5);
        Rows announcements = new Rows("INSERT INTO meeting_announcement (meeting_id, unit_code)", 2);
        Rows minutes = new Rows("INSERT INTO minutes (meeting_id, status, current_number, final_number)", 4);
        Rows versions = new Rows("INSERT INTO minutes_version (id, meeting_id, number, kind, author, author_unit,"
                + " saved_at, content, sha256, reason, based_on)", 11);
        Rows tasks = new Rows("INSERT INTO conclusion_task (id, meeting_id, conclusion, conclusion_text, title, deadline,"
                + " lead_unit, status, progress, assigned_by, assigned_at, done_by, done_at, done_note, version)", 15);
        Rows docs = new Rows("INSERT INTO meeting_document (id, meeting_id, name, content_type, size_bytes, sha256,"
                + " uploaded_by, uploaded_at, purpose, text_status, text_content)", 11);
        Rows bodies = new Rows("INSERT INTO bench_fulltext (meeting_id, body)", 2);
        List<Rows> all = List.of(meetings, agenda, invitations, delegates, announcements, minutes, versions, tasks, docs,
                bodies);
        long minutesCount = 0;
        long versionCount = 0;
        long taskCount = 0;
        long docCount = 0;
        long invitationCount = 0;
        List<ArchiveCorpus.Meeting> pending = List.of();
        // the text is generated on a thread of its own while this one writes the previous chunk
        java.util.concurrent.BlockingQueue<List<ArchiveCorpus.Meeting>> chunks =
                new java.util.concurrent.ArrayBlockingQueue<>(8);
        Thread generator = new Thread(() -> {
            try {
                for (long from = 0; from < documents; from += 500) {
                    List<ArchiveCorpus.Meeting> chunk = new ArrayList<>(500);
                    for (long n = from; n < Math.min(documents, from + 500); n++) {
                        chunk.add(corpus.meeting(n));
                    }
                    chunks.put(chunk);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "generator");
        generator.setDaemon(true);
        generator.start();
        for (long n = 0; n < documents; n++) {
            if (n % 500 == 0) {
                pending = chunks.take();
            }
            ArchiveCorpus.Meeting m = pending.get((int) (n % 500));
            String starts = ArchiveCorpus.format(m.startsUtc());
            String created = ArchiveCorpus.format(m.createdUtc());
            boolean approved = m.status().equals("APPROVED");
            meetings.add(m.id(), m.title(), m.kind(), m.host().code(), m.host().point(), m.chairUsername(), m.chairName(),
                    m.chairPosition(), starts, ArchiveCorpus.format(m.endsUtc()), m.confidential(), m.status(),
                    m.statusReason(), 0, "thuky", "94", created, 1, ArchiveCorpus.format(m.startsUtc().minusDays(1)),
                    created);
            for (int i = 0; i < m.agenda().size(); i++) {
                String[] a = m.agenda().get(i);
                agenda.add(m.id(), i, a[0], a[1], Integer.parseInt(a[2]));
            }
            for (ArchiveCorpus.Invited in : m.invited()) {
                boolean answered = !in.rsvp().equals("PENDING");
                String answeredBy = in.unit().level() == 1 ? "thuky" : in.unit().level() == 2 ? "huyen-"
                        + in.unit().code() : "xa-" + in.unit().code();
                invitations.add(m.id(), in.unit().code(), in.unit().name(), in.unit().level(), in.unit().parent(),
                        in.unit().point(), in.rsvp(), in.reason(), answered ? answeredBy : null,
                        answered ? ArchiveCorpus.format(m.startsUtc().minusDays(2)) : null);
                invitationCount++;
                if (answered) {
                    for (int d = 0; d < in.delegates().size(); d++) {
                        delegates.add(m.id(), in.unit().code(), d, in.delegates().get(d)[0], in.delegates().get(d)[1]);
                    }
                }
                announcements.add(m.id(), in.unit().code());
            }
            if (m.minutesStatus() != null) {
                minutesCount++;
                Integer finalNumber = m.versions().size() > 1 ? m.versions().size() : null;
                minutes.add(m.id(), m.minutesStatus(), m.versions().size(), finalNumber);
                for (int v = 0; v < m.versions().size(); v++) {
                    String[] ver = m.versions().get(v);
                    boolean locked = !ver[0].equals("SAVE");
                    String author = ver[0].equals("SAVE") ? "thuky" : "chutich";
                    versions.add(versionId++, m.id(), v + 1, ver[0], author, "94", ver[3], ver[1],
                            locked ? ArchiveCorpus.seal(m.id(), v + 1, ver[1]) : null, ver[2],
                            ver[0].equals("AMENDMENT") ? v : null);
                    versionCount++;
                    bytes += ver[1].length();
                }
            }
            for (ArchiveCorpus.Task t : m.tasks()) {
                String assigned = ArchiveCorpus.format(m.startsUtc().plusDays(1));
                tasks.add(taskId++, m.id(), t.conclusion(), "<p>" + t.conclusionText() + "</p>", t.title(),
                        t.deadline().toString(), t.leadUnit(), t.done() ? "DONE" : "OPEN", t.progress(), "thuky",
                        assigned, t.done() ? "thuky" : null,
                        t.done() ? ArchiveCorpus.format(t.deadline().atTime(3, 0)) : null,
                        t.done() ? "Đã hoàn thành" : null, 0);
                taskCount++;
            }
            if (m.documentText() != null) {
                docs.add(documentId++, m.id(), m.documentName(), "application/pdf",
                        (long) m.documentText().getBytes(StandardCharsets.UTF_8).length * 4,
                        ArchiveCorpus.sha256(m.documentText()), "thuky",
                        ArchiveCorpus.format(m.startsUtc().minusDays(1)), "DOCUMENT", "EXTRACTED", m.documentText());
                docCount++;
            }
            bodies.add(m.id(), m.plain());
            textBytes += m.plain().getBytes(StandardCharsets.UTF_8).length;
            if (meetings.count() >= 500) {
                for (Rows rows : all) {
                    rows.flush(db);
                }
                db.commit();
            }
            if ((n + 1) % 100_000 == 0) {
                System.out.printf(Locale.ROOT, "  %,d meetings in %.0f s (%s)%n", n + 1, seconds(t0), load());
            }
        }
        for (Rows rows : all) {
            rows.flush(db);
        }
        db.commit();
        double loadSeconds = seconds(t0);
        db.setAutoCommit(true);
        recreateTriggers(db);
        try (Statement sql = db.createStatement()) {
            sql.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
            sql.execute("ANALYZE TABLE meeting, invitation, minutes_version, agenda_item, conclusion_task");
            sql.executeUpdate("INSERT INTO bench_archive_state VALUES (" + documents + ", " + SEED + ", " + firstId + ", "
                    + loadSeconds + ", CURRENT_TIMESTAMP)");
        }
        report.line(String.format(Locale.ROOT, "loaded %,d meetings (%,d with minutes, %,d minutes versions, %,d"
                        + " invitations, %,d tasks, %,d documents with text) in %.0f s: %,.0f meetings/s; minutes JSON %.2f"
                        + " GB, searchable text %.2f GB (%,.0f bytes per meeting); triggers %s during the load",
                documents, minutesCount, versionCount, invitationCount, taskCount, docCount, loadSeconds,
                documents / loadSeconds, bytes / 1e9, textBytes / 1e9, textBytes / (double) documents,
                triggers.isEmpty() ? "(none)" : "dropped and re-created"));
    }

    /**
     * The change-capturing triggers of the application, dropped for the bulk load (the rebuild indexes everything
     * afterwards) and created again as they were afterwards. Their statements are kept in {@code bench_saved_trigger}
     * meanwhile, so a load that stops half-way loses none of them.
     */
    static List<String> dropTriggers(Connection db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS bench_saved_trigger (name VARCHAR(64) NOT NULL PRIMARY KEY,"
                    + " statement TEXT NOT NULL, sql_mode TEXT NOT NULL)");
            try (ResultSet rows = sql.executeQuery("SELECT trigger_name FROM information_schema.triggers"
                    + " WHERE trigger_schema = DATABASE() ORDER BY trigger_name")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        for (String name : names) {
            String statement;
            String mode;
            try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("SHOW CREATE TRIGGER `" + name + "`")) {
                rows.next();
                // the definer of the embedded server (which checks no grants) cannot be named again
                statement = rows.getString("SQL Original Statement").replaceFirst("DEFINER=\\S+\\s+", "");
                mode = rows.getString("sql_mode");
            }
            try (PreparedStatement save = db.prepareStatement("REPLACE INTO bench_saved_trigger VALUES (?, ?, ?)")) {
                save.setString(1, name);
                save.setString(2, statement);
                save.setString(3, mode);
                save.executeUpdate();
            }
            try (Statement sql = db.createStatement()) {
                sql.execute("DROP TRIGGER `" + name + "`");
            }
        }
        System.out.println("  triggers dropped for the load: " + names);
        return names;
    }

    /**
     * Creates the saved triggers again. When none were saved (a load interrupted by an older version of this
     * benchmark), the missing triggers are taken from the migrations' {@code CREATE TRIGGER} statements.
     */
    static void recreateTriggers(Connection db) throws Exception {
        List<String[]> saved = new ArrayList<>();
        try (Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS bench_saved_trigger (name VARCHAR(64) NOT NULL PRIMARY KEY,"
                    + " statement TEXT NOT NULL, sql_mode TEXT NOT NULL)");
            try (ResultSet rows = sql.executeQuery("SELECT name, statement, sql_mode FROM bench_saved_trigger")) {
                while (rows.next()) {
                    saved.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
            if (saved.isEmpty()) {
                String mode = string(sql, "SELECT @@sql_mode");
                try (Stream<Path> files = Files.list(Path.of("sql/migration"))) {
                    for (Path f : files.sorted().toList()) {
                        Matcher m = Pattern.compile("(?s)CREATE TRIGGER (\\w+).*?;\\s*(?=\\n(CREATE|--|\\n)|$)")
                                .matcher(Files.readString(f));
                        while (m.find()) {
                            String statement = m.group().trim();
                            saved.add(new String[] {m.group(1), statement.substring(0, statement.length() - 1), mode});
                        }
                    }
                }
            }
        }
        List<String> existing = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT trigger_name FROM information_schema.triggers WHERE trigger_schema = DATABASE()")) {
            while (rows.next()) {
                existing.add(rows.getString(1));
            }
        }
        int created = 0;
        for (String[] t : saved) {
            if (existing.contains(t[0])) {
                continue;
            }
            try (Statement sql = db.createStatement()) {
                sql.execute("SET SESSION sql_mode = '" + t[2] + "'");
                sql.execute(t[1]);
                created++;
            }
        }
        try (Statement sql = db.createStatement()) {
            sql.execute("DELETE FROM bench_saved_trigger");
        }
        System.out.println("  triggers created again: " + created);
    }

    /** The FULLTEXT index over the same text, built once after the load (or again with ARCHIVE_FULLTEXT_REBUILD=1). */
    static void fulltext(Connection db, long documents, Report report) throws Exception {
        boolean has;
        try (Statement sql = db.createStatement()) {
            has = longValue(sql, "SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = DATABASE()"
                    + " AND table_name = 'bench_fulltext' AND index_name = 'ft_body'") > 0;
            if (has && "1".equals(System.getenv("ARCHIVE_FULLTEXT_REBUILD"))) {
                sql.execute("ALTER TABLE bench_fulltext DROP INDEX ft_body");
                has = false;
            }
            if (!has) {
                long t = System.nanoTime();
                sql.execute("ALTER TABLE bench_fulltext ADD FULLTEXT INDEX ft_body (body)");
                double s = seconds(t);
                report.line(String.format(Locale.ROOT, "FULLTEXT index built in %.0f s (%,.0f documents/s)", s,
                        documents / s));
            }
            sql.execute("ANALYZE TABLE bench_fulltext");
        }
        report.line("FULLTEXT table and index on disk: " + fulltextSize(db));
    }

    static String fulltextSize(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            String datadir = string(sql, "SELECT @@datadir");
            String schema = string(sql, "SELECT DATABASE()");
            Path dir = Path.of(datadir, schema);
            long ftFiles = 0;
            long table = 0;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (name.toLowerCase(Locale.ROOT).startsWith("fts_") && name.endsWith(".ibd")) {
                        ftFiles += Files.size(f);
                    } else if (name.equals("bench_fulltext.ibd")) {
                        table = Files.size(f);
                    }
                }
            } catch (IOException e) {
                return "unknown (" + e.getMessage() + ")";
            }
            String stats = "";
            try (ResultSet rows = sql.executeQuery("SELECT data_length, index_length FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_name = 'bench_fulltext'")) {
                if (rows.next()) {
                    stats = String.format(Locale.ROOT, "; information_schema: data %.2f GB, index %.2f GB",
                            rows.getLong(1) / 1e9, rows.getLong(2) / 1e9);
                }
            }
            return String.format(Locale.ROOT, "FULLTEXT auxiliary tables (fts_*.ibd) %.2f GB, the table with its"
                    + " text (bench_fulltext.ibd) %.2f GB%s", ftFiles / 1e9, table / 1e9, stats);
        }
    }

    // ---------------------------------------------------------------------------------------------- Lucene

    static void rebuild(String base, long documents, Path home, Report report) throws Exception {
        String admin = login(base, "admin");
        String state = get(base + "/api/archive/index", admin);
        if (rebuilding(state)) {
            // the application builds an index of its own at start when it has none: wait for it
            System.out.println("  waiting for the build the application started: " + state);
            while (rebuilding(state)) {
                Thread.sleep(2000);
                state = get(base + "/api/archive/index", admin);
            }
            Matcher times = Pattern.compile("\"startedAt\"\\s*:\\s*\"([^\"]+)\".*\"finishedAt\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(state);
            if (times.find()) {
                double s = Duration.between(java.time.Instant.parse(times.group(1)),
                        java.time.Instant.parse(times.group(2))).toMillis() / 1000.0;
                report.line(String.format(Locale.ROOT, "the build the application started by itself (empty index):"
                        + " %.0f s, %,.0f documents/s", s, documents / s));
            }
        }
        report.line("index before: " + state);
        if ("0".equals(System.getenv("ARCHIVE_REBUILD")) && indexed(state) >= documents) {
            report.line("keeping the index (ARCHIVE_REBUILD=0)");
        } else {
            long t = System.nanoTime();
            HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/archive/index/rebuild"))
                    .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.println("  rebuild started: " + started.statusCode() + " " + started.body());
            if (started.statusCode() != 202) {
                throw new IllegalStateException("rebuild -> " + started.statusCode() + " " + started.body());
            }
            long lastPrint = 0;
            while (true) {
                Thread.sleep(1000);
                state = get(base + "/api/archive/index", admin);
                if (System.nanoTime() - lastPrint > 30e9) {
                    System.out.printf(Locale.ROOT, "  rebuild %.0f s: %s (%s)%n", seconds(t), state, load());
                    lastPrint = System.nanoTime();
                }
                if (!rebuilding(state)) {
                    break;
                }
            }
            double s = seconds(t);
            report.line(String.format(Locale.ROOT, "Lucene rebuild through POST /api/archive/index/rebuild: %.0f s,"
                    + " %,.0f documents/s", s, documents / s));
            report.line("index after: " + state);
        }
        report.line(luceneSize(home));
    }

    static boolean rebuilding(String state) {
        return state.matches("(?s).*\"(state|status)\"\\s*:\\s*\"(REBUILDING|RUNNING|BUILDING|STARTED|QUEUED)\".*")
                || state.matches("(?s).*\"(rebuilding|running)\"\\s*:\\s*true.*");
    }

    static long indexed(String state) {
        Matcher m = Pattern.compile("\"(documents|docs|indexed|count)\"\\s*:\\s*(\\d+)").matcher(state);
        return m.find() ? Long.parseLong(m.group(2)) : -1;
    }

    /** The folders under the data home that hold a Lucene index (a segments_N file) and their size. */
    static String luceneSize(Path home) throws IOException {
        StringBuilder out = new StringBuilder("Lucene index on disk:");
        try (Stream<Path> files = Files.walk(home)) {
            for (Path dir : files.filter(f -> f.getFileName().toString().startsWith("segments_")).map(Path::getParent)
                    .distinct().toList()) {
                long size;
                long count;
                try (Stream<Path> in = Files.list(dir)) {
                    List<Path> all = in.filter(Files::isRegularFile).toList();
                    count = all.size();
                    size = 0;
                    for (Path f : all) {
                        size += Files.size(f);
                    }
                }
                out.append(String.format(Locale.ROOT, " %s %.2f GB in %d files;", home.relativize(dir), size / 1e9, count));
            }
        }
        return out.toString();
    }

    /**
     * One query's calls. For the application, {@code total} is what its first page says (a lower bound when the
     * page stops counting at 10,000); {@code countMs} times the request that counts every hit with the facets (made
     * only then), {@code counted} is the exact total it gives.
     */
    record Result(double[] ms, long total, double[] serverMs, double[] countMs, long counted) {
        Result(double[] ms, long total, double[] serverMs) {
            this(ms, total, serverMs, new double[0], total);
        }
    }

    static Result luceneQuery(String base, String token, Query q, int runs) throws Exception {
        StringBuilder uri = new StringBuilder(base).append("/api/archive/search?q=").append(enc(q.q())).append("&size=20");
        if (q.host() != null) {
            uri.append("&host=").append(q.host());
        }
        if (q.from() != null) {
            uri.append("&from=").append(q.from()).append("&to=").append(q.to());
        }
        if (q.kind() != null) {
            uri.append("&kind=").append(q.kind());
        }
        if (q.byDate()) {
            uri.append("&sort=date");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri.toString())).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(2)).GET().build();
        double[] serverAll = new double[runs];
        long[] total = {-1};
        double[] ms = measure(runs, i -> {
            String body = send(request);
            if (i >= 0) {
                Matcher took = Pattern.compile("\"(tookMs|took|elapsedMs)\"\\s*:\\s*([0-9.]+)").matcher(body);
                serverAll[i] = took.find() ? Double.parseDouble(took.group(2)) : Double.NaN;
            }
            if (total[0] < 0) {
                Matcher m = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(body);
                total[0] = m.find() ? Long.parseLong(m.group(1)) : -2;
                System.out.println("  lucene " + q.label() + ": " + body.substring(0, Math.min(400, body.length())));
            }
        });
        double[] server = Arrays.copyOf(serverAll, ms.length);
        Arrays.sort(ms);
        Arrays.sort(server);
        System.out.printf(Locale.ROOT, "  lucene   %-48s total %,9d  p50 %7.1f  p95 %7.1f  p99 %7.1f ms (%d runs)%n",
                q.label(), total[0], pct(ms, 50), pct(ms, 95), pct(ms, 99), ms.length);
        if (!send(request).contains("\"totalExact\":false")) {
            return new Result(ms, total[0], server);
        }
        // the page stopped counting: the results page then asks for every hit counted, with the facets
        HttpRequest counting = HttpRequest.newBuilder(URI.create(uri.toString().replace("/search?", "/facets?")))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(2)).GET().build();
        long[] counted = {-1};
        double[] count = measure(runs, i -> {
            String body = send(counting);
            if (counted[0] < 0) {
                Matcher m = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(body);
                counted[0] = m.find() ? Long.parseLong(m.group(1)) : -2;
            }
        });
        Arrays.sort(count);
        System.out.printf(Locale.ROOT, "  counting %-48s total %,9d  p50 %7.1f  p95 %7.1f  p99 %7.1f ms (%d runs)%n",
                q.label(), counted[0], pct(count, 50), pct(count, 95), pct(count, 99), count.length);
        return new Result(ms, total[0], server, count, counted[0]);
    }

    // ---------------------------------------------------------------------------------------------- FULLTEXT

    /** The boolean-mode text of a query: every word required, quoted phrases kept. */
    static String booleanMode(String q) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("\"([^\"]+)\"|(\\S+)").matcher(q);
        while (m.find()) {
            if (m.group(1) != null) {
                out.append(out.isEmpty() ? "" : " ").append("+\"").append(m.group(1)).append('"');
            } else {
                out.append(out.isEmpty() ? "" : " ").append('+').append(m.group(2).replaceAll("[+\\-<>()~*\"@]", ""));
            }
        }
        return out.toString();
    }

    static Result fulltextQuery(Connection db, Query q, int runs) throws Exception {
        StringBuilder where = new StringBuilder(" WHERE MATCH(f.body) AGAINST(? IN BOOLEAN MODE)");
        List<String> params = new ArrayList<>();
        params.add(booleanMode(q.q()));
        boolean join = false;
        if (q.host() != null) {
            where.append(" AND m.host_unit_code = ?");
            params.add(q.host());
            join = true;
        }
        if (q.from() != null) {
            // the days are Vietnamese days: 00:00 in Vietnam is 17:00 UTC the day before
            where.append(" AND m.starts_at >= ? - INTERVAL 7 HOUR AND m.starts_at < ? + INTERVAL 1 DAY - INTERVAL 7 HOUR");
            params.add(q.from());
            params.add(q.to());
            join = true;
        }
        if (q.kind() != null) {
            where.append(" AND m.kind = ?");
            params.add(q.kind());
            join = true;
        }
        String page = "SELECT f.meeting_id, m.title, m.starts_at, MATCH(f.body) AGAINST(? IN BOOLEAN MODE) AS score"
                + " FROM bench_fulltext f JOIN meeting m ON m.id = f.meeting_id" + where
                + (q.byDate() ? " ORDER BY m.starts_at DESC" : " ORDER BY score DESC") + " LIMIT 20";
        String count = "SELECT COUNT(*) FROM bench_fulltext f" + (join ? " JOIN meeting m ON m.id = f.meeting_id" : "")
                + where;
        double[] ms;
        long[] total = {-1};
        try (PreparedStatement p = db.prepareStatement(page); PreparedStatement c = db.prepareStatement(count)) {
            p.setString(1, params.get(0));
            for (int i = 0; i < params.size(); i++) {
                p.setString(i + 2, params.get(i));
                c.setString(i + 1, params.get(i));
            }
            try {
                ms = measure(runs, i -> {
                int rows = 0;
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        r.getString(2);
                        rows++;
                    }
                }
                try (ResultSet r = c.executeQuery()) {
                    r.next();
                    total[0] = r.getLong(1);
                }
                if (rows == 0 && total[0] > 0) {
                    throw new IllegalStateException("no page for " + q.label());
                }
            });
            } catch (SQLException e) {
                if (!String.valueOf(e.getMessage()).contains("max_statement_time")) {
                    throw e;
                }
                System.out.printf(Locale.ROOT, "  fulltext %-48s stopped after %d s (max_statement_time)  %s%n",
                        q.label(), FULLTEXT_TIMEOUT, params.get(0));
                return new Result(new double[] {FULLTEXT_TIMEOUT * 1000.0}, -1, new double[0]);
            }
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "  fulltext %-48s total %,9d  p50 %7.1f  p95 %7.1f  p99 %7.1f ms (%d runs)  %s%n",
                q.label(), total[0], pct(ms, 50), pct(ms, 95), pct(ms, 99), ms.length, params.get(0));
        return new Result(ms, total[0], new double[0]);
    }

    interface Run {
        void run(int i) throws Exception;
    }

    /**
     * Times {@code runs} calls after {@link #WARM_UP} warm-up calls (negative {@code i}), sorted. A query whose calls
     * take long gets one warm-up call and stops after ARCHIVE_QUERY_BUDGET seconds (default 60) once 5 calls are
     * measured (the first call alone when it took more than ten seconds), so a slow engine cannot hold the benchmark for
     * hours; the report says how many calls were measured.
     */
    static double[] measure(int runs, Run call) throws Exception {
        double budget = Double.parseDouble(System.getenv().getOrDefault("ARCHIVE_QUERY_BUDGET", "60"));
        long first = System.nanoTime();
        call.run(-WARM_UP);
        double firstMs = millis(first);
        int warmUp = firstMs > 1000 ? 0 : WARM_UP - 1;
        if (firstMs > 10_000) {
            // a call of more than ten seconds says enough by itself
            return new double[] {firstMs};
        }
        for (int i = -warmUp; i < 0; i++) {
            call.run(i);
        }
        double[] ms = new double[runs];
        long from = System.nanoTime();
        int done = 0;
        while (done < runs && (done < Math.min(runs, 5) || seconds(from) < budget)) {
            long t = System.nanoTime();
            call.run(done);
            ms[done++] = millis(t);
        }
        ms = Arrays.copyOf(ms, done);
        Arrays.sort(ms);
        return ms;
    }

    // ---------------------------------------------------------------------------------------------- report

    static final class Report {
        final StringBuilder text = new StringBuilder();

        void line(String s) {
            System.out.println(s);
            text.append("- ").append(s).append('\n');
        }

        void table(Map<Query, Result> lucene, Map<Query, Result> fulltext, int runs) {
            StringBuilder t = new StringBuilder();
            t.append(String.format(Locale.ROOT, "%n%d runs per query after %d warm-up, one client, ms over HTTP for the"
                    + " application (Lucene), over JDBC for FULLTEXT (page of 20 + count)%n%n", runs, WARM_UP));
            t.append("| class | query | Lucene total | Lucene p50 / p95 / p99 | Lucene counting all hits + facets"
                    + " p50 / p95 / p99 | FULLTEXT total | FULLTEXT p50 / p95 / p99 |\n");
            t.append("|---|---|---:|---|---|---:|---|\n");
            for (Query q : QUERIES) {
                Result l = lucene.get(q);
                Result f = fulltext.get(q);
                t.append("| ").append(q.cls()).append(" | ").append(q.label().replace("|", "\\|")).append(" | ")
                        .append(l == null ? "" : l.countMs().length == 0 ? String.format(Locale.ROOT, "%,d", l.total())
                                : String.format(Locale.ROOT, "> %,d (%,d counted)", l.total(), l.counted()))
                        .append(" | ")
                        .append(l == null ? "" : triple(l.ms()) + calls(l.ms(), runs)).append(" | ")
                        .append(l == null || l.countMs().length == 0 ? "in the page" : triple(l.countMs())).append(" | ")
                        .append(f == null ? "" : f.total() < 0 ? "?" : String.format(Locale.ROOT, "%,d", f.total()))
                        .append(" | ").append(f == null ? "" : f.total() < 0 ? "> " + FULLTEXT_TIMEOUT + " s (stopped)"
                                : triple(f.ms()) + calls(f.ms(), runs)).append(" |\n");
            }
            t.append("\nPer class (all runs of the class's queries together):\n\n");
            t.append("| class | Lucene p50 / p95 / p99 | FULLTEXT p50 / p95 / p99 | Lucene p95 ≤ 50 ms |\n|---|---|---|---|\n");
            Map<String, List<Query>> classes = new LinkedHashMap<>();
            for (Query q : QUERIES) {
                classes.computeIfAbsent(q.cls(), k -> new ArrayList<>()).add(q);
            }
            classes.forEach((cls, qs) -> {
                double[] l = merge(qs, lucene);
                double[] f = merge(qs, fulltext);
                t.append("| ").append(cls).append(" | ").append(l.length == 0 ? "" : triple(l)).append(" | ")
                        .append(f.length == 0 ? "" : triple(f)).append(" | ")
                        .append(l.length == 0 ? "" : pct(l, 95) <= 50 ? "yes" : "**no**").append(" |\n");
            });
            boolean server = lucene.values().stream().anyMatch(r -> r.serverMs().length > 0 && !Double.isNaN(r.serverMs()[0]));
            if (server) {
                t.append("\nTime the application reports for itself (per query, p50 / p95 ms):\n\n");
                for (Query q : QUERIES) {
                    Result l = lucene.get(q);
                    if (l != null) {
                        t.append("- ").append(q.label()).append(": ").append(String.format(Locale.ROOT, "%.1f / %.1f",
                                pct(l.serverMs(), 50), pct(l.serverMs(), 95))).append('\n');
                    }
                }
            }
            System.out.print(t);
            text.append(t);
        }

        static String calls(double[] ms, int runs) {
            return ms.length < runs ? " (" + ms.length + " calls)" : "";
        }

        static double[] merge(List<Query> qs, Map<Query, Result> results) {
            double[] all = qs.stream().filter(results::containsKey).flatMapToDouble(q -> Arrays.stream(results.get(q).ms()))
                    .toArray();
            Arrays.sort(all);
            return all;
        }

        static String triple(double[] sorted) {
            return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** Multi-row INSERT statements of up to {@link #max} rows, sent when flushed. */
    static final class Rows {
        final String head;
        final int columns;
        final List<Object> values = new ArrayList<>();
        int rows;
        long chars;

        Rows(String head, int columns) {
            this.head = head;
            this.columns = columns;
        }

        void add(Object... row) {
            if (row.length != columns) {
                throw new IllegalArgumentException(head + ": " + row.length + " values");
            }
            values.addAll(Arrays.asList(row));
            rows++;
        }

        int count() {
            return rows;
        }

        void flush(Connection db) throws SQLException {
            if (rows == 0) {
                return;
            }
            String one = "(" + "?,".repeat(columns - 1) + "?)";
            StringBuilder sql = new StringBuilder(head).append(" VALUES ").append(one);
            for (int i = 1; i < rows; i++) {
                sql.append(',').append(one);
            }
            try (PreparedStatement insert = db.prepareStatement(sql.toString())) {
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) {
                        insert.setNull(i + 1, Types.VARCHAR);
                    } else if (v instanceof Long l) {
                        insert.setLong(i + 1, l);
                    } else if (v instanceof Integer n) {
                        insert.setInt(i + 1, n);
                    } else if (v instanceof Boolean b) {
                        insert.setBoolean(i + 1, b);
                    } else {
                        insert.setString(i + 1, v.toString());
                    }
                }
                insert.executeUpdate();
            }
            values.clear();
            rows = 0;
        }
    }

    static String login(String base, String user) throws Exception {
        String body = send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"demo123\"}")).build());
        Matcher m = Pattern.compile("\"token\":\"([^\"]*)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user + ": " + body);
        }
        return m.group(1);
    }

    static String get(String uri, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token).GET().build());
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

    /** Waits (two minutes at most) until the database has written out what the load left in memory. */
    static void settle(long dbPid) throws Exception {
        long t = System.nanoTime();
        for (int i = 0; i < 60; i++) {
            long before = cpu(0, dbPid)[1];
            Thread.sleep(2000);
            if (cpu(0, dbPid)[1] - before < 20) {
                break;
            }
        }
        System.out.printf(Locale.ROOT, "waited %.0f s for the database's background work%n", seconds(t));
    }

    /** User and system time of the two processes so far, in hundredths of a second. */
    static long[] cpu(long payara, long db) throws IOException {
        return new long[] {ticks(payara), ticks(db)};
    }

    static long ticks(long pid) throws IOException {
        if (pid <= 0) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    static String memory(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return "RSS " + Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB";
            }
        }
        return "RSS unknown";
    }

    static String heap(long pid) {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(out);
            return m.find() ? "heap committed " + Long.parseLong(m.group(1)) / 1024 + " MB, used "
                    + Long.parseLong(m.group(2)) / 1024 + " MB" : "heap: " + out.trim().replace('\n', ' ');
        } catch (Exception e) {
            return "heap unknown (" + e.getMessage() + ")";
        }
    }

    static String load() {
        try {
            String[] l = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + l[0] + ", " + l[1] + ", " + l[2];
        } catch (IOException e) {
            return "load unknown";
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static long longValue(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String string(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static double pct(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }

    static LocalDate day(String s) {
        return LocalDate.parse(s);
    }
}
