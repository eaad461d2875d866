package vn.lienthong.directory.boundary;

import vn.lienthong.platform.boundary.Page;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.lienthong.directory.control.ImportFile;
import vn.lienthong.directory.control.ImportJobs;
import vn.lienthong.directory.control.ImportRunner;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.platform.problem.ProblemException;

/**
 * Importing official unit lists and succession tables (administrators only). An import runs in the
 * background; its record shows the progress and, at the end, the counts and every rejected line.
 */
@ApplicationScoped
public class UnitImports {

    @Inject
    Caller caller;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportRunner runner;

    @Resource
    ManagedExecutorService executor;

    public ImportView start(ImportFile file) {
        CallerIdentity who = caller.requireAny(Role.ADMIN);
        if (file.content().length == 0) {
            throw ProblemException.invalid("file", "import.empty");
        }
        long id = jobs.open(file.kind(), file.fileName(), sha256(file.content()), file.validFrom(), file.scope(),
                who.username());
        // The answer is read before the job starts: the job runs in the request's propagated context, and a job
        // that ends before the request would otherwise close the entity manager the request still reads with.
        ImportView started = get(id);
        executor.submit(() -> runner.run(id, file, who.username(), who.unitCode()));
        return started;
    }

    /** Runs an import to its end in the calling thread: for the demo data loaded at first start. */
    public ImportView runAsSystem(ImportFile file) {
        long id = jobs.open(file.kind(), file.fileName(), sha256(file.content()), file.validFrom(), file.scope(),
                "system");
        runner.run(id, file, "system", null);
        return ImportView.of(jobs.find(id), true);
    }

    public ImportView get(long id) {
        caller.requireAny(Role.ADMIN);
        var job = jobs.find(id);
        if (job == null) {
            throw ProblemException.notFound("import.notFound", id);
        }
        return ImportView.of(job, true);
    }

    public Page<ImportView> list(int offset, int limit) {
        caller.requireAny(Role.ADMIN);
        return new Page<>(jobs.latest(offset, limit).stream().map(j -> ImportView.of(j, false)).toList(), jobs.count());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
