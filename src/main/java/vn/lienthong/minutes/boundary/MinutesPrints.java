package vn.lienthong.minutes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.lienthong.directory.boundary.UnitNames;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.entity.User;
import vn.lienthong.minutes.control.MinutesPdf;
import vn.lienthong.minutes.control.MinutesPrint;
import vn.lienthong.minutes.control.MinutesSeal;
import vn.lienthong.minutes.control.MinutesVersions;
import vn.lienthong.minutes.control.NoticePdf;
import vn.lienthong.minutes.control.NoticePrint;
import vn.lienthong.minutes.entity.Minutes;
import vn.lienthong.minutes.entity.MinutesVersion;
import vn.lienthong.platform.boundary.Dates;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.boundary.MeetingAccess;
import vn.lienthong.scheduling.boundary.MeetingHost;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * The printable documents of a meeting's minutes, for whoever may read the meeting (404 for everyone else): the
 * minutes and the conclusion notice as PDFs. Only locked minutes are printed, from their newest locked version
 * (the amendment, once there is one): a draft is still being written, so asking for its PDF is a 409 that says so
 * rather than a paper that could be taken for the minutes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MinutesPrints {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MeetingAccess access;

    @Inject
    MeetingHost host;

    @Inject
    MinutesVersions versions;

    @Inject
    ConclusionNotices notices;

    @Inject
    UnitNames unitNames;

    /** A PDF to send and the name to save it under. */
    public record Printed(byte[] pdf, String fileName) {
    }

    public Printed minutes(long meetingId) {
        Meeting meeting = visible(meetingId);
        MinutesVersion locked = newestLocked(meetingId);
        MinutesPrint print = new MinutesPrint(host.issuer(meeting), meetingId, meeting.getTitle(), meeting.getKind(),
                meeting.getStart().atZone(Dates.VIETNAM), meeting.getEnd().atZone(Dates.VIETNAM),
                host.venueLine(meeting), meeting.getChair().name(),
                meeting.getChair().position(), secretary(meetingId), MinutesSeal.parse(locked.getContent()),
                locked.getNumber(), locked.getKind(), locked.getSha256(), locked.getBasedOn(), locked.getReason());
        String name = (print.isAmendment() ? "Biên bản đính chính" : "Biên bản")
                + " cuộc họp " + meetingId + " - phiên bản " + locked.getNumber() + ".pdf";
        return new Printed(MinutesPdf.render(print), name);
    }

    public Printed notice(long meetingId) {
        Meeting meeting = visible(meetingId);
        MinutesVersion locked = newestLocked(meetingId);
        ConclusionNotice notice = notices.of(meetingId);
        LocalDate day = meeting.getStart().atZone(Dates.VIETNAM).toLocalDate();
        Set<String> recipients = new LinkedHashSet<>();
        List<NoticePrint.Conclusion> conclusions = new ArrayList<>();
        for (ConclusionNotice.Conclusion conclusion : notice.conclusions()) {
            List<NoticePrint.Assignment> tasks = new ArrayList<>();
            for (TaskView task : conclusion.tasks()) {
                List<String> supporting = task.supportingUnits().stream().map(u -> unitNames.nameOn(u, day))
                        .toList();
                tasks.add(new NoticePrint.Assignment(task.title(), task.leadUnitName(), supporting,
                        task.deadline()));
                recipients.add(task.leadUnitName());
                recipients.addAll(supporting);
            }
            conclusions.add(new NoticePrint.Conclusion(conclusion.n() + 1, conclusion.text(), tasks));
        }
        NoticePrint print = new NoticePrint(host.issuer(meeting), meetingId, meeting.getTitle(), meeting.getKind(),
                meeting.getStart().atZone(Dates.VIETNAM), meeting.getEnd().atZone(Dates.VIETNAM),
                host.venueLine(meeting), meeting.getChair().name(),
                meeting.getChair().position(), locked.getSavedAt().atZone(Dates.VIETNAM).toLocalDate(),
                locked.getNumber(), locked.getSha256(), conclusions, new ArrayList<>(recipients));
        return new Printed(NoticePdf.render(print), "Thông báo kết luận cuộc họp " + meetingId + ".pdf");
    }

    private Meeting visible(long meetingId) {
        caller.identity();
        return access.visible(em.find(Meeting.class, meetingId), meetingId);
    }

    /** The newest version of locked minutes: the final one or its latest amendment; 409 while they are a draft. */
    private MinutesVersion newestLocked(long meetingId) {
        Minutes minutes = em.find(Minutes.class, meetingId);
        if (minutes == null || !minutes.getStatus().isLocked()) {
            throw ProblemException.conflict("minutes.printNotFinal");
        }
        return versions.find(meetingId, minutes.getCurrentNumber(), LockModeType.NONE);
    }

    /** Who wrote the text the chair locked: the author of the version before the final one, by display name. */
    private String secretary(long meetingId) {
        Minutes minutes = em.find(Minutes.class, meetingId);
        Integer finalNumber = minutes.getFinalNumber();
        if (finalNumber == null || finalNumber < 2) {
            return null;
        }
        String username = versions.find(meetingId, finalNumber - 1, LockModeType.NONE).getAuthor();
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username)
                .getResultStream().findFirst().map(User::getDisplayName).orElse(username);
    }
}
