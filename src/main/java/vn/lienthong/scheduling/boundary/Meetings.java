package vn.lienthong.scheduling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.audit.control.AuditLog;
import vn.lienthong.audit.control.AuditLog.Action;
import vn.lienthong.platform.boundary.Page;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.notification.control.Announcements;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.boundary.BookingPlanner.Plan;
import vn.lienthong.scheduling.boundary.BookingPlanner.Schedule;
import vn.lienthong.scheduling.control.BridgeSchedule;
import vn.lienthong.scheduling.control.SchedulingSettings;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Meeting;
import vn.lienthong.scheduling.entity.MeetingSeries;
import vn.lienthong.scheduling.entity.MeetingStatus;

/**
 * Booking meetings and taking them through their life: the one gate the REST resource (and later timers and the
 * UI's live feedback) use.
 *
 * <p>A booking is made in two steps. Planning reads the directory, resolves the invitation and checks every field,
 * without a transaction and without holding anything. Then one short transaction locks the bridge, checks the
 * plan against the meetings committed so far, writes the meetings and their audit entries, and commits: parallel
 * requests for the same point and time queue at the lock, the first books and the others see its meeting and get
 * a 409 with the conflicts. Changes and approvals, which can take resources, pass the same lock; rejecting and
 * cancelling only release them and need no more than their own transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Meetings {

    private static final String ENTITY = "Meeting";

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingAccess access;

    @Inject
    BookingPlanner planner;

    @Inject
    BridgeSchedule bridge;

    @Inject
    ConflictCheck conflicts;

    @Inject
    MeetingSearch search;

    @Inject
    AuditLog audit;

    @Inject
    SchedulingSettings settings;

    @Inject
    Documents documents;

    @Inject
    Announcements announcements;

    /** A recurrence as the audit log records it. */
    public record SeriesRecord(long id, String freq, int interval, Integer count, LocalDate until) {
    }

    /** Books a meeting, or every meeting of a recurrence; all of them as drafts. */
    public MeetingView create(MeetingRequest request) {
        CallerIdentity who = access.booker();
        Schedule schedule = planner.schedule(request, true);
        Plan plan = planner.plan(request, schedule);
        access.requireManages(who, request.hostUnit().strip(), schedule.firstDay());
        return bridge.locked(() -> {
            conflicts.requireNone(plan.meetings(), 0);
            Long seriesId = null;
            if (plan.recurrence() != null) {
                var r = plan.recurrence();
                MeetingSeries series = new MeetingSeries(r.freq().name(), r.interval() == null ? 1 : r.interval(),
                        r.count(), r.until(), who.username(), Instant.now());
                em.persist(series);
                em.flush();
                seriesId = series.getId();
                audit.record(Action.CREATE, "MeetingSeries", seriesId, null, new SeriesRecord(seriesId,
                        series.getFreq(), series.getInterval(), series.getCount(), series.getUntil()));
            }
            List<Meeting> booked = new ArrayList<>();
            Instant now = Instant.now();
            for (int i = 0; i < plan.meetings().size(); i++) {
                Meeting meeting = new Meeting(plan.meetings().get(i), who.username(), who.unitCode(), now, seriesId,
                        seriesId == null ? null : i);
                meeting.takeAnswersUntil(settings.rsvpLead(), now);
                em.persist(meeting);
                booked.add(meeting);
            }
            em.flush();
            booked.forEach(m -> audit.record(Action.CREATE, ENTITY, m.getId(), null, MeetingRecord.of(m)));
            return MeetingView.of(booked.get(0), booked, List.of());
        });
    }

    /**
     * What booking (or, with {@code changing}, changing that meeting) would give: the same checks, and conflicts
     * reported in the answer instead of refusing; nothing is written and nothing locked.
     */
    public CheckResult check(MeetingRequest request, Long changing) {
        CallerIdentity who = access.booker();
        Schedule schedule = planner.schedule(request, changing == null);
        Plan plan = planner.plan(request, schedule);
        access.requireManages(who, request.hostUnit().strip(), schedule.firstDay());
        return new CheckResult(plan.meetings().get(0).invitees().size(), plan.meetings().size(),
                conflicts.of(plan.meetings(), changing == null ? 0 : changing), plan.withoutPoint());
    }

    public MeetingView get(long id) {
        return view(access.visible(em.find(Meeting.class, id), id));
    }

    public Page<MeetingSummary> list(MeetingSearch.Query query) {
        return search.find(query);
    }

    /** Changes one meeting (of a series: only that one), re-resolving the invitation and re-checking conflicts. */
    public MeetingView update(long id, MeetingRequest request) {
        CallerIdentity who = access.booker();
        if (request.version() == null) {
            throw ProblemException.invalid("version", "meeting.versionRequired");
        }
        access.requireManages(who, access.visible(em.find(Meeting.class, id), id));
        Schedule schedule = planner.schedule(request, false);
        Plan plan = planner.plan(request, schedule);
        access.requireManages(who, request.hostUnit().strip(), schedule.firstDay());
        boolean needsApproval = access.needsApproval(who);
        return bridge.locked(() -> {
            Meeting meeting = find(id);
            if (meeting.getVersion() != request.version()) {
                throw new OptimisticLockException("meeting " + id + " is at version " + meeting.getVersion());
            }
            MeetingRecord before = MeetingRecord.of(meeting);
            MeetingView.Statement stated = MeetingView.Statement.of(meeting);
            // a meeting that can no longer change is refused for its state, not for what it would collide with
            if (meeting.getStatus().isChangeable()) {
                conflicts.requireNone(plan.meetings(), id);
            }
            Instant startedAt = meeting.getStart();
            meeting.reschedule(plan.meetings().get(0), needsApproval);
            if (!meeting.getStart().equals(startedAt)) {
                meeting.takeAnswersUntil(settings.rsvpLead(), Instant.now());
            }
            MeetingView view = changed(meeting, before);
            // an approved meeting changed by the province stays approved: its units learn of it now; one that
            // goes back for approval is announced again when it is approved
            if (meeting.getStatus() == MeetingStatus.APPROVED && !stated.equals(MeetingView.Statement.of(meeting))) {
                announcements.published(id);
            }
            return view;
        });
    }

    /** Hands a draft in; what the provincial secretariat submits is approved at once, after the approval's checks. */
    public MeetingView submit(long id) {
        CallerIdentity who = access.booker();
        boolean needsApproval = access.needsApproval(who);
        return bridge.locked(() -> {
            Meeting meeting = visible(id);
            access.requireManages(who, meeting);
            MeetingRecord before = MeetingRecord.of(meeting);
            if (!needsApproval && meeting.getStatus() == MeetingStatus.DRAFT) {
                conflicts.requireNone(meeting);
            }
            meeting.submit(needsApproval);
            return announced(meeting, before);
        });
    }

    /** Approves a submitted meeting after checking its conflicts again against everything booked since. */
    public MeetingView approve(long id) {
        access.booker();
        return bridge.locked(() -> {
            Meeting meeting = visible(id);
            access.approver(meeting);
            MeetingRecord before = MeetingRecord.of(meeting);
            if (meeting.getStatus() == MeetingStatus.SUBMITTED) {
                conflicts.requireNone(meeting);
            }
            meeting.approve();
            return announced(meeting, before);
        });
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public MeetingView reject(long id, String reason) {
        access.booker();
        Meeting meeting = visible(id);
        access.approver(meeting);
        MeetingRecord before = MeetingRecord.of(meeting);
        meeting.reject(reason);
        return withdrawn(meeting, before);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public MeetingView cancel(long id, String reason) {
        CallerIdentity who = access.booker();
        Meeting meeting = visible(id);
        access.requireManages(who, meeting);
        MeetingRecord before = MeetingRecord.of(meeting);
        meeting.cancel(reason);
        return withdrawn(meeting, before);
    }

    /** A submitted or approved meeting: once approved, the invited units are told in the same transaction. */
    private MeetingView announced(Meeting meeting, MeetingRecord before) {
        MeetingView view = changed(meeting, before);
        if (meeting.getStatus() == MeetingStatus.APPROVED) {
            announcements.published(meeting.getId());
        }
        return view;
    }

    /** A cancelled or rejected meeting: the units that were told of it learn that it is off. */
    private MeetingView withdrawn(Meeting meeting, MeetingRecord before) {
        MeetingView view = changed(meeting, before);
        if (meeting.wasAnnounced()) {
            announcements.withdrawn(meeting.getId(), meeting.getStatusReason());
        }
        return view;
    }

    private MeetingView changed(Meeting meeting, MeetingRecord before) {
        em.flush();
        audit.record(Action.UPDATE, ENTITY, meeting.getId(), before, MeetingRecord.of(meeting));
        return view(meeting);
    }

    private MeetingView view(Meeting meeting) {
        List<Meeting> series = meeting.getSeriesId() == null ? List.of()
                : em.createQuery("SELECT m FROM Meeting m WHERE m.seriesId = :series ORDER BY m.occurrenceIndex",
                        Meeting.class).setParameter("series", meeting.getSeriesId()).getResultList();
        // the delegates of every unit in one query, instead of one query per invited unit as the view reads them
        em.createQuery("SELECT DISTINCT i FROM Invitation i LEFT JOIN FETCH i.delegates WHERE i.meeting = :meeting",
                Invitation.class).setParameter("meeting", meeting).getResultList();
        return MeetingView.of(meeting, series, documents.of(meeting.getId()));
    }

    private Meeting visible(long id) {
        return access.visible(find(id), id);
    }

    private Meeting find(long id) {
        Meeting meeting = em.find(Meeting.class, id);
        if (meeting == null) {
            throw ProblemException.notFound("meeting.notFound", id);
        }
        return meeting;
    }
}
