package vn.lienthong.scheduling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.lienthong.audit.control.AuditLog;
import vn.lienthong.audit.control.AuditLog.Action;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.scheduling.control.MeetingTimes;
import vn.lienthong.scheduling.entity.InvitationLetter;
import vn.lienthong.scheduling.entity.MeetingStatus;

/**
 * Gives an approved meeting's invitation letter its number, once. Numbers run per issuing unit and calendar year
 * (in Vietnam) from 1 without gaps or repeats, also when letters of the same issuer are issued at the same moment:
 * <ol>
 * <li>the meeting's row is locked, so two first downloads of one meeting queue and the second finds the number the
 * first gave (and a meeting changed or cancelled meanwhile is seen as it now is);</li>
 * <li>the issuer's counter row for the year is created or incremented in one statement, which holds its lock until
 * commit, so letters of one issuer are numbered one after the other;</li>
 * <li>the letter and the audit entry are written in the same transaction: if anything fails, the counter's
 * increment is undone with it and the number is not lost.</li>
 * </ol>
 * A unique key on (issuer, year, number) and the letter's key (the meeting) stand behind these rules.
 */
@ApplicationScoped
public class LetterNumbers {

    static final String ENTITY = "InvitationLetter";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    /** What the audit log keeps of an issued number. */
    public record Snapshot(long meeting, String issuer, int year, int number, String reference, Instant issuedAt,
                           int meetingSequence) {

        static Snapshot of(InvitationLetter letter) {
            return new Snapshot(letter.getMeetingId(), letter.getIssuerUnitCode(), letter.getYear(),
                    letter.getNumber(), letter.reference(), letter.getIssuedAt(), letter.getIssuedSequence());
        }
    }

    /**
     * The letter's number: the one given before, or a new one if the meeting is approved now; empty when it is
     * not (nothing is written then).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<InvitationLetter> issue(long meetingId) {
        List<?> rows = em.createNativeQuery("SELECT status, host_unit_code, ics_sequence FROM meeting WHERE id = ?"
                + " FOR UPDATE").setParameter(1, meetingId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] meeting = (Object[]) rows.get(0);
        InvitationLetter given = em.find(InvitationLetter.class, meetingId);
        if (given != null || !MeetingStatus.APPROVED.name().equals(meeting[0])) {
            return Optional.ofNullable(given);
        }
        String issuer = (String) meeting[1];
        Instant now = Instant.now();
        int year = now.atZone(MeetingTimes.VIETNAM).getYear();
        em.createNativeQuery("INSERT INTO letter_counter (issuer_unit_code, issue_year, last_number) VALUES (?, ?, 1)"
                        + " ON DUPLICATE KEY UPDATE last_number = last_number + 1")
                .setParameter(1, issuer).setParameter(2, year).executeUpdate();
        int number = ((Number) em.createNativeQuery("SELECT last_number FROM letter_counter"
                        + " WHERE issuer_unit_code = ? AND issue_year = ?")
                .setParameter(1, issuer).setParameter(2, year).getSingleResult()).intValue();
        InvitationLetter letter = new InvitationLetter(meetingId, issuer, year, number, now,
                caller.identity().username(), ((Number) meeting[2]).intValue());
        em.persist(letter);
        em.flush();
        audit.record(Action.CREATE, ENTITY, meetingId, null, Snapshot.of(letter));
        return Optional.of(letter);
    }
}
