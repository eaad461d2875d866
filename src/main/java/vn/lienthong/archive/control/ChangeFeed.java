package vn.lienthong.archive.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads the {@code archive_change} rows an instance has not applied yet. Ids are handed out when a change is
 * written, not when it commits: a long transaction can commit row 10 after row 11 was applied. So the feed
 * remembers the ids it skipped over (holes) and looks for them again until {@link #HOLE_WAIT_MILLIS} has passed;
 * a hole that never fills is an id a rolled-back transaction used.
 */
final class ChangeFeed {

    /** One change row: a meeting to read again. */
    record Change(long id, long meetingId) {
    }

    static final long HOLE_WAIT_MILLIS = 120_000;
    private static final int MAX_HOLES = 100_000;
    static final int BATCH = 2000;

    private final TreeMap<Long, Long> holes = new TreeMap<>();

    /** The rows above {@code after}, oldest first, at most {@link #BATCH}; remembers the ids skipped over. */
    List<Change> after(Connection c, long after) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, meeting_id FROM archive_change WHERE id > ? ORDER BY id LIMIT " + BATCH)) {
            s.setLong(1, after);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Change(rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        if (after >= 0) {
            long expected = after + 1;
            long now = System.currentTimeMillis();
            for (Change change : changes) {
                for (long id = expected; id < change.id() && holes.size() < MAX_HOLES; id++) {
                    holes.put(id, now);
                }
                expected = change.id() + 1;
            }
        }
        return changes;
    }

    /** The rows that have filled holes since; holes older than the wait are given up. */
    List<Change> filledHoles(Connection c) throws SQLException {
        long now = System.currentTimeMillis();
        holes.values().removeIf(seen -> now - seen > HOLE_WAIT_MILLIS);
        if (holes.isEmpty()) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        Iterator<Long> ids = holes.keySet().iterator();
        while (ids.hasNext()) {
            List<Long> chunk = new ArrayList<>();
            while (ids.hasNext() && chunk.size() < 1000) {
                chunk.add(ids.next());
            }
            changes.addAll(byIds(c, chunk));
        }
        changes.forEach(change -> holes.remove(change.id()));
        return changes;
    }

    /** The rows written since {@code since} (database time) up to {@code upTo}: read again after a restart. */
    List<Change> writtenSince(Connection c, Timestamp since, long upTo) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, meeting_id FROM archive_change WHERE changed_at > ? AND id <= ? ORDER BY id")) {
            s.setTimestamp(1, since);
            s.setLong(2, upTo);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Change(rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        return changes;
    }

    int holes() {
        return holes.size();
    }

    void forgetHoles() {
        holes.clear();
    }

    private static List<Change> byIds(Connection c, Collection<Long> ids) throws SQLException {
        String in = ids.stream().map(Object::toString).collect(Collectors.joining(",", "(", ")"));
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, meeting_id FROM archive_change WHERE id IN " + in);
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                changes.add(new Change(rs.getLong(1), rs.getLong(2)));
            }
        }
        return changes;
    }
}
