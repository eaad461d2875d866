package vn.lienthong.scheduling.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import vn.lienthong.scheduling.entity.AgendaItem;
import vn.lienthong.scheduling.entity.Chair;
import vn.lienthong.scheduling.entity.Delegate;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Meeting;
import vn.lienthong.scheduling.entity.MeetingKind;
import vn.lienthong.scheduling.entity.MeetingStatus;
import vn.lienthong.scheduling.entity.Rsvp;

/**
 * A meeting as the API shows it, with its agenda, its invitations and, for a recurring meeting, the other meetings
 * of its series. {@code sequence} is the iCalendar SEQUENCE; {@code version} is sent back to change the meeting;
 * {@code answerDeadline} is when the invited units' answers (RSVP) are due; {@code documents} are the files attached.
 */
public record MeetingView(long id, String title, MeetingKind kind, MeetingStatus status, String statusReason,
        String hostUnit, String hostUnitName, long hostPoint, ChairView chair, OffsetDateTime start,
        OffsetDateTime end, OffsetDateTime answerDeadline, boolean confidential, List<AgendaItemView> agenda,
        int invited, List<InvitationView> invitations, Long seriesId, Integer occurrence, List<OccurrenceView> series,
        int sequence, String createdBy, String createdByUnit, Instant createdAt, long version,
        List<DocumentView> documents) {

    public record ChairView(String username, String name, String position) {

        static ChairView of(Chair chair) {
            return new ChairView(chair.username(), chair.name(), chair.position());
        }
    }

    public record AgendaItemView(String title, String presenter, Integer minutes) {

        static AgendaItemView of(AgendaItem item) {
            return new AgendaItemView(item.title(), item.presenter(), item.plannedMinutes());
        }
    }

    /**
     * One invited unit and its answer: {@code rsvp} is PENDING until it answers; {@code reason} says why it
     * declines; {@code delegates} are who it sends.
     */
    public record InvitationView(String unit, String unitName, int level, String parent, Long point, Rsvp rsvp,
            String reason, List<DelegateView> delegates, OffsetDateTime answeredAt, String answeredBy) {

        static InvitationView of(Invitation invitation) {
            return new InvitationView(invitation.getUnitCode(), invitation.getUnitName(), invitation.getUnitLevel(),
                    invitation.getParentCode(), invitation.getPointId(), invitation.getRsvp(), invitation.getReason(),
                    invitation.getDelegates().stream().map(DelegateView::of).toList(),
                    Times.vietnam(invitation.getAnsweredAt()), invitation.getAnsweredBy());
        }
    }

    public record DelegateView(String name, String position) {

        static DelegateView of(Delegate delegate) {
            return new DelegateView(delegate.name(), delegate.position());
        }
    }

    /** Another meeting of the same series. */
    public record OccurrenceView(long id, int occurrence, OffsetDateTime start, OffsetDateTime end,
            MeetingStatus status) {

        static OccurrenceView of(Meeting meeting) {
            return new OccurrenceView(meeting.getId(), meeting.getOccurrenceIndex(), Times.vietnam(meeting.getStart()),
                    Times.vietnam(meeting.getEnd()), meeting.getStatus());
        }
    }

    /**
     * What a meeting states for the units it invites: when a change leaves this as it was, there is nothing to
     * tell them.
     */
    record Statement(String title, MeetingKind kind, String hostUnit, long hostPoint, ChairView chair, Instant start,
            Instant end, boolean confidential, List<AgendaItemView> agenda, List<String> invited, List<Long> points) {

        static Statement of(Meeting m) {
            return new Statement(m.getTitle(), m.getKind(), m.getHostUnitCode(), m.getHostPointId(),
                    ChairView.of(m.getChair()), m.getStart(), m.getEnd(), m.isConfidential(),
                    m.getAgenda().stream().map(AgendaItemView::of).toList(),
                    m.getInvitations().stream().map(Invitation::getUnitCode).toList(),
                    m.getInvitations().stream().map(Invitation::getPointId).toList());
        }
    }

    static MeetingView of(Meeting meeting, List<Meeting> series, List<DocumentView> documents) {
        List<InvitationView> invitations = meeting.getInvitations().stream().map(InvitationView::of).toList();
        String hostName = meeting.getInvitations().stream()
                .filter(i -> i.getUnitCode().equals(meeting.getHostUnitCode()))
                .map(Invitation::getUnitName).findFirst().orElse(meeting.getHostUnitCode());
        return new MeetingView(meeting.getId(), meeting.getTitle(), meeting.getKind(), meeting.getStatus(),
                meeting.getStatusReason(), meeting.getHostUnitCode(), hostName, meeting.getHostPointId(),
                ChairView.of(meeting.getChair()), Times.vietnam(meeting.getStart()), Times.vietnam(meeting.getEnd()),
                Times.vietnam(meeting.getAnswerDeadline()), meeting.isConfidential(),
                meeting.getAgenda().stream().map(AgendaItemView::of).toList(),
                invitations.size(), invitations, meeting.getSeriesId(), meeting.getOccurrenceIndex(),
                meeting.getSeriesId() == null ? null : series.stream().map(OccurrenceView::of).toList(),
                meeting.getIcsSequence(), meeting.getCreatedBy(), meeting.getCreatedByUnit(), meeting.getCreatedAt(),
                meeting.getVersion(), documents);
    }
}
