package vn.lienthong.archive.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import vn.lienthong.archive.entity.ArchivedMeeting;
import vn.lienthong.minutes.control.MinutesText;
import vn.lienthong.platform.control.ApplicationStartup;

/**
 * Reads meetings for the index straight from the database, many at a time: one statement per table for a whole
 * batch of meetings, so a rebuild of a million meetings costs a few thousand statements, not millions.
 */
@ApplicationScoped
public class MeetingRecords {

    @Resource(lookup = ApplicationStartup.DATASOURCE)
    DataSource dataSource;

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    private static final long LINEAGE_MILLIS = 60_000;
    private volatile UnitLineage lineage;
    private volatile long lineageRead;

    /** Today's directory as of at most a minute ago, for the filters and facet labels of searches. */
    public UnitLineage lineage() {
        UnitLineage known = lineage;
        if (known == null || System.currentTimeMillis() - lineageRead > LINEAGE_MILLIS) {
            try (Connection c = connection()) {
                known = lineage(c);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            lineage = known;
            lineageRead = System.currentTimeMillis();
        }
        return known;
    }

    /** The unit names and successions of today's directory. */
    public UnitLineage lineage(Connection c) throws SQLException {
        Map<String, String> names = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code, name FROM admin_unit ORDER BY code, valid_from");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
        }
        List<String[]> links = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT predecessor_code, successor_code FROM unit_succession");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                links.add(new String[]{rs.getString(1), rs.getString(2)});
            }
        }
        return new UnitLineage(names, links);
    }

    /** Up to {@code limit} meeting ids above {@code after}, in order: the pages of a rebuild. */
    public List<Long> idsAfter(Connection c, long after, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM meeting WHERE id > ? ORDER BY id LIMIT ?")) {
            s.setLong(1, after);
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    public long meetingCount(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM meeting"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The meetings among {@code ids} that exist, in no particular order; a deleted one is simply missing. */
    public List<ArchivedMeeting> load(Connection c, Collection<Long> ids, UnitLineage lineage) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(id -> "?").collect(Collectors.joining(",", "(", ")"));
        Map<Long, Builder> meetings = new LinkedHashMap<>();
        query(c, "SELECT id, title, kind, status, confidential, starts_at, host_unit_code, chair_name, chair_username,"
                + " created_by_unit FROM meeting WHERE id IN " + in, ids, rs -> {
            Builder b = new Builder();
            b.id = rs.getLong(1);
            b.title = rs.getString(2);
            b.kind = rs.getString(3);
            b.status = rs.getString(4);
            b.confidential = rs.getBoolean(5);
            b.start = rs.getTimestamp(6).toInstant();
            b.host = rs.getString(7);
            b.chairName = rs.getString(8);
            b.chairUsername = rs.getString(9);
            b.createdBy = rs.getString(10);
            meetings.put(b.id, b);
        });
        if (meetings.isEmpty()) {
            return List.of();
        }
        query(c, "SELECT meeting_id, title, presenter FROM agenda_item WHERE meeting_id IN " + in
                + " ORDER BY meeting_id, position", ids, rs -> with(meetings, rs, b -> b.agenda.add(
                rs.getString(3) == null ? rs.getString(2) : rs.getString(2) + " — " + rs.getString(3))));
        query(c, "SELECT meeting_id, unit_code, unit_name FROM invitation WHERE meeting_id IN " + in, ids,
                rs -> with(meetings, rs, b -> b.invited.put(rs.getString(2), rs.getString(3))));
        query(c, "SELECT m.meeting_id, m.status, v.content FROM minutes m JOIN minutes_version v"
                + " ON v.meeting_id = m.meeting_id AND v.number = m.current_number WHERE m.meeting_id IN " + in, ids,
                rs -> with(meetings, rs, b -> {
                    b.minutesStatus = rs.getString(2);
                    b.minutes = minutesLines(rs.getString(3));
                }));
        query(c, "SELECT meeting_id, title, conclusion_text, done_note FROM conclusion_task WHERE meeting_id IN " + in
                + " ORDER BY meeting_id, id", ids, rs -> with(meetings, rs, b -> {
            b.tasks.add(rs.getString(2));
            b.conclusions.add(rs.getString(3));
            if (rs.getString(4) != null) {
                b.tasks.add(rs.getString(4));
            }
        }));
        query(c, "SELECT t.meeting_id, p.note FROM conclusion_task_progress p JOIN conclusion_task t ON t.id = p.task_id"
                + " WHERE p.note IS NOT NULL AND t.meeting_id IN " + in + " ORDER BY p.id", ids,
                rs -> with(meetings, rs, b -> b.tasks.add(rs.getString(2))));
        query(c, "SELECT meeting_id, name, text_content FROM meeting_document WHERE text_status = 'EXTRACTED'"
                + " AND meeting_id IN " + in + " ORDER BY meeting_id, id", ids, rs -> with(meetings, rs, b -> {
            b.attachments.add(rs.getString(2));
            if (rs.getString(3) != null) {
                b.attachments.add(rs.getString(3));
            }
        }));
        return meetings.values().stream().map(b -> b.build(lineage)).toList();
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private interface Change {
        void apply(Builder b) throws SQLException;
    }

    private static void with(Map<Long, Builder> meetings, ResultSet rs, Change change) throws SQLException {
        Builder b = meetings.get(rs.getLong(1));
        if (b != null) {
            change.apply(b);
        }
    }

    private static void query(Connection c, String sql, Collection<Long> ids, Row row) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            for (Long id : ids) {
                s.setLong(i++, id);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }

    /** The minutes as the text they read as; stored content that is not the expected JSON still gives its words. */
    static List<String> minutesLines(String content) {
        try (JsonReader reader = Json.createReader(new StringReader(content))) {
            return MinutesText.lines(reader.readObject());
        } catch (RuntimeException notMinutesJson) {
            return List.of(Jsoup.parse(content).text());
        }
    }

    private static final class Builder {
        long id;
        String title;
        String kind;
        String status;
        boolean confidential;
        java.time.Instant start;
        String host;
        String chairName;
        String chairUsername;
        String createdBy;
        String minutesStatus = "NONE";
        final List<String> agenda = new ArrayList<>();
        final Map<String, String> invited = new LinkedHashMap<>();
        List<String> minutes = List.of();
        final List<String> conclusions = new ArrayList<>();
        final List<String> tasks = new ArrayList<>();
        final List<String> attachments = new ArrayList<>();

        ArchivedMeeting build(UnitLineage lineage) {
            List<String> taskText = new ArrayList<>(new LinkedHashSet<>(conclusions));
            taskText.addAll(tasks);
            return new ArchivedMeeting(id, title, kind, status, confidential, start, host,
                    invited.getOrDefault(host, lineage.name(host)), chairName, chairUsername, createdBy,
                    Set.copyOf(invited.keySet()), List.copyOf(new LinkedHashSet<>(invited.values())), minutesStatus,
                    agenda, minutes, taskText, attachments);
        }
    }
}
