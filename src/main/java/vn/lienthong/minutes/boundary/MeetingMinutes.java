package vn.lienthong.minutes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.lienthong.audit.control.AuditLog;
import vn.lienthong.audit.control.AuditLog.Action;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.live.boundary.RollCallOutcomes;
import vn.lienthong.live.boundary.RollCallOutcomes.Outcome;
import vn.lienthong.minutes.control.CanonicalJson;
import vn.lienthong.minutes.control.MinutesContent;
import vn.lienthong.minutes.control.MinutesSeal;
import vn.lienthong.minutes.control.MinutesTemplate;
import vn.lienthong.minutes.control.MinutesVersions;
import vn.lienthong.minutes.entity.Author;
import vn.lienthong.minutes.entity.Minutes;
import vn.lienthong.minutes.entity.MinutesVersion;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.boundary.MeetingAccess;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * Writing the minutes of meetings (reading their history: {@link MinutesHistory}).
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

    @Inject
    MinutesVersions stored;

    @Inject
    RollCallOutcomes rollCalls;

    public MinutesView current(long meetingId) {
        Meeting meeting = visible(meetingId);
        Minutes minutes = em.find(Minutes.class, meetingId);
        Optional<Map<String, Outcome>> rollCall = rollCalls.of(meeting);
        if (minutes == null) {
            return MinutesView.template(meetingId, MinutesTemplate.of(meeting, rollCall.orElse(null)),
                    rollCall.isPresent());
        }
        return MinutesView.of(minutes, stored.find(meetingId, minutes.getCurrentNumber(), LockModeType.NONE),
                rollCall.isPresent());
    }

    /**
     * Saves the draft again with its attendance taken from the roll call (who was expected, present and how,
     * absent and why), everything else as it is; over {@code expectedVersion} like any save. 409 when the meeting
     * had no roll call.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public MinutesView attendanceFromRollCall(long meetingId, int expectedVersion) {
        Meeting meeting = locked(meetingId);
        CallerIdentity who = writer(meeting);
        Map<String, Outcome> rollCall = rollCalls.of(meeting)
                .orElseThrow(() -> ProblemException.conflict("minutes.noRollCall"));
        Minutes minutes = lockedMinutes(meetingId);
        JsonObject content;
        if (minutes == null) {
            minutes = new Minutes(meetingId);
            em.persist(minutes);
            content = MinutesTemplate.of(meeting, rollCall);
        } else {
            content = MinutesSeal.parse(stored.find(meetingId, minutes.getCurrentNumber(),
                    LockModeType.PESSIMISTIC_READ).getContent());
        }
        requireCurrent(minutes, expectedVersion);
        JsonObject filled = Json.createObjectBuilder(content)
                .add("attendance", MinutesTemplate.attendance(meeting, rollCall)).build();
        return written(minutes, minutes.save(expectedVersion, normalized(filled), author(who)));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public MinutesView save(long meetingId, int expectedVersion, JsonValue content) {
        Meeting meeting = locked(meetingId);
        CallerIdentity who = writer(meeting);
        String normalized = normalized(content);
        Minutes minutes = lockedMinutes(meetingId);
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
        MinutesVersion old = stored.find(meetingId, number, LockModeType.PESSIMISTIC_READ);
        return written(minutes, minutes.restore(old, author(who)));
    }

    /** Locks the current text; with {@code expectedVersion}, only if that is still the current one. */
    @Transactional(Transactional.TxType.REQUIRED)
    public MinutesView finalizeMinutes(long meetingId, Integer expectedVersion) {
        Meeting meeting = locked(meetingId);
        CallerIdentity who = chair(meeting);
        Minutes minutes = lockedMinutes(meetingId);
        if (minutes == null) {
            throw ProblemException.conflict("minutes.nothingToFinalize");
        }
        if (expectedVersion != null) {
            requireCurrent(minutes, expectedVersion);
        }
        MinutesVersion current = stored.find(meetingId, minutes.getCurrentNumber(), LockModeType.PESSIMISTIC_READ);
        return written(minutes, minutes.finalizeBy(current, author(who), seal(meetingId)));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public MinutesView amend(long meetingId, String reason, JsonValue content) {
        Meeting meeting = locked(meetingId);
        CallerIdentity who = chair(meeting);
        String normalized = normalized(content);
        Minutes minutes = lockedMinutes(meetingId);
        if (minutes == null) {
            throw ProblemException.conflict("minutes.notFinal");
        }
        return written(minutes, minutes.amend(normalized, reason, author(who), seal(meetingId)));
    }

    private MinutesView written(Minutes minutes, MinutesVersion version) {
        em.persist(version);
        em.flush();
        VersionView summary = VersionView.summary(version);
        audit.record(Action.CREATE, ENTITY, minutes.getMeetingId() + "/" + version.getNumber(), null, summary);
        changed.fire(new MinutesChanged(minutes.getMeetingId(), version.getNumber(), version.getKind(),
                minutes.getStatus()));
        return MinutesView.of(minutes, version, rollCalls.held(em.find(Meeting.class, minutes.getMeetingId())));
    }

    /**
     * 409 unless {@code expectedVersion} is the current version of minutes still in draft. The problem names the
     * current version and carries its text, so the writer sees what it would have overwritten or what was locked.
     */
    private void requireCurrent(Minutes minutes, int expectedVersion) {
        if (minutes.getStatus().isLocked()) {
            throw showingCurrent(minutes, "minutes.locked", minutes.getFinalNumber());
        }
        if (!minutes.isCurrent(expectedVersion)) {
            throw showingCurrent(minutes, "minutes.stale", expectedVersion, minutes.getCurrentNumber());
        }
    }

    private ProblemException showingCurrent(Minutes minutes, String messageKey, Object... arguments) {
        if (minutes.getCurrentNumber() == 0) {
            return new ProblemException(409, "conflict", messageKey, List.of(), Map.of("currentVersion", 0), arguments);
        }
        MinutesVersion current = stored.find(minutes.getMeetingId(), minutes.getCurrentNumber(),
                LockModeType.PESSIMISTIC_READ);
        return new ProblemException(409, "conflict", messageKey, List.of(), Map.of(
                "currentVersion", current.getNumber(), "author", current.getAuthor(),
                "savedAt", current.getSavedAt().toString(), "content", MinutesSeal.parse(current.getContent())),
                arguments);
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

    /** The minutes of the meeting, read past any snapshot and locked; {@code null} when none were written. */
    private Minutes lockedMinutes(long meetingId) {
        return em.find(Minutes.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The content as it is stored: checked, sanitised, in canonical form; 400 naming the field otherwise. */
    private static String normalized(JsonValue content) {
        return CanonicalJson.write(MinutesContent.normalize(content));
    }

    private Minutes existing(long meetingId, int number) {
        Minutes minutes = lockedMinutes(meetingId);
        if (minutes == null) {
            throw ProblemException.notFound("minutes.versionNotFound", number);
        }
        return minutes;
    }

    private Minutes.Seal seal(long meetingId) {
        return (number, content) -> MinutesSeal.of(meetingId, number, content);
    }

    private static Author author(CallerIdentity who) {
        return new Author(who.username(), who.unitCode(), Instant.now());
    }
}
