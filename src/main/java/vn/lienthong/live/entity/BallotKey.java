package vn.lienthong.live.entity;

import java.io.Serializable;
import java.util.Objects;

/** The key of {@link Ballot}. */
public class BallotKey implements Serializable {

    private long voteId;
    private String unitCode;

    public BallotKey() {
    }

    public BallotKey(long voteId, String unitCode) {
        this.voteId = voteId;
        this.unitCode = unitCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BallotKey key && Objects.equals(voteId, key.voteId) && Objects.equals(unitCode, key.unitCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(voteId, unitCode);
    }
}
