package vn.lienthong.scheduling.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Meeting;
import vn.lienthong.scheduling.entity.MeetingKind;
import vn.lienthong.scheduling.entity.MeetingStatus;
import vn.lienthong.scheduling.entity.Rsvp;

/**
 * A meeting in a unit's inbox, with the unit's current answer; {@code answerable} says whether the clerk can
 * still answer or change it (the meeting is approved and its deadline has not passed); a cancelled meeting stays
 * listed with {@code status} CANCELLED and {@code statusReason} until its end. Delegates are read with the
 * meeting ({@code GET /api/meetings/{id}}), not here, so the list stays one query.
 */
public record InboxItem(long meeting, String title, MeetingKind kind, MeetingStatus status, String hostUnit,
        OffsetDateTime start, OffsetDateTime end, OffsetDateTime answerDeadline, boolean answerable, String unit,
        Rsvp rsvp, String reason, OffsetDateTime answeredAt, String statusReason) {

    static InboxItem of(Invitation invitation, Instant now) {
        Meeting m = invitation.getMeeting();
        boolean answerable = m.getStatus() == MeetingStatus.APPROVED && !now.isAfter(m.getAnswerDeadline());
        return new InboxItem(m.getId(), m.getTitle(), m.getKind(), m.getStatus(), m.getHostUnitCode(),
                Times.vietnam(m.getStart()), Times.vietnam(m.getEnd()), Times.vietnam(m.getAnswerDeadline()),
                answerable, invitation.getUnitCode(), invitation.getRsvp(), invitation.getReason(),
                Times.vietnam(invitation.getAnsweredAt()), m.getStatusReason());
    }
}
