package vn.lienthong.scheduling.entity;

import java.io.Serializable;
import java.util.Objects;

/** The key of an {@link Invitation}: the meeting and the invited unit. */
public class InvitationKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long meeting;
    private String unitCode;

    public InvitationKey() {
    }

    public InvitationKey(Long meeting, String unitCode) {
        this.meeting = meeting;
        this.unitCode = unitCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InvitationKey key && Objects.equals(meeting, key.meeting)
                && Objects.equals(unitCode, key.unitCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meeting, unitCode);
    }
}
