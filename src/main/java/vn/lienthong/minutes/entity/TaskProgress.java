package vn.lienthong.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One report on a task: who, when, how far (percent) and what was done. Written once, never changed. */
@Entity
@Table(name = "conclusion_task_progress")
public class TaskProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id")
    private Long taskId;

    @Column(name = "reported_at")
    private Instant reportedAt;

    private String author;

    @Column(name = "author_unit")
    private String authorUnit;

    private int percent;

    private String note;

    protected TaskProgress() {
    }

    TaskProgress(Long taskId, Author author, int percent, String note) {
        this.taskId = taskId;
        this.reportedAt = author.at();
        this.author = author.username();
        this.authorUnit = author.unitCode();
        this.percent = percent;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Long getTaskId() {
        return taskId;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorUnit() {
        return authorUnit;
    }

    public int getPercent() {
        return percent;
    }

    public String getNote() {
        return note;
    }
}
