package vn.lienthong.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The number an approved meeting's invitation letter was issued under: the {@code number}-th letter its issuing
 * unit gave in {@code year}. Written once and never changed: a letter re-rendered after the meeting changes, or
 * after it is cancelled, keeps its number and its date.
 */
@Entity
@Table(name = "invitation_letter")
public class InvitationLetter {

    /** The kind of document and the issuer's abbreviation in the number, e.g. 15/GM-UBND (Decree 30/2020). */
    public static final String SYMBOL = "GM-UBND";

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "issuer_unit_code")
    private String issuerUnitCode;

    @Column(name = "issue_year")
    private int year;

    @Column(name = "letter_number")
    private int number;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "issued_sequence")
    private int issuedSequence;

    protected InvitationLetter() {
    }

    public InvitationLetter(long meetingId, String issuerUnitCode, int year, int number, Instant issuedAt,
                            String issuedBy, int issuedSequence) {
        if (number < 1) {
            throw new IllegalArgumentException("letter numbers start at 1, not " + number);
        }
        this.meetingId = meetingId;
        this.issuerUnitCode = Objects.requireNonNull(issuerUnitCode, "issuerUnitCode");
        this.year = year;
        this.number = number;
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
        this.issuedSequence = issuedSequence;
    }

    /** The number as the letter prints it: {@code 15/GM-UBND}. */
    public String reference() {
        return number + "/" + SYMBOL;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getIssuerUnitCode() {
        return issuerUnitCode;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public int getIssuedSequence() {
        return issuedSequence;
    }
}
