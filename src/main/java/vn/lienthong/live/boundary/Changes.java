package vn.lienthong.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import vn.lienthong.live.control.LiveState;
import vn.lienthong.live.entity.LiveEvent;
import vn.lienthong.live.entity.PersonPresence;
import vn.lienthong.live.entity.Presence;
import vn.lienthong.scheduling.entity.Meeting;
import vn.lienthong.live.entity.LiveMeeting;

/**
 * Writes a change of a live meeting into its event log with the next number and fires it; observers push it after
 * the commit ({@link LiveFeed}). The meeting's live row must be locked ({@code LiveState.locked}).
 */
@ApplicationScoped
public class Changes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<LiveChanged> changed;

    @Inject
    LiveState state;

    /** The meeting's live row, locked, its phase brought up to the clock and the booking (an event if it moved). */
    @Transactional(Transactional.TxType.MANDATORY)
    public LiveMeeting locked(Meeting meeting, Instant now) {
        LiveMeeting live = state.locked(meeting.getId());
        if (live.follow(meeting.getStatus(), state.readinessOpens(meeting), now)) {
            if (live.getPhase().isOver()) {
                closePresences(meeting.getId(), now);
            }
            phase(meeting, live, now);
        }
        return live;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void phase(Meeting meeting, LiveMeeting live, Instant now) {
        publish(live, "phase", state.lifecycle(meeting, live, now), now);
    }

    /** Ends every stay of a point and of a delegate still open: the meeting is over. The stays are kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closePresences(long meetingId, Instant now) {
        em.createQuery("SELECT p FROM Presence p WHERE p.meetingId = :meeting AND p.leftAt IS NULL", Presence.class)
                .setParameter("meeting", meetingId).getResultList().forEach(p -> p.leave(now));
        em.createNamedQuery(PersonPresence.OPEN_IN_MEETING, PersonPresence.class).setParameter("meeting", meetingId)
                .getResultList().forEach(p -> p.checkOut("system", now));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(LiveMeeting locked, String type, JsonObject data, Instant now) {
        long seq = locked.nextSeq();
        String text = data.toString();
        em.persist(new LiveEvent(locked.getMeetingId(), seq, type, text, now));
        changed.fire(new LiveChanged(locked.getMeetingId(), seq, type, text));
    }

    /** The events of a meeting after {@code after} up to {@code upTo}, in order, from the log. */
    @Transactional
    public List<LiveChanged> between(long meetingId, long after, long upTo) {
        return em.createNamedQuery(LiveEvent.AFTER, LiveEvent.class).setParameter("meeting", meetingId)
                .setParameter("after", after).setParameter("upTo", upTo).getResultStream()
                .map(e -> new LiveChanged(e.getMeetingId(), e.getSeq(), e.getType(), e.getData())).toList();
    }
}
