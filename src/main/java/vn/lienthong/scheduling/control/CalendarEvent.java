package vn.lienthong.scheduling.control;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import vn.lienthong.scheduling.entity.AgendaItem;

/**
 * A meeting as a calendar shows it: what {@link MeetingCalendar} needs, read from the meeting and the directory.
 *
 * @param location     the name of the host unit's meeting point, or {@code null} when it no longer exists
 * @param cancelReason why the meeting will not take place, or {@code null}
 * @param link         the meeting in the web UI
 */
public record CalendarEvent(long meetingId, String title, Instant start, Instant end, int sequence, State state,
        String hostUnitCode, String hostUnitName, String location, String chair, List<AgendaItem> agenda,
        String cancelReason, URI link) {

    /** How far the meeting is settled; a rejected meeting will not take place either, so it reads as cancelled. */
    public enum State { TENTATIVE, CONFIRMED, CANCELLED }
}
