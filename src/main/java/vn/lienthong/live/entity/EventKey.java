package vn.lienthong.live.entity;

import java.io.Serializable;
import java.util.Objects;

/** The key of {@link LiveEvent}. */
public class EventKey implements Serializable {

    private long meetingId;
    private long seq;

    public EventKey() {
    }

    public EventKey(long meetingId, long seq) {
        this.meetingId = meetingId;
        this.seq = seq;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventKey key && meetingId == key.meetingId && seq == key.seq;
    }

    @Override
    public int hashCode() {
        return Objects.hash(meetingId, seq);
    }
}
