package vn.lienthong.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.lienthong.platform.problem.ProblemException;

/**
 * The minutes of one meeting and the rules of their life: while a {@code DRAFT} every save, and every restore
 * of an old text, is a new version on top of the current one; the chair's finalising adds a locked, hashed
 * {@code FINAL} version and nothing before it changes again; a correction after that is an {@code AMENDMENT},
 * locked and hashed as well, which names the locked version it corrects and why. A step the state does not allow
 * is a 409 problem.
 */
@Entity
@Table(name = "minutes")
public class Minutes {

    public static final int MAX_REASON_LENGTH = 500;

    /** Computes the hash of a locked version from its number and content. */
    @FunctionalInterface
    public interface Seal {
        String of(int number, String content);
    }

    @Id
    @Column(name = "meeting_id")
    private long meetingId;

    @Enumerated(EnumType.STRING)
    private MinutesStatus status = MinutesStatus.DRAFT;

    @Column(name = "current_number")
    private int currentNumber;

    @Column(name = "final_number")
    private Integer finalNumber;

    protected Minutes() {
    }

    /** Minutes not written yet: version 0 is the starting text built from the meeting, which is never stored. */
    public Minutes(long meetingId) {
        this.meetingId = meetingId;
    }

    public boolean isCurrent(int version) {
        return version == currentNumber;
    }

    public MinutesVersion save(int expectedVersion, String content, Author author) {
        requireDraft();
        if (!isCurrent(expectedVersion)) {
            throw ProblemException.conflict("minutes.stale", expectedVersion, currentNumber);
        }
        return next(VersionKind.SAVE, content, author, null, null, null);
    }

    /** The text of {@code old} again, as a new version: nothing in between is lost. */
    public MinutesVersion restore(MinutesVersion old, Author author) {
        requireDraft();
        return next(VersionKind.RESTORE, old.getContent(), author, null, null, old.getNumber());
    }

    /** Locks the current text as a new {@code FINAL} version with its hash. */
    public MinutesVersion finalizeBy(MinutesVersion current, Author chair, Seal seal) {
        requireDraft();
        if (current == null || current.getNumber() != currentNumber) {
            throw ProblemException.conflict("minutes.nothingToFinalize");
        }
        MinutesVersion locked = next(VersionKind.FINAL, current.getContent(), chair, seal, null, null);
        finalNumber = locked.getNumber();
        status = MinutesStatus.FINAL;
        return locked;
    }

    /** A correction of the locked minutes: a new locked version that names the one it corrects and why. */
    public MinutesVersion amend(String content, String reason, Author chair, Seal seal) {
        if (!status.isLocked()) {
            throw ProblemException.conflict("minutes.notFinal");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ProblemException.invalid("reason", "minutes.reasonRequired");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw ProblemException.invalid("reason", "minutes.reasonTooLong", MAX_REASON_LENGTH);
        }
        MinutesVersion amendment = next(VersionKind.AMENDMENT, content, chair, seal, why, currentNumber);
        status = MinutesStatus.AMENDED;
        return amendment;
    }

    private MinutesVersion next(VersionKind kind, String content, Author author, Seal seal, String reason,
                                Integer basedOn) {
        int number = currentNumber + 1;
        MinutesVersion version = new MinutesVersion(meetingId, number, kind, author, content,
                seal == null ? null : seal.of(number, content), reason, basedOn);
        currentNumber = number;
        return version;
    }

    /** 409 once the chair has finalised: the locked text never changes, a correction is an amendment. */
    private void requireDraft() {
        if (status.isLocked()) {
            throw ProblemException.conflict("minutes.locked", finalNumber);
        }
    }

    public long getMeetingId() {
        return meetingId;
    }

    public MinutesStatus getStatus() {
        return status;
    }

    public int getCurrentNumber() {
        return currentNumber;
    }

    public Integer getFinalNumber() {
        return finalNumber;
    }
}
