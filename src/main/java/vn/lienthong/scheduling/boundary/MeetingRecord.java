package vn.lienthong.scheduling.boundary;

import java.time.Instant;
import java.util.List;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Meeting;
import vn.lienthong.scheduling.entity.MeetingKind;
import vn.lienthong.scheduling.entity.MeetingStatus;

/**
 * A meeting as the audit log records it: what it states and the codes of the units it invites (their names are
 * in the directory's history), compact enough for a meeting of thousands of units.
 */
public record MeetingRecord(long id, String title, MeetingKind kind, MeetingStatus status, String statusReason,
        String hostUnit, long hostPoint, String chairUsername, String chairName, String chairPosition, Instant start,
        Instant end, boolean confidential, Long seriesId, Integer occurrence, int sequence, int agendaItems,
        List<String> invitedUnits, long version) {

    static MeetingRecord of(Meeting m) {
        return new MeetingRecord(m.getId(), m.getTitle(), m.getKind(), m.getStatus(), m.getStatusReason(),
                m.getHostUnitCode(), m.getHostPointId(), m.getChair().username(), m.getChair().name(),
                m.getChair().position(), m.getStart(), m.getEnd(), m.isConfidential(), m.getSeriesId(),
                m.getOccurrenceIndex(), m.getIcsSequence(), m.getAgenda().size(),
                m.getInvitations().stream().map(Invitation::getUnitCode).toList(), m.getVersion());
    }
}
