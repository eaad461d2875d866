package vn.lienthong.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.lienthong.live.entity.Attendance;
import vn.lienthong.live.entity.AttendanceState;
import vn.lienthong.live.entity.LiveMeeting;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * The stored roll call of a meeting as other features read it (the minutes fill their attendance from it): per
 * unit the word on it, for a meeting that went live. The caller has checked that its caller may see the meeting.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RollCallOutcomes {

    @PersistenceContext
    EntityManager em;

    /** The word on a unit: how it was present, or absent and why. */
    public record Outcome(AttendanceState state, String reason, String representedBy) {

        public boolean present() {
            return state.isPresent();
        }
    }

    /** Whether the meeting went live, so that it has a roll call. */
    public boolean held(Meeting meeting) {
        LiveMeeting live = em.find(LiveMeeting.class, meeting.getId());
        return live != null && live.getStartedAt() != null;
    }

    /**
     * The word on every unit the roll call has a line for, by unit code; a unit without one was not heard of.
     * Empty when the meeting never went live.
     */
    public Optional<Map<String, Outcome>> of(Meeting meeting) {
        if (!held(meeting)) {
            return Optional.empty();
        }
        Map<String, Outcome> outcomes = new HashMap<>();
        em.createQuery("SELECT a FROM Attendance a WHERE a.meetingId = :meeting", Attendance.class)
                .setParameter("meeting", meeting.getId()).getResultStream()
                .forEach(a -> outcomes.put(a.getUnitCode(), new Outcome(a.getState(), a.getReason(),
                        a.getRepresentedBy())));
        return Optional.of(outcomes);
    }
}
