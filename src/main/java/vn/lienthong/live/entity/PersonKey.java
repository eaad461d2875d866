package vn.lienthong.live.entity;

import java.io.Serializable;
import java.util.Objects;

/** The key of {@link PersonAttendance}. */
public class PersonKey implements Serializable {

    private long meetingId;
    private String unitCode;
    private int ordinal;

    public PersonKey() {
    }

    public PersonKey(long meetingId, String unitCode, int ordinal) {
        this.meetingId = meetingId;
        this.unitCode = unitCode;
        this.ordinal = ordinal;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonKey key && meetingId == key.meetingId && ordinal == key.ordinal
                && Objects.equals(unitCode, key.unitCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meetingId, unitCode, ordinal);
    }
}
