package vn.lienthong.live.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.entity.MeetingStatus;

/**
 * The live side of one meeting. It keeps the rules of the meeting's life: the readiness check opens
 * {@code readiness} before the start (by itself, see {@link #follow}); the meeting goes LIVE only once the
 * readiness check is open and only if it is approved; it ENDS only when live; a cancelled meeting is CANCELLED
 * unless it had already ended. The floor is given only while live. It also numbers the meeting's events: every
 * change takes {@link #nextSeq()} while this row is locked, so the numbers follow the commits without gaps.
 * A transition the phase does not allow is a 409 problem.
 */
@Entity
@Table(name = "live_meeting")
public class LiveMeeting {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Id
    @Column(name = "meeting_id")
    private long meetingId;

    @Enumerated(EnumType.STRING)
    private LivePhase phase = LivePhase.SCHEDULED;

    @Column(name = "readiness_at")
    private Instant readinessAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "floor_unit")
    private String floorUnit;

    @Column(name = "floor_since")
    private Instant floorSince;

    @Column(name = "floor_by")
    private String floorBy;

    private long seq;

    protected LiveMeeting() {
    }

    public LiveMeeting(long meetingId) {
        this.meetingId = meetingId;
    }

    /**
     * Brings the phase up to date with the clock and the booking: CANCELLED when the meeting was cancelled or
     * rejected, READINESS once {@code readinessOpens} has come.
     *
     * @return whether the phase changed
     */
    public boolean follow(MeetingStatus status, Instant readinessOpens, Instant now) {
        if (!behind(status, readinessOpens, now)) {
            return false;
        }
        if (status == MeetingStatus.CANCELLED || status == MeetingStatus.REJECTED) {
            phase = LivePhase.CANCELLED;
            clearFloor();
            return true;
        }
        phase = LivePhase.READINESS;
        readinessAt = now;
        return true;
    }

    /** Whether {@link #follow} would move the phase: a reader that must not change the row asks this first. */
    public boolean behind(MeetingStatus status, Instant readinessOpens, Instant now) {
        if (phase.isOver()) {
            return false;
        }
        return status == MeetingStatus.CANCELLED || status == MeetingStatus.REJECTED
                || phase == LivePhase.SCHEDULED && !now.isBefore(readinessOpens);
    }

    /** Opens the meeting: only an approved meeting, and only from the opening of its readiness check on. */
    public void start(MeetingStatus status, Instant readinessOpens, Instant now, String by) {
        follow(status, readinessOpens, now);
        if (phase.isOver()) {
            throw refused("live.over");
        }
        if (status != MeetingStatus.APPROVED) {
            throw ProblemException.conflict("live.notApproved", status.name());
        }
        if (phase == LivePhase.LIVE) {
            throw refused("live.alreadyLive");
        }
        if (phase == LivePhase.SCHEDULED) {
            throw ProblemException.conflict("live.tooEarly", TIME.format(readinessOpens));
        }
        phase = LivePhase.LIVE;
        startedAt = now;
        startedBy = by;
    }

    public void end(Instant now, String by) {
        requireLive();
        phase = LivePhase.ENDED;
        endedAt = now;
        endedBy = by;
        clearFloor();
    }

    /** 409 unless the meeting is live: hands, the floor and votes exist only then. */
    public void requireLive() {
        if (phase != LivePhase.LIVE) {
            throw refused("live.notLive");
        }
    }

    /** 409 unless points may report their readiness: from the opening of the check until the end. */
    public void requireReadinessOpen() {
        if (phase != LivePhase.READINESS && phase != LivePhase.LIVE) {
            throw refused("live.readinessClosed");
        }
    }

    /** 409 unless the readiness check is open and the meeting has not started: the time for checks. */
    public void requireInReadiness() {
        if (phase != LivePhase.READINESS) {
            throw refused("live.checkOnlyInReadiness");
        }
    }

    /** 409 once the meeting is cancelled: the roll call of a meeting that took place may still be corrected. */
    public void requireRollCallOpen() {
        if (phase == LivePhase.CANCELLED || phase == LivePhase.SCHEDULED) {
            throw refused("live.rollCallClosed");
        }
    }

    public void giveFloor(String unitCode, String by, Instant now) {
        requireLive();
        floorUnit = unitCode;
        floorSince = now;
        floorBy = by;
    }

    public void endFloor() {
        requireLive();
        if (floorUnit == null) {
            throw ProblemException.conflict("live.noFloor");
        }
        clearFloor();
    }

    private void clearFloor() {
        floorUnit = null;
        floorSince = null;
        floorBy = null;
    }

    /** The number of the next event of this meeting; call only while this row is locked. */
    public long nextSeq() {
        return ++seq;
    }

    /** Whether the meeting started after its scheduled start, or has not started though that time has passed. */
    public boolean isLateStart(Instant scheduledStart, Instant now) {
        if (startedAt != null) {
            return startedAt.isAfter(scheduledStart);
        }
        return (phase == LivePhase.SCHEDULED || phase == LivePhase.READINESS) && now.isAfter(scheduledStart);
    }

    /** Whether the meeting ran (or runs) past its scheduled end. */
    public boolean isOverrun(Instant scheduledEnd, Instant now) {
        if (endedAt != null) {
            return endedAt.isAfter(scheduledEnd);
        }
        return phase == LivePhase.LIVE && now.isAfter(scheduledEnd);
    }

    /** When the readiness check of a meeting starting at {@code start} opens. */
    public static Instant readinessOpens(Instant start, Duration window) {
        return start.minus(window);
    }

    private ProblemException refused(String messageKey) {
        return ProblemException.conflict(messageKey, phase.name());
    }

    public long getMeetingId() {
        return meetingId;
    }

    public LivePhase getPhase() {
        return phase;
    }

    public Instant getReadinessAt() {
        return readinessAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public String getFloorUnit() {
        return floorUnit;
    }

    public Instant getFloorSince() {
        return floorSince;
    }

    public String getFloorBy() {
        return floorBy;
    }

    public long getSeq() {
        return seq;
    }
}
