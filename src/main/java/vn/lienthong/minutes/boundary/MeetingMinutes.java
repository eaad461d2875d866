package vn.lienthong.minutes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.lienthong.audit.control.AuditLog;
import vn.lienthong.audit.control.AuditLog.Action;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.minutes.control.CanonicalJson;
import vn.lienthong.minutes.control.MinutesContent;
import vn.lienthong.minutes.control.MinutesSeal;
import vn.lienthong.minutes.control.MinutesTemplate;
import vn.lienthong.minutes.control.MinutesText;
import vn.lienthong.minutes.control.TextDiff;
import vn.lienthong.minutes.entity.Author;
import vn.lienthong.minutes.entity.Minutes;
import vn.lienthong.minutes.entity.MinutesVersion;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.boundary.MeetingAccess;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * The minutes of meetings.
 * <ul>
 * <li>Reading (current text, versions, differences, verification): whoever may see the meeting; a confidential
 * meeting's minutes do not exist (404) for everyone else.</li>
 * <li>Writing and restoring: a secretariat (or an administrator) of the host unit or a unit above it, while the
 * minutes are a draft.</li>
 * <li>Finalising and amending: a CHAIR who is the meeting's chair, or a CHAIR of the host unit (the host's
 * leadership signs for a chair without an account or who is away).</li>
 * </ul>
 * Every write locks the meeting's row first, so writes to one meeting's minutes run one after the other: of two
 * saves over the same version exactly one wins, the other gets 409 with the text that won.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingMinutes {

    private static final String ENTITY = "MinutesVersion";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MeetingAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Event<MinutesChanged> changed;

    public MinutesView current(long meetingId) {
        Meeting meeting = visible(meetingId);
        Minutes minutes = em.find(Minutes.class, meetingId);
        if (minutes == null) {
            return MinutesView.template(meetingId, MinutesTemplate.of(meeting));
        }
        return MinutesView.of(minutes, version(meetingId, minutes.getCurrentNumber(), LockModeType.NONE));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public MinutesView save(long meetingId, int expectedVersion, JsonValue content) {
        Meeting meeting = locked(meetingId);
        CallerIdentity who = writer(meeting);
        String normalized = CanonicalJson.write(MinutesContent.normalize(content));
        Minutes minutes = em.find(Minutes.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (minutes == null) {
            minutes = new Minutes(meetingId);
            em.persist(minutes);
        }
        requireCurrent(minutes, expectedVersion);
        return written(minutes, minutes.save(expectedVersion, normalized, author(who)));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public MinutesView restore(long meetingId, int number) {
        Meeting meeting = locked(meetingId);
        CallerIdentity who = writer(meeting);
        Minutes minutes = existing(meetingId, number);
        MinutesVersion old = version(meetingId, number, LockModeType.PESSIMISTIC_READ);
        return written(minutes, minutes.restore(old, author(who)));
    }

    /** Locks the current text; with {@code expectedVersion}, only if that is still the current one. */
    @Transactional(Transactional.TxType.REQUIRED)
    public MinutesView finalizeMinutes(long meetingId, Integer expectedVersion) {
        Meeting meeting = locked(meetingId);
        CallerIdentity who = chair(meeting);
        Minutes minutes = em.find(Minutes.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (minutes == null) {
            throw ProblemException.conflict("minutes.nothingToFinalize");
        }
        if (expectedVersion != null) {
            requireCurrent(minutes, expectedVersion);
        }
        MinutesVersion current = version(meetingId, minutes.getCurrentNumber(), LockModeType.PESSIMISTIC_READ);
        return written(minutes, minutes.finalizeBy(current, author(who), seal(meetingId)));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public MinutesView amend(long meetingId, String reason, JsonValue content) {
        Meeting meeting = locked(meetingId);
        CallerIdentity who = chair(meeting);
        String normalized = CanonicalJson.write(MinutesContent.normalize(content));
        Minutes minutes = em.find(Minutes.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (minutes == null) {
            throw ProblemException.conflict("minutes.notFinal");
        }
        return written(minutes, minutes.amend(normalized, reason, author(who), seal(meetingId)));
    }

    public List<VersionView> versions(long meetingId) {
        visible(meetingId);
        return em.createQuery("SELECT v FROM MinutesVersion v WHERE v.meetingId = :meeting ORDER BY v.number",
                MinutesVersion.class).setParameter("meeting", meetingId).getResultList().stream()
                .map(VersionView::summary).toList();
    }

    public VersionView version(long meetingId, int number) {
        visible(meetingId);
        return VersionView.of(version(meetingId, number, LockModeType.NONE));
    }

    public DiffView diff(long meetingId, int from, int to) {
        visible(meetingId);
        JsonObject a = MinutesSeal.parse(version(meetingId, from, LockModeType.NONE).getContent());
        JsonObject b = MinutesSeal.parse(version(meetingId, to, LockModeType.NONE).getContent());
        List<TextDiff.Segment> segments = TextDiff.lines(MinutesText.lines(a), MinutesText.lines(b));
        return new DiffView(from, to, count(segments, TextDiff.Op.INSERT), count(segments, TextDiff.Op.DELETE),
                segments);
    }

    /** Every locked version's hash recomputed from its stored content. */
    public Verification verify(long meetingId) {
        visible(meetingId);
        List<Verification.Check> checks = em.createQuery("SELECT v FROM MinutesVersion v WHERE v.meetingId = :meeting"
                        + " AND v.sha256 IS NOT NULL ORDER BY v.number", MinutesVersion.class)
                .setParameter("meeting", meetingId).getResultList().stream()
                .map(v -> {
                    String recomputed = MinutesSeal.of(meetingId, v.getNumber(), v.getContent());
                    return new Verification.Check(v.getNumber(), v.getSha256(), recomputed,
                            recomputed.equals(v.getSha256()));
                }).toList();
        if (checks.isEmpty()) {
            throw ProblemException.conflict("minutes.notFinal");
        }
        Verification.Check last = checks.get(checks.size() - 1);
        return new Verification(last.n(), last.sha256(), checks.stream().allMatch(Verification.Check::valid), checks);
    }

    private MinutesView written(Minutes minutes, MinutesVersion version) {
        em.persist(version);
        em.flush();
        VersionView summary = VersionView.summary(version);
        audit.record(Action.CREATE, ENTITY, minutes.getMeetingId() + "/" + version.getNumber(), null, summary);
        changed.fire(new MinutesChanged(minutes.getMeetingId(), version.getNumber(), version.getKind(),
                minutes.getStatus()));
        return MinutesView.of(minutes, version);
    }

    /** 409 naming the current version and its text, so the writer sees what it would overwrite. */
    private void requireCurrent(Minutes minutes, int expectedVersion) {
        if (minutes.isCurrent(expectedVersion) || minutes.getStatus().isLocked()) {
            return; // locked minutes are refused by the minutes themselves
        }
        MinutesVersion current = version(minutes.getMeetingId(), minutes.getCurrentNumber(),
                LockModeType.PESSIMISTIC_READ);
        throw new ProblemException(409, "conflict", "minutes.stale", List.of(), Map.of(
                "currentVersion", current.getNumber(), "author", current.getAuthor(),
                "savedAt", current.getSavedAt().toString(), "content", MinutesSeal.parse(current.getContent())),
                expectedVersion, current.getNumber());
    }

    private Meeting visible(long meetingId) {
        caller.identity();
        return access.visible(em.find(Meeting.class, meetingId), meetingId);
    }

    /** The meeting, locked for the rest of the transaction: 404 if the caller may not see it. */
    private Meeting locked(long meetingId) {
        caller.identity();
        return access.visible(em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE), meetingId);
    }

    private CallerIdentity writer(Meeting meeting) {
        CallerIdentity who = access.booker();
        access.requireManages(who, meeting);
        return who;
    }

    private CallerIdentity chair(Meeting meeting) {
        CallerIdentity who = caller.requireAny(Role.CHAIR);
        boolean chairs = who.username().equals(meeting.getChair().username());
        if (!chairs && !who.unitCode().equals(meeting.getHostUnitCode())) {
            throw ProblemException.forbidden("minutes.chairOnly");
        }
        return who;
    }

    private Minutes existing(long meetingId, int number) {
        Minutes minutes = em.find(Minutes.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (minutes == null) {
            throw ProblemException.notFound("minutes.versionNotFound", number);
        }
        return minutes;
    }

    private MinutesVersion version(long meetingId, int number, LockModeType lock) {
        List<MinutesVersion> found = em.createQuery("SELECT v FROM MinutesVersion v WHERE v.meetingId = :meeting"
                        + " AND v.number = :number", MinutesVersion.class)
                .setParameter("meeting", meetingId).setParameter("number", number)
                .setLockMode(lock).getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("minutes.versionNotFound", number);
        }
        return found.get(0);
    }

    private Minutes.Seal seal(long meetingId) {
        return (number, content) -> MinutesSeal.of(meetingId, number, content);
    }

    private static Author author(CallerIdentity who) {
        return new Author(who.username(), who.unitCode(), Instant.now());
    }

    private static int count(List<TextDiff.Segment> segments, TextDiff.Op op) {
        return (int) segments.stream().filter(s -> s.op() == op).count();
    }
}
