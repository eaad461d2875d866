package vn.lienthong.minutes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.lienthong.directory.boundary.UnitNames;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.minutes.entity.Task;
import vn.lienthong.minutes.entity.TaskProgress;
import vn.lienthong.minutes.entity.TaskStatus;
import vn.lienthong.platform.boundary.Dates;
import vn.lienthong.platform.boundary.Page;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.boundary.MeetingAccess;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * Reading the tasks of conclusions, and who may do what with them. A task is read by whoever may read its
 * meeting; lists per unit show the tasks a unit leads or supports: the caller's own unit, or a unit below an office
 * (the provincial secretariat and administrators see every unit's, and all tasks without a unit filter).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TaskReads {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MeetingAccess access;

    @Inject
    UnitNames unitNames;

    CallerIdentity caller() {
        return caller.identity();
    }

    /** The meeting if the caller may read it: 404 otherwise, as for the meeting itself. */
    Meeting meeting(long meetingId, LockModeType lock) {
        caller.identity();
        return access.visible(em.find(Meeting.class, meetingId, lock), meetingId);
    }

    /** The caller if it writes the meeting's minutes, and so gives out its tasks: 403 otherwise. */
    CallerIdentity office(Meeting meeting) {
        CallerIdentity who = access.booker();
        access.requireManages(who, meeting);
        return who;
    }

    boolean isOffice(CallerIdentity who, Meeting meeting) {
        return (who.has(Role.SECRETARIAT) || who.has(Role.ADMIN))
                && unitNames.selfAndAncestors(meeting.getHostUnitCode(), day(meeting)).contains(who.unitCode());
    }

    /** 400 naming {@code field} unless {@code unit} exists on the meeting day and, if confidential, may see it. */
    void requireAssignable(Meeting meeting, String unit, String field) {
        if (unit == null || unitNames.validOn(unit, day(meeting)).isEmpty()) {
            throw ProblemException.invalid(field, "task.unknownUnit", unit);
        }
        if (meeting.isConfidential() && !unit.equals(meeting.getHostUnitCode()) && !meeting.invites(unit)) {
            throw ProblemException.invalid(field, "task.notInvited", unit);
        }
    }

    public TaskView one(long taskId) {
        caller.identity();
        Task task = em.find(Task.class, taskId);
        if (task == null) {
            throw ProblemException.notFound("task.notFound", taskId);
        }
        try {
            meeting(task.getMeetingId(), LockModeType.NONE);
        } catch (ProblemException hidden) {
            throw ProblemException.notFound("task.notFound", taskId);
        }
        return view(task, notes(taskId));
    }

    public List<TaskView> ofMeeting(long meetingId) {
        meeting(meetingId, LockModeType.NONE);
        return tasksOf(meetingId).stream().map(t -> view(t, List.of())).toList();
    }

    List<Task> tasksOf(long meetingId) {
        return em.createQuery("SELECT t FROM Task t WHERE t.meetingId = :meeting ORDER BY t.conclusion, t.id",
                Task.class).setParameter("meeting", meetingId).getResultList();
    }

    /**
     * The tasks {@code unit} leads or supports (without a unit: the caller's own, or all for the provincial
     * office), optionally only overdue ones (or only those in time) and of one status; soonest deadline first.
     */
    public Page<TaskView> list(String unit, Boolean overdue, TaskStatus status, int offset, int limit) {
        CallerIdentity who = caller.identity();
        boolean all = access.seesAllConfidential();
        LocalDate today = LocalDate.now(Dates.VIETNAM);
        String wanted = unit == null || unit.isBlank() ? (all ? null : who.unitCode()) : unit.strip();
        if (wanted != null && !wanted.equals(who.unitCode()) && !all && !((who.has(Role.SECRETARIAT)
                || who.has(Role.ADMIN)) && unitNames.selfAndAncestors(wanted, today).contains(who.unitCode()))) {
            throw ProblemException.forbidden("task.otherUnit", wanted);
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new java.util.HashMap<>();
        if (wanted != null) {
            conditions.add("(t.leadUnit = :unit OR t.id IN (SELECT s.id FROM Task s JOIN s.supportingUnits u"
                    + " WHERE u = :unit))");
            parameters.put("unit", wanted);
        }
        if (status != null) {
            conditions.add("t.status = :status");
            parameters.put("status", status);
        }
        if (overdue != null) {
            conditions.add((overdue ? "" : "NOT ") + "(t.status = :open AND t.deadline < :today)");
            parameters.put("open", TaskStatus.OPEN);
            parameters.put("today", today);
        }
        if (!all) {
            // a confidential meeting's tasks only for those who may read the meeting
            conditions.add("(m.confidential = FALSE OR m.hostUnitCode = :me OR m.createdByUnit = :me"
                    + " OR EXISTS (SELECT i FROM Invitation i WHERE i.meeting = m AND i.unitCode = :me))");
            parameters.put("me", who.unitCode());
        }
        String where = " FROM Task t, Meeting m WHERE m.id = t.meetingId"
                + conditions.stream().map(c -> " AND " + c).reduce("", String::concat);
        TypedQuery<Task> items = em.createQuery("SELECT t" + where + " ORDER BY t.deadline, t.id", Task.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t)" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<TaskView> page = items.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(t -> view(t, List.of())).toList();
        return new Page<>(page, count.getSingleResult());
    }

    List<TaskView.Note> notes(long taskId) {
        return em.createQuery("SELECT p FROM TaskProgress p WHERE p.taskId = :task ORDER BY p.id", TaskProgress.class)
                .setParameter("task", taskId).getResultList().stream().map(TaskView.Note::of).toList();
    }

    TaskView view(Task task, List<TaskView.Note> notes) {
        Meeting meeting = em.find(Meeting.class, task.getMeetingId());
        return TaskView.of(task, meeting.getTitle(), unitNames.nameOn(task.getLeadUnit(), day(meeting)),
                LocalDate.now(Dates.VIETNAM), notes);
    }

    static LocalDate day(Meeting meeting) {
        return meeting.getStart().atZone(Dates.VIETNAM).toLocalDate();
    }
}
