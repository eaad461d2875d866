package vn.lienthong.live.entity;

import java.time.Instant;

/** A time someone was in the meeting: from {@code from} to {@code to}, or still there when {@code to} is null. */
public record Stay(Instant from, Instant to) {

    public boolean isOpen() {
        return to == null;
    }
}
