package vn.lienthong.live.entity;

import java.io.Serializable;
import java.util.Objects;

/** The key of {@link Attendance}. */
public class AttendanceKey implements Serializable {

    private long meetingId;
    private String unitCode;

    public AttendanceKey() {
    }

    public AttendanceKey(long meetingId, String unitCode) {
        this.meetingId = meetingId;
        this.unitCode = unitCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttendanceKey key && Objects.equals(meetingId, key.meetingId) && Objects.equals(unitCode, key.unitCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meetingId, unitCode);
    }
}
