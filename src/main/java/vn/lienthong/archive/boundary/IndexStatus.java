package vn.lienthong.archive.boundary;

import java.time.Instant;

/**
 * The state of this instance's index: {@code READY}, {@code REBUILDING} (searches answer from the old index),
 * {@code BUILDING} (first build, searches find what is done so far), {@code PAUSED} or {@code OPENING}.
 */
public record IndexStatus(String state, long documents, long pendingChanges, long lastChangeApplied, String directory,
                          Rebuild rebuild, String lastFailure) {

    public record Rebuild(String state, long done, long total, Instant startedAt, Instant finishedAt,
                          String failure) {
    }
}
