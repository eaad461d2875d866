package vn.lienthong.scheduling.boundary;

import java.time.OffsetDateTime;
import vn.lienthong.scheduling.entity.Meeting;
import vn.lienthong.scheduling.entity.MeetingKind;
import vn.lienthong.scheduling.entity.MeetingStatus;

/** A meeting in a list or calendar: enough to show it, without its invitations. */
public record MeetingSummary(long id, String title, MeetingKind kind, MeetingStatus status, String hostUnit,
        String chairName, OffsetDateTime start, OffsetDateTime end, boolean confidential, long invited,
        Long seriesId, Integer occurrence, long version) {

    static MeetingSummary of(Meeting meeting, long invited) {
        return new MeetingSummary(meeting.getId(), meeting.getTitle(), meeting.getKind(), meeting.getStatus(),
                meeting.getHostUnitCode(), meeting.getChair().name(), Times.vietnam(meeting.getStart()),
                Times.vietnam(meeting.getEnd()), meeting.isConfidential(), invited, meeting.getSeriesId(),
                meeting.getOccurrenceIndex(), meeting.getVersion());
    }
}
