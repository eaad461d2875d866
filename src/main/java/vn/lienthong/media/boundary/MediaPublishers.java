package vn.lienthong.media.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienthong.audit.control.AuditLog.Action;
import vn.lienthong.live.boundary.LiveAudit;
import vn.lienthong.live.entity.LiveMeeting;
import vn.lienthong.live.entity.LivePhase;
import vn.lienthong.media.control.MediaRooms;
import vn.lienthong.media.entity.Publishing;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * Who may send video into a meeting's room now, by publisher id ({@link Publishing}: the host's point always, the
 * floor's while live, points asked for a check during readiness), and the record of the streams stopped because
 * they were not. Called after the change that caused them committed, or by the timer.
 */
@ApplicationScoped
@Transactional
public class MediaPublishers {

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaRooms rooms;

    @Inject
    LiveAudit audit;

    /**
     * The feeds of a meeting's room.
     *
     * @param issued every feed the meeting's units can hold, by feed, with the unit's code
     * @param allowed those that may publish now
     */
    public record Feeds(Map<Long, String> issued, Set<Long> allowed) {

        public String unit(long feed) {
            return issued.get(feed);
        }
    }

    /** A stream sent out of the room: the feed, its unit if it is one of the meeting's, and why. */
    public record Stopped(long feed, String display, String unitCode, String reason) {
    }

    public Feeds now(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        LiveMeeting live = em.find(LiveMeeting.class, meetingId);
        LivePhase phase = live == null ? null : live.getPhase();
        Set<String> checked = new HashSet<>(em.createQuery("SELECT p.unitCode FROM PointStatus p"
                + " WHERE p.meetingId = :meeting AND p.mediaCheckAt IS NOT NULL", String.class)
                .setParameter("meeting", meetingId).getResultList());
        Map<Long, String> issued = new LinkedHashMap<>();
        Set<Long> allowed = new HashSet<>();
        for (Invitation unit : meeting == null ? List.<Invitation>of() : meeting.getInvitations()) {
            long feed = rooms.feed(meetingId, unit.getUnitCode());
            issued.put(feed, unit.getUnitCode());
            if (phase != null && Publishing.allowed(unit.getUnitCode(), meeting.getHostUnitCode(), phase,
                    live.getFloorUnit(), checked.contains(unit.getUnitCode()))) {
                allowed.add(feed);
            }
        }
        return new Feeds(issued, allowed);
    }

    /** Of the meetings whose rooms a Janus holds, those in one of {@code phases}. */
    public List<Long> inPhase(List<Long> meetingIds, List<LivePhase> phases) {
        return em.createQuery("SELECT l.meetingId FROM LiveMeeting l WHERE l.meetingId IN :ids AND l.phase IN :phases",
                Long.class).setParameter("ids", meetingIds).setParameter("phases", phases).getResultList();
    }

    /**
     * Records the streams stopped in the meeting's room, under the meeting, like its other acts; by "system" (it
     * runs on a thread of its own, outside any request).
     */
    @ActivateRequestContext
    public void stopped(long meetingId, List<Stopped> stopped) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || stopped.isEmpty()) {
            return;
        }
        for (Stopped one : stopped) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("feed", one.feed());
            details.put("display", one.display());
            details.put("reason", one.reason());
            audit.record(Action.STOP_PUBLISHER, meeting, one.unitCode(), details);
        }
    }
}
