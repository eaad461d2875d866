package vn.lienthong.minutes.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import vn.lienthong.platform.problem.ProblemException;

/**
 * A task that one conclusion of a meeting gives to units: what to do, by when, which unit leads and which support
 * it. The lead unit reports progress (0-100 %) as often as it likes and closes the task once, with a note; after
 * that nothing changes. A task is overdue when it is not done and its deadline, a day in Vietnam, has passed.
 * Changes of the assignment itself name the version they were made from, so two offices do not overwrite each
 * other unseen.
 */
@Entity
@Table(name = "conclusion_task")
public class Task {

    public static final int MAX_TITLE = 500;
    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id")
    private long meetingId;

    private int conclusion;

    @Column(name = "conclusion_text")
    private String conclusionText;

    private String title;

    private LocalDate deadline;

    @Column(name = "lead_unit")
    private String leadUnit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "conclusion_task_support", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "unit_code")
    private Set<String> supportingUnits = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    private TaskStatus status = TaskStatus.OPEN;

    private int progress;

    @Column(name = "assigned_by")
    private String assignedBy;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "done_by")
    private String doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_note")
    private String doneNote;

    @Version
    private long version;

    protected Task() {
    }

    public Task(long meetingId, int conclusion, String conclusionText, Assignment assignment, Author assigner) {
        this.meetingId = meetingId;
        this.conclusion = conclusion;
        this.conclusionText = conclusionText;
        this.assignedBy = assigner.username();
        this.assignedAt = assigner.at();
        assign(assignment);
    }

    /** What a task asks: its title, deadline and units, as the host's office states them. */
    public record Assignment(String title, LocalDate deadline, String leadUnit, Collection<String> supportingUnits) {
    }

    /** A new title, deadline or units; 409 when the task changed since {@code expectedVersion} or is done. */
    public void change(long expectedVersion, Assignment assignment) {
        if (expectedVersion != version) {
            throw ProblemException.conflict("task.stale", expectedVersion, version);
        }
        requireOpen();
        assign(assignment);
    }

    /** A progress report of the lead unit (or the host's office); the newest report says how far the task is. */
    public TaskProgress report(int percent, String note, Author author) {
        requireOpen();
        if (percent < 0 || percent > 100) {
            throw ProblemException.invalid("percent", "task.percentRange");
        }
        progress = percent;
        return new TaskProgress(id, author, percent, note(note));
    }

    /** Closes the task, once: it is 100 % and nothing about it changes after this. */
    public TaskProgress markDone(String note, Author author) {
        requireOpen();
        String why = note(note);
        status = TaskStatus.DONE;
        progress = 100;
        doneBy = author.username();
        doneAt = author.at();
        doneNote = why;
        return new TaskProgress(id, author, 100, why);
    }

    /** 409 once progress was reported: what a unit wrote about a task is not thrown away with it. */
    public void requireDeletable(long reports) {
        if (reports > 0 || status == TaskStatus.DONE) {
            throw ProblemException.conflict("task.hasProgress", reports);
        }
    }

    /** Not done and the deadline was before {@code today} (a day in Vietnam): the deadline day itself is in time. */
    public boolean isOverdue(LocalDate today) {
        return status != TaskStatus.DONE && deadline.isBefore(today);
    }

    /** Whether {@code unit} leads or supports the task. */
    public boolean involves(String unit) {
        return leadUnit.equals(unit) || supportingUnits.contains(unit);
    }

    private void assign(Assignment assignment) {
        String what = assignment.title() == null ? "" : assignment.title().strip();
        if (what.isEmpty()) {
            throw ProblemException.invalid("title", "task.titleRequired");
        }
        if (what.length() > MAX_TITLE) {
            throw ProblemException.invalid("title", "task.titleTooLong", MAX_TITLE);
        }
        if (assignment.deadline() == null) {
            throw ProblemException.invalid("deadline", "task.deadlineRequired");
        }
        if (assignment.leadUnit() == null || assignment.leadUnit().isBlank()) {
            throw ProblemException.invalid("leadUnit", "task.leadRequired");
        }
        Set<String> support = new TreeSet<>(assignment.supportingUnits() == null ? Set.of()
                : assignment.supportingUnits());
        if (support.contains(assignment.leadUnit())) {
            throw ProblemException.invalid("supportingUnits", "task.leadAlsoSupports", assignment.leadUnit());
        }
        title = what;
        deadline = assignment.deadline();
        leadUnit = assignment.leadUnit();
        supportingUnits.clear();
        supportingUnits.addAll(support);
    }

    private void requireOpen() {
        if (status == TaskStatus.DONE) {
            throw ProblemException.conflict("task.done");
        }
    }

    private static String note(String note) {
        String text = note == null ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            throw ProblemException.invalid("note", "task.noteTooLong", MAX_NOTE);
        }
        return text == null || text.isEmpty() ? null : text;
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public int getConclusion() {
        return conclusion;
    }

    public String getConclusionText() {
        return conclusionText;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getLeadUnit() {
        return leadUnit;
    }

    public Set<String> getSupportingUnits() {
        return Set.copyOf(supportingUnits);
    }

    public TaskStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneNote() {
        return doneNote;
    }

    public long getVersion() {
        return version;
    }
}
