package vn.lienthong.minutes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import vn.lienthong.audit.control.AuditLog;
import vn.lienthong.audit.control.AuditLog.Action;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.minutes.control.MinutesSeal;
import vn.lienthong.minutes.control.MinutesVersions;
import vn.lienthong.minutes.entity.Author;
import vn.lienthong.minutes.entity.Minutes;
import vn.lienthong.minutes.entity.Task;
import vn.lienthong.minutes.entity.TaskProgress;
import vn.lienthong.minutes.entity.TaskStatus;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * Assigning the tasks of a meeting's conclusions and reporting on them (reading them: {@link TaskReads}).
 * <ul>
 * <li>Assigning, changing and deleting: whoever writes the meeting's minutes (a secretariat or administrator of
 * the host unit or a unit above it), whether the minutes are still a draft or already finalised: conclusions are
 * often given out right after the meeting, before the chair signs. The conclusion must exist in the newest version
 * of the minutes; its text is copied into the task. A task with progress reports is not deleted (409).</li>
 * <li>Units: valid on the meeting day (400 naming the field otherwise); for a confidential meeting only the host
 * and the invited units, so that every unit given a task may read the meeting it comes from.</li>
 * <li>Reporting progress: the lead unit's clerk or office, or the host's office. Closing: the lead unit only.</li>
 * </ul>
 * Every write is audited; a refusal writes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class MeetingTasks {

    static final String ENTITY = "Task";

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskReads reads;

    @Inject
    MinutesVersions versions;

    @Inject
    AuditLog audit;

    public TaskView assign(long meetingId, TaskRequest request) {
        Meeting meeting = reads.meeting(meetingId, LockModeType.PESSIMISTIC_WRITE);
        CallerIdentity who = reads.office(meeting);
        if (request.conclusion() == null) {
            throw ProblemException.invalid("conclusion", "task.conclusionRequired");
        }
        String conclusion = conclusionText(meetingId, request.conclusion());
        Task task = new Task(meetingId, request.conclusion(), conclusion, assignment(meeting, request), author(who));
        em.persist(task);
        em.flush();
        audit.record(Action.CREATE, ENTITY, task.getId(), null, Snapshot.of(task));
        return reads.view(task, List.of());
    }

    public TaskView change(long taskId, TaskRequest request) {
        Task task = locked(taskId);
        Meeting meeting = reads.meeting(task.getMeetingId(), LockModeType.NONE);
        reads.office(meeting);
        if (request.version() == null) {
            throw ProblemException.invalid("version", "task.versionRequired");
        }
        Snapshot before = Snapshot.of(task);
        task.change(request.version(), assignment(meeting, request));
        em.flush();
        audit.record(Action.UPDATE, ENTITY, taskId, before, Snapshot.of(task));
        return reads.view(task, reads.notes(taskId));
    }

    public void delete(long taskId) {
        Task task = locked(taskId);
        reads.office(reads.meeting(task.getMeetingId(), LockModeType.NONE));
        task.requireDeletable(reads.notes(taskId).size());
        audit.record(Action.DELETE, ENTITY, taskId, Snapshot.of(task), null);
        em.remove(task);
    }

    public TaskView report(long taskId, ReportRequest request) {
        Task task = locked(taskId);
        Meeting meeting = reads.meeting(task.getMeetingId(), LockModeType.NONE);
        CallerIdentity who = reads.caller();
        if (!leads(who, task) && !reads.isOffice(who, meeting)) {
            throw ProblemException.forbidden("task.leadOnly", task.getLeadUnit());
        }
        if (request.percent() == null) {
            throw ProblemException.invalid("percent", "task.percentRange");
        }
        return recorded(task, task.report(request.percent(), request.note(), author(who)));
    }

    public TaskView markDone(long taskId, ReportRequest request) {
        Task task = locked(taskId);
        reads.meeting(task.getMeetingId(), LockModeType.NONE);
        CallerIdentity who = reads.caller();
        if (!leads(who, task)) {
            throw ProblemException.forbidden("task.leadOnly", task.getLeadUnit());
        }
        return recorded(task, task.markDone(request.note(), author(who)));
    }

    private TaskView recorded(Task task, TaskProgress progress) {
        Snapshot before = Snapshot.of(task);
        em.persist(progress);
        em.flush();
        audit.record(Action.UPDATE, ENTITY, task.getId(), before, Snapshot.of(task));
        return reads.view(task, reads.notes(task.getId()));
    }

    /** The clerk or office of the lead unit itself. */
    private static boolean leads(CallerIdentity who, Task task) {
        return who.unitCode().equals(task.getLeadUnit())
                && (who.has(Role.CLERK) || who.has(Role.SECRETARIAT) || who.has(Role.ADMIN));
    }

    private Task locked(long taskId) {
        reads.caller();
        Task task = em.find(Task.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw ProblemException.notFound("task.notFound", taskId);
        }
        return task;
    }

    /** The text of conclusion {@code n} in the newest version of the minutes: 409 without minutes, 400 without it. */
    private String conclusionText(long meetingId, int n) {
        Minutes minutes = em.find(Minutes.class, meetingId, LockModeType.PESSIMISTIC_READ);
        if (minutes == null) {
            throw ProblemException.conflict("task.noMinutes");
        }
        JsonObject content = MinutesSeal.parse(versions.find(meetingId, minutes.getCurrentNumber(),
                LockModeType.PESSIMISTIC_READ).getContent());
        var conclusions = content.getJsonArray("conclusions");
        if (n < 0 || conclusions == null || n >= conclusions.size()) {
            throw ProblemException.invalid("conclusion", "task.noConclusion", n);
        }
        return conclusions.getJsonObject(n).getString("text", "");
    }

    private Task.Assignment assignment(Meeting meeting, TaskRequest request) {
        LocalDate deadline = null;
        if (request.deadline() != null && !request.deadline().isBlank()) {
            try {
                deadline = LocalDate.parse(request.deadline().strip());
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid("deadline", "param.date");
            }
        }
        List<String> support = request.supportingUnits() == null ? List.of() : request.supportingUnits();
        if (request.leadUnit() != null && !request.leadUnit().isBlank()) {
            reads.requireAssignable(meeting, request.leadUnit(), "leadUnit");
        }
        for (int i = 0; i < support.size(); i++) {
            reads.requireAssignable(meeting, support.get(i), "supportingUnits[" + i + "]");
        }
        return new Task.Assignment(request.title(), deadline, request.leadUnit(), support);
    }

    private static Author author(CallerIdentity who) {
        return new Author(who.username(), who.unitCode(), Instant.now());
    }

    /** What the audit log keeps of a task. */
    public record Snapshot(long meetingId, int conclusion, String title, LocalDate deadline, String leadUnit,
                    Set<String> supportingUnits, TaskStatus status, int progress, String doneNote) {

        static Snapshot of(Task task) {
            return new Snapshot(task.getMeetingId(), task.getConclusion(), task.getTitle(), task.getDeadline(),
                    task.getLeadUnit(), task.getSupportingUnits(), task.getStatus(), task.getProgress(),
                    task.getDoneNote());
        }
    }
}
