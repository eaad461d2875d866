package vn.lienthong.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import vn.lienthong.live.control.LiveState;
import vn.lienthong.live.entity.LiveMeeting;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * Reads the snapshot of a live meeting without its row lock, so that the sockets of a meeting open side by side
 * (10,000 at the start of a national meeting) instead of one after another behind every change. The number a
 * snapshot carries is that of the last event its reads include; a later event has a higher one:
 * <ul>
 * <li>a change writes its data and takes its number in one transaction, under the row lock, so a reader that sees
 * the number sees the data and the other way round;</li>
 * <li>all reads of a snapshot are in one repeatable-read transaction (MariaDB's default), one consistent view; in
 * case the isolation is weaker the number is read again at the end, and a snapshot read while a change was
 * committed is read again;</li>
 * <li>a row that does not exist yet or whose phase is behind the clock needs a write: that happens in a
 * transaction of its own, under the lock, before the snapshot is read again.</li>
 * </ul>
 * The socket is registered before its snapshot is read ({@link LiveSocket}), so every event after the snapshot's
 * number reaches it; {@link Subscriber} drops those up to the number. Each method is a transaction of its own;
 * {@link LiveMeetings#open} tries them in turn.
 */
@ApplicationScoped
public class LiveSnapshots {

    @Inject
    LiveAccess access;

    @Inject
    LiveState state;

    @Inject
    Changes changes;

    /** The snapshot by a consistent read; empty when the row needs a write first or moved while being read. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<LiveMeetings.Snapshot> unlocked(long meetingId) {
        Meeting meeting = access.meeting(meetingId);
        Instant now = Instant.now();
        LiveMeeting live = state.read(meetingId).orElse(null);
        if (live == null || live.behind(meeting.getStatus(), state.readinessOpens(meeting), now)) {
            return Optional.empty();
        }
        var data = state.snapshot(meeting, live, now);
        if (state.committedSeq(meetingId) != live.getSeq()) {
            return Optional.empty();
        }
        return Optional.of(new LiveMeetings.Snapshot(live.getSeq(), data));
    }

    /** Creates the meeting's live row or moves its phase with the clock, and commits. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void bringUpToDate(long meetingId) {
        changes.locked(access.meeting(meetingId), Instant.now());
    }

    /** The snapshot under the row lock: the last resort when the meeting keeps changing under the reader. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LiveMeetings.Snapshot locked(long meetingId) {
        Meeting meeting = access.meeting(meetingId);
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        return new LiveMeetings.Snapshot(live.getSeq(), state.snapshot(meeting, live, now));
    }
}
