package vn.lienthong.live.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** A unit's vote on a question; written once (see {@link Vote#cast}), never changed. */
@Entity
@Table(name = "live_ballot")
@IdClass(BallotKey.class)
public class Ballot {

    @Id
    @Column(name = "vote_id")
    private long voteId;

    @Id
    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "option_index")
    private int option;

    @Column(name = "cast_by")
    private String castBy;

    @Column(name = "cast_at")
    private Instant castAt;

    protected Ballot() {
    }

    Ballot(long voteId, String unitCode, int option, String castBy, Instant castAt) {
        this.voteId = voteId;
        this.unitCode = unitCode;
        this.option = option;
        this.castBy = castBy;
        this.castAt = castAt;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public int getOption() {
        return option;
    }
}
