package vn.lienthong.scheduling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.lienthong.scheduling.control.LetterContent;
import vn.lienthong.scheduling.control.LetterContent.Standing;
import vn.lienthong.scheduling.control.LetterPdf;
import vn.lienthong.scheduling.control.MeetingTimes;
import vn.lienthong.scheduling.control.SchedulingSettings;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.InvitationLetter;
import vn.lienthong.scheduling.entity.Meeting;
import vn.lienthong.scheduling.entity.MeetingStatus;

/**
 * The invitation letter (giấy mời) of a meeting as a PDF, for whoever may read the meeting. An approved meeting's
 * letter is numbered the first time anyone asks for it ({@link LetterNumbers}) and keeps that number and date when
 * it is rendered again, after changes and after a cancellation. A meeting not yet approved gets a draft without
 * a number; a rejected or cancelled one a letter marked void, with the reason.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InvitationLetters {

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingAccess access;

    @Inject
    LetterNumbers numbers;

    @Inject
    MeetingHost host;

    @Inject
    SchedulingSettings settings;

    /** A letter to send: the PDF and the name to save it under. */
    public record Letter(byte[] pdf, String fileName) {

        /** RFC 6266: a plain ASCII name for old clients and the Vietnamese one, UTF-8 and percent-encoded. */
        public String contentDisposition(long meetingId) {
            return "attachment; filename=\"giay-moi-" + meetingId + ".pdf\"; filename*=UTF-8''"
                    + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    public Letter letter(long id) {
        Meeting meeting = access.visible(em.find(Meeting.class, id), id);
        InvitationLetter issued = em.find(InvitationLetter.class, id);
        if (issued == null && meeting.getStatus() == MeetingStatus.APPROVED) {
            issued = issue(id).orElse(null);
            meeting = access.visible(em.find(Meeting.class, id), id);
        }
        LetterContent content = content(meeting, issued);
        String name = issued == null ? "Giấy mời cuộc họp " + id + " (" + standing(content) + ").pdf"
                : "Giấy mời số " + issued.reference().replace('/', '-') + " - cuộc họp " + id + ".pdf";
        return new Letter(LetterPdf.render(content), name);
    }

    private Optional<InvitationLetter> issue(long id) {
        try {
            return numbers.issue(id);
        } catch (PersistenceException raced) {
            // a parallel first download of this meeting wrote its letter first: that number is the letter's
            return Optional.ofNullable(em.find(InvitationLetter.class, id)).or(() -> {
                throw raced;
            });
        }
    }

    private static String standing(LetterContent content) {
        return content.standing().mark() == null ? "chính thức"
                : content.standing().mark().toLowerCase(Locale.forLanguageTag("vi"));
    }

    private LetterContent content(Meeting meeting, InvitationLetter issued) {
        List<Invitation> guests = meeting.getInvitations().stream()
                .filter(i -> !i.getUnitCode().equals(meeting.getHostUnitCode())).toList();
        Map<Long, String> points = pointNames(guests);
        List<LetterContent.Invitee> invited = guests.stream().map(i -> new LetterContent.Invitee(i.getUnitCode(),
                i.getUnitName(), i.getUnitLevel(), i.getPointId() == null ? null : points.get(i.getPointId())))
                .toList();
        ZonedDateTime issuedAt = issued == null ? null : issued.getIssuedAt().atZone(MeetingTimes.VIETNAM);
        int year = issuedAt == null ? Instant.now().atZone(MeetingTimes.VIETNAM).getYear() : issuedAt.getYear();
        return new LetterContent(host.issuer(meeting),
                issued == null ? null : issued.reference(), issuedAt == null ? null : issuedAt.toLocalDate(), year,
                Standing.of(meeting.getStatus()), meeting.getStatusReason(), meeting.getId(),
                meeting.getIcsSequence(), meeting.getTitle(), meeting.getKind(), Times.vietnam(meeting.getStart())
                .toZonedDateTime(), Times.vietnam(meeting.getEnd()).toZonedDateTime(), host.venue(meeting),
                new LetterContent.Signer(meeting.getChair().name(), meeting.getChair().position()),
                meeting.getAgenda(), invited, meeting.getAnswerDeadline().atZone(MeetingTimes.VIETNAM),
                settings.readinessBuffer());
    }

    private Map<Long, String> pointNames(List<Invitation> invitations) {
        List<Long> ids = invitations.stream().map(Invitation::getPointId).filter(Objects::nonNull)
                .distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT p.id, p.name FROM MeetingPoint p WHERE p.id IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }
}
