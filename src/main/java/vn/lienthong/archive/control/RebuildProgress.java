package vn.lienthong.archive.control;

import java.time.Instant;

/** Where the last rebuild stands, for the admin view. */
public record RebuildProgress(State state, long done, long total, Instant startedAt, Instant finishedAt,
                              String failure) {

    public enum State { NONE, RUNNING, DONE, FAILED }

    static final RebuildProgress NONE = new RebuildProgress(State.NONE, 0, 0, null, null, null);

    static RebuildProgress started(long total) {
        return new RebuildProgress(State.RUNNING, 0, total, Instant.now(), null, null);
    }

    RebuildProgress advanced(long by) {
        return new RebuildProgress(state, done + by, Math.max(total, done + by), startedAt, finishedAt, failure);
    }

    RebuildProgress finished() {
        return new RebuildProgress(State.DONE, done, total, startedAt, Instant.now(), null);
    }

    RebuildProgress failed(String why) {
        return new RebuildProgress(State.FAILED, done, total, startedAt, Instant.now(), why);
    }

    public boolean running() {
        return state == State.RUNNING;
    }
}
