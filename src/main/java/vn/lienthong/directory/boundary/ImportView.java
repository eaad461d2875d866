package vn.lienthong.directory.boundary;

import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.lienthong.directory.control.CsvProblem;
import vn.lienthong.directory.control.ImportScope;
import vn.lienthong.directory.entity.ImportKind;
import vn.lienthong.directory.entity.UnitImport;

/** An import as the API shows it, with the rejected lines and why. */
public record ImportView(long id, ImportKind kind, String fileName, String fileSha256, LocalDate validFrom,
                         ImportScope scope, UnitImport.Status status, int total, int processed, int created,
                         int changed, int closed, int unchanged, int rejected, List<CsvProblem> errors,
                         String failure, String startedBy, Instant startedAt, Instant finishedAt) {

    static ImportView of(UnitImport job, boolean withErrors) {
        var outcome = job.outcome();
        List<CsvProblem> errors = withErrors && job.getErrorsJson() != null
                ? List.of(parse(job.getErrorsJson())) : List.of();
        return new ImportView(job.getId(), job.getKind(), job.getFileName(), job.getFileSha256(), job.getValidFrom(),
                job.getScope(), job.getStatus(), job.getTotalRows(), job.getProcessedRows(), outcome.created(),
                outcome.changed(), outcome.closed(), outcome.unchanged(), outcome.rejected(), errors,
                job.getFailure(), job.getStartedBy(), job.getStartedAt(), job.getFinishedAt());
    }

    private static CsvProblem[] parse(String json) {
        try (var jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, CsvProblem[].class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
