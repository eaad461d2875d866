package vn.lienthong.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.lienthong.directory.control.ImportScope;

/** One import of a CSV file: its progress while it runs, then its outcome and the lines it rejected. */
@Entity
@Table(name = "unit_import")
public class UnitImport {

    public enum Status { RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ImportKind kind;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "file_sha256")
    private String fileSha256;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Enumerated(EnumType.STRING)
    private ImportScope scope;

    @Enumerated(EnumType.STRING)
    private Status status = Status.RUNNING;

    @Column(name = "total_rows")
    private int totalRows;

    @Column(name = "processed_rows")
    private int processedRows;

    @Column(name = "created_count")
    private int created;

    @Column(name = "changed_count")
    private int changed;

    @Column(name = "closed_count")
    private int closed;

    @Column(name = "unchanged_count")
    private int unchanged;

    @Column(name = "rejected_count")
    private int rejected;

    @Column(name = "errors_json")
    private String errorsJson;

    private String failure;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected UnitImport() {
    }

    public UnitImport(ImportKind kind, String fileName, String fileSha256, LocalDate validFrom, ImportScope scope,
                      String startedBy) {
        this.kind = kind;
        this.fileName = fileName;
        this.fileSha256 = fileSha256;
        this.validFrom = validFrom;
        this.scope = scope;
        this.startedBy = startedBy;
        this.startedAt = Instant.now();
    }

    public void progress(int total, int processed) {
        this.totalRows = total;
        this.processedRows = Math.min(processed, total);
    }

    public void finish(ImportOutcome outcome, String errorsJson) {
        this.status = Status.DONE;
        this.processedRows = totalRows;
        this.created = outcome.created();
        this.changed = outcome.changed();
        this.closed = outcome.closed();
        this.unchanged = outcome.unchanged();
        this.rejected = outcome.rejected();
        this.errorsJson = errorsJson;
        this.finishedAt = Instant.now();
    }

    public void fail(String reason, String errorsJson) {
        this.status = Status.FAILED;
        this.failure = reason.length() > 500 ? reason.substring(0, 500) : reason;
        this.errorsJson = errorsJson;
        this.finishedAt = Instant.now();
    }

    public Long getId() { return id; }
    public ImportKind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getFileSha256() { return fileSha256; }
    public LocalDate getValidFrom() { return validFrom; }
    public ImportScope getScope() { return scope; }
    public Status getStatus() { return status; }
    public int getTotalRows() { return totalRows; }
    public int getProcessedRows() { return processedRows; }
    public String getErrorsJson() { return errorsJson; }
    public String getFailure() { return failure; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public ImportOutcome outcome() { return new ImportOutcome(created, changed, closed, unchanged, rejected); }
}
