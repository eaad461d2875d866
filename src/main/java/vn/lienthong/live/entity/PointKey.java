package vn.lienthong.live.entity;

import java.io.Serializable;
import java.util.Objects;

/** The key of {@link PointStatus}. */
public class PointKey implements Serializable {

    private long meetingId;
    private long pointId;

    public PointKey() {
    }

    public PointKey(long meetingId, long pointId) {
        this.meetingId = meetingId;
        this.pointId = pointId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PointKey key && Objects.equals(meetingId, key.meetingId) && Objects.equals(pointId, key.pointId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meetingId, pointId);
    }
}
