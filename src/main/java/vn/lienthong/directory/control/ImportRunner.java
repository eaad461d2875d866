package vn.lienthong.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.lienthong.audit.control.AuditLog;
import vn.lienthong.directory.entity.ImportKind;
import vn.lienthong.directory.entity.ImportOutcome;

/**
 * Runs one import from parsed file to committed history, reporting progress on the way. The history is
 * written in one transaction, so a failure leaves the directory exactly as it was.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    static final String NO_ROWS = "Tệp không có dòng dữ liệu hợp lệ nào nên danh mục không thay đổi.";

    @Inject
    ImportJobs jobs;

    @Inject
    UnitHistoryWriter writer;

    @Inject
    AuditLog audit;

    @Inject
    InTransaction transaction;

    public void run(long jobId, ImportFile file, String actor, String actorUnit) {
        List<CsvProblem> problems = List.of();
        try {
            List<UnitVersion> existing = writer.allVersions();
            if (file.kind() == ImportKind.UNITS) {
                ParsedUnits parsed = UnitCsvReader.read(reader(file));
                int total = parsed.rows().size() + parsed.problems().size();
                jobs.progress(jobId, total, 0);
                if (parsed.rows().isEmpty()) {
                    // a list without a single usable row is a wrong file, never "every unit is gone"
                    jobs.fail(jobId, NO_ROWS, parsed.problems());
                    return;
                }
                ImportPlan plan = UnitImportPlanner.plan(existing, parsed.rows(), file.validFrom(), file.scope());
                problems = merge(parsed.problems(), plan.problems());
                ImportOutcome outcome = transaction.call(() -> {
                    ImportOutcome result = writer.apply(plan, existing, done -> jobs.progress(jobId, total, done));
                    audit.record(actor, actorUnit, AuditLog.Action.IMPORT, "UnitImport", jobId, null, result);
                    return result;
                });
                jobs.finish(jobId, new ImportOutcome(outcome.created(), outcome.changed(), outcome.closed(),
                        outcome.unchanged(), problems.size()), problems);
            } else {
                ParsedSuccessions parsed = SuccessionCsvReader.read(reader(file));
                jobs.progress(jobId, parsed.rows().size() + parsed.problems().size(), 0);
                if (parsed.rows().isEmpty()) {
                    jobs.fail(jobId, NO_ROWS, parsed.problems());
                    return;
                }
                SuccessionCheck.Result checked = SuccessionCheck.check(parsed, existing, file.validFrom());
                problems = checked.problems();
                List<CsvProblem> rejected = problems;
                ImportOutcome outcome = transaction.call(() -> {
                    ImportOutcome result = writer.applySuccessions(checked.links(), rejected.size());
                    audit.record(actor, actorUnit, AuditLog.Action.IMPORT, "UnitImport", jobId, null, result);
                    return result;
                });
                jobs.finish(jobId, outcome, problems);
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Import " + jobId + " failed", e);
            jobs.fail(jobId, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), problems);
        }
    }

    private static List<CsvProblem> merge(List<CsvProblem> a, List<CsvProblem> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream())
                .sorted(java.util.Comparator.comparingInt(CsvProblem::line)).toList();
    }

    private static Reader reader(ImportFile file) throws IOException {
        return new InputStreamReader(new ByteArrayInputStream(file.content()), StandardCharsets.UTF_8);
    }
}
