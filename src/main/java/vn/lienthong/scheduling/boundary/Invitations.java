package vn.lienthong.scheduling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.lienthong.audit.control.AuditLog;
import vn.lienthong.audit.control.AuditLog.Action;
import vn.lienthong.platform.boundary.Page;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.boundary.MeetingView.DelegateView;
import vn.lienthong.scheduling.boundary.MeetingView.InvitationView;
import vn.lienthong.scheduling.entity.Delegate;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.InvitationKey;
import vn.lienthong.scheduling.entity.Meeting;
import vn.lienthong.scheduling.entity.MeetingStatus;
import vn.lienthong.scheduling.entity.Rsvp;

/**
 * The invited units' side of a meeting: answering (RSVP), the summary of answers for the secretariat and the
 * chair, and a unit's inbox of the meetings it is invited to.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class Invitations {

    private static final String ENTITY = "Invitation";

    /** Which of its invitations a unit lists: those still to answer, those answered, or all. */
    public enum InboxFilter {
        PENDING, ANSWERED, ALL
    }

    /** An answer as the audit log records it. */
    public record AnswerRecord(long meeting, String unit, Rsvp rsvp, String reason, List<DelegateView> delegates,
            String answeredBy, Instant answeredAt) {

        static AnswerRecord of(Invitation i) {
            return new AnswerRecord(i.getMeeting().getId(), i.getUnitCode(), i.getRsvp(), i.getReason(),
                    i.getDelegates().stream().map(DelegateView::of).toList(), i.getAnsweredBy(), i.getAnsweredAt());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MeetingAccess access;

    @Inject
    AuditLog audit;

    /** Records a unit's answer, replacing its earlier one; nothing is written when any rule refuses it. */
    public InvitationView answer(long meetingId, RsvpRequest request) {
        CallerIdentity who = access.answerer();
        Meeting meeting = access.visible(em.find(Meeting.class, meetingId), meetingId);
        String unit = request.unit().strip();
        // locked, so that two answers given at once for the same unit replace each other's delegates in turn
        Invitation invitation = em.find(Invitation.class, new InvitationKey(meetingId, unit),
                LockModeType.PESSIMISTIC_WRITE);
        if (invitation == null) {
            throw ProblemException.invalid("unit", "rsvp.notInvited", unit);
        }
        access.requireAnswersFor(who, unit, meeting);
        AnswerRecord before = AnswerRecord.of(invitation);
        List<Delegate> delegates = request.delegates() == null ? List.of()
                : request.delegates().stream().map(d -> new Delegate(d.name(), d.position())).toList();
        invitation.answer(request.answer(), request.reason(), delegates, who.username(), Instant.now());
        em.flush();
        audit.record(Action.UPDATE, ENTITY, meetingId + "/" + unit, before, AnswerRecord.of(invitation));
        return InvitationView.of(invitation);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RsvpSummary summary(long meetingId) {
        Meeting meeting = access.visible(em.find(Meeting.class, meetingId), meetingId);
        access.requireSeesAnswers(meeting);
        Map<Integer, long[]> counts = new TreeMap<>();
        em.createQuery("SELECT i.unitLevel, i.rsvp, COUNT(i) FROM Invitation i WHERE i.meeting.id = :id"
                        + " AND i.unitCode <> :host GROUP BY i.unitLevel, i.rsvp", Object[].class)
                .setParameter("id", meetingId).setParameter("host", meeting.getHostUnitCode()).getResultList()
                .forEach(row -> {
                    long[] byAnswer = counts.computeIfAbsent(((Number) row[0]).intValue(),
                            level -> new long[Rsvp.values().length]);
                    byAnswer[((Rsvp) row[1]).ordinal()] += ((Number) row[2]).longValue();
                });
        List<RsvpSummary.Tier> tiers = counts.entrySet().stream().map(e -> {
            long[] n = e.getValue();
            long attending = n[Rsvp.ATTENDING.ordinal()];
            long declined = n[Rsvp.DECLINED.ordinal()];
            return new RsvpSummary.Tier(e.getKey(), n[Rsvp.PENDING.ordinal()] + attending + declined,
                    attending + declined, attending, declined);
        }).toList();
        List<RsvpSummary.Unanswered> silent = em.createQuery("SELECT i.unitCode, i.unitName, i.unitLevel,"
                        + " i.parentCode FROM Invitation i WHERE i.meeting.id = :id AND i.unitCode <> :host"
                        + " AND i.rsvp = :pending ORDER BY i.unitLevel, i.unitCode", Object[].class)
                .setParameter("id", meetingId).setParameter("host", meeting.getHostUnitCode())
                .setParameter("pending", Rsvp.PENDING).getResultList().stream()
                .map(row -> new RsvpSummary.Unanswered((String) row[0], (String) row[1],
                        ((Number) row[2]).intValue(), (String) row[3]))
                .toList();
        boolean open = meeting.getStatus() == MeetingStatus.APPROVED
                && !Instant.now().isAfter(meeting.getAnswerDeadline());
        return new RsvpSummary(meetingId, meeting.getTitle(), Times.vietnam(meeting.getStart()),
                Times.vietnam(meeting.getAnswerDeadline()), open, tiers, silent);
    }

    /**
     * The meetings not yet over that the caller's unit is invited to, the soonest first: approved ones, and
     * cancelled ones it had been told of. Drafts, meetings waiting for approval and rejected ones are not there.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InboxItem> inbox(InboxFilter filter, int offset, int limit) {
        String unit = caller.identity().unitCode();
        // only what is official: approved meetings, and those cancelled after they were announced (marked so)
        String where = " WHERE i.unitCode = :unit AND m.endsAt > :now AND (m.status = :approved"
                + " OR (m.status = :cancelled AND m.announcedAt IS NOT NULL))" + switch (filter) {
            case PENDING -> " AND i.rsvp = :pending";
            case ANSWERED -> " AND i.rsvp <> :pending";
            case ALL -> "";
        };
        Instant now = Instant.now();
        var items = em.createQuery("SELECT i FROM Invitation i JOIN FETCH i.meeting m" + where
                + " ORDER BY m.startsAt, m.id", Invitation.class);
        var count = em.createQuery("SELECT COUNT(i) FROM Invitation i JOIN i.meeting m" + where, Long.class);
        for (var query : List.of(items, count)) {
            query.setParameter("unit", unit).setParameter("now", now)
                    .setParameter("approved", MeetingStatus.APPROVED).setParameter("cancelled", MeetingStatus.CANCELLED);
            if (filter != InboxFilter.ALL) {
                query.setParameter("pending", Rsvp.PENDING);
            }
        }
        List<InboxItem> page = items.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(i -> InboxItem.of(i, now)).toList();
        return new Page<>(page, count.getSingleResult());
    }
}
