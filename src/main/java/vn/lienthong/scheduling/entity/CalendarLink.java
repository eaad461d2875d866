package vn.lienthong.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A secret link to a unit's calendar feed. The link is the credential of a calendar program that cannot sign in,
 * so only the digest of its token is kept; revoking it keeps the row for the record and closes the feed.
 */
@Entity
@Table(name = "calendar_link")
public class CalendarLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CalendarLink() {
    }

    public CalendarLink(String unitCode, String tokenHash, String createdBy, Instant createdAt) {
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Closes the feed for good; a link is revoked once. */
    public void revoke(String by, Instant at) {
        if (isRevoked()) {
            throw new IllegalStateException("calendar link " + id + " is already revoked");
        }
        this.revokedBy = Objects.requireNonNull(by, "by");
        this.revokedAt = Objects.requireNonNull(at, "at");
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
