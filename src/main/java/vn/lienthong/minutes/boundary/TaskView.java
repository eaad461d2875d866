package vn.lienthong.minutes.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.lienthong.minutes.entity.Task;
import vn.lienthong.minutes.entity.TaskProgress;
import vn.lienthong.minutes.entity.TaskStatus;

/**
 * A task of a conclusion as the API shows it; {@code overdue} is computed for today in Vietnam, {@code progressNotes}
 * (oldest first) is only filled when one task is read.
 */
public record TaskView(long id, long meetingId, String meetingTitle, int conclusion, String conclusionText,
                       String title, LocalDate deadline, String leadUnit, String leadUnitName,
                       List<String> supportingUnits, TaskStatus status, int progress, boolean overdue,
                       String assignedBy, Instant assignedAt, String doneBy, Instant doneAt, String doneNote,
                       long version, List<Note> progressNotes) {

    /** One progress report. */
    public record Note(String author, String authorUnit, Instant at, int percent, String note) {

        static Note of(TaskProgress progress) {
            return new Note(progress.getAuthor(), progress.getAuthorUnit(), progress.getReportedAt(),
                    progress.getPercent(), progress.getNote());
        }
    }

    static TaskView of(Task task, String meetingTitle, String leadUnitName, LocalDate today, List<Note> notes) {
        return new TaskView(task.getId(), task.getMeetingId(), meetingTitle, task.getConclusion(),
                task.getConclusionText(), task.getTitle(), task.getDeadline(), task.getLeadUnit(), leadUnitName,
                task.getSupportingUnits().stream().sorted().toList(), task.getStatus(), task.getProgress(),
                task.isOverdue(today), task.getAssignedBy(), task.getAssignedAt(), task.getDoneBy(),
                task.getDoneAt(), task.getDoneNote(), task.getVersion(), notes);
    }
}
