package vn.lienthong.archive.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.lienthong.archive.control.ArchiveIndex;
import vn.lienthong.archive.control.IndexUpdater;
import vn.lienthong.archive.control.RebuildProgress;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.platform.problem.ProblemException;

/**
 * Looking after the index: its state for administrators and archivists; rebuilding it, and pausing or resuming
 * the updates, for administrators. Each instance of a cluster answers for its own index.
 */
@ApplicationScoped
public class ArchiveIndexing {

    @Inject
    Caller caller;

    @Inject
    ArchiveIndex index;

    @Inject
    IndexUpdater updater;

    public IndexStatus status() {
        caller.requireAny(Role.ADMIN, Role.ARCHIVIST);
        return current();
    }

    /** Starts a rebuild from the database; 409 while one runs. */
    public IndexStatus rebuild() {
        caller.requireAny(Role.ADMIN);
        if (!updater.startRebuild()) {
            throw ProblemException.conflict("archive.rebuildRunning");
        }
        return current();
    }

    public IndexStatus pause(boolean paused) {
        caller.requireAny(Role.ADMIN);
        updater.setPaused(paused);
        return current();
    }

    private IndexStatus current() {
        RebuildProgress r = updater.rebuildProgress();
        String state;
        if (!index.isOpen()) {
            state = "OPENING";
        } else if (r.running()) {
            state = index.lastChange() < 0 ? "BUILDING" : "REBUILDING";
        } else if (updater.isPaused()) {
            state = "PAUSED";
        } else {
            state = "READY";
        }
        return new IndexStatus(state, index.isOpen() ? index.documents() : 0,
                index.isOpen() ? updater.pendingChanges() : 0, index.lastChange(),
                index.dir() == null ? null : index.dir().toString(),
                new IndexStatus.Rebuild(r.state().name(), r.done(), r.total(), r.startedAt(), r.finishedAt(),
                        r.failure()), updater.lastFailure());
    }
}
