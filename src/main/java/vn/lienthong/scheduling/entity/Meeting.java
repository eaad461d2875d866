package vn.lienthong.scheduling.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.lienthong.platform.problem.ProblemException;

/**
 * A booked meeting. It changes only through its methods, which keep the rules of its life:
 * {@code DRAFT -> SUBMITTED -> APPROVED | REJECTED}; {@code CANCELLED} from any other state, with a reason;
 * content and times change only while the meeting still holds its resources (draft, submitted, approved). Every
 * change raises the iCalendar sequence, so calendars that imported the meeting take the new version.
 * A transition the state does not allow is a 409 problem. Only an approved meeting is official for the invited
 * units: they see it and answer it from its first approval on.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    public static final int MAX_REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    @Column(name = "host_unit_code")
    private String hostUnitCode;

    @Column(name = "host_point_id")
    private long hostPointId;

    @Embedded
    private Chair chair;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private boolean confidential;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status = MeetingStatus.DRAFT;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "occurrence_index")
    private Integer occurrenceIndex;

    @Column(name = "rsvp_deadline")
    private Instant rsvpDeadline;

    @Column(name = "ics_sequence")
    private int icsSequence;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_by_unit")
    private String createdByUnit;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "announced_at")
    private Instant announcedAt;

    @ElementCollection
    @CollectionTable(name = "agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("unitLevel ASC, unitCode ASC")
    private List<Invitation> invitations = new ArrayList<>();

    @Version
    private long version;

    protected Meeting() {
    }

    /**
     * A new draft.
     *
     * @param seriesId        the series it belongs to, or {@code null}
     * @param occurrenceIndex its place in the series, or {@code null}
     */
    public Meeting(MeetingPlan plan, String createdBy, String createdByUnit, Instant createdAt, Long seriesId,
            Integer occurrenceIndex) {
        if ((seriesId == null) != (occurrenceIndex == null)) {
            throw new IllegalArgumentException("a series needs an occurrence index and only a series has one");
        }
        this.createdBy = createdBy;
        this.createdByUnit = createdByUnit;
        this.createdAt = createdAt;
        this.seriesId = seriesId;
        this.occurrenceIndex = occurrenceIndex;
        apply(plan);
    }

    /**
     * Replaces what the meeting states (times, invitations, agenda, ...). A meeting that needed approval and had
     * it goes back to {@code SUBMITTED}: the approval was given for what it said before.
     *
     * @param needsApproval whether a change made by this caller needs the provincial secretariat's approval
     */
    public void reschedule(MeetingPlan plan, boolean needsApproval) {
        if (!status.isChangeable()) {
            throw refused("meeting.cannotChange");
        }
        apply(plan);
        if (status == MeetingStatus.APPROVED && needsApproval) {
            status = MeetingStatus.SUBMITTED;
        }
        icsSequence++;
    }

    /**
     * Hands a draft in for approval.
     *
     * @param needsApproval {@code false} when the submitter may approve it at once (the provincial secretariat,
     *                      or any booking office when approval below the province is switched off)
     */
    public void submit(boolean needsApproval) {
        if (status != MeetingStatus.DRAFT) {
            throw refused("meeting.cannotSubmit");
        }
        status = needsApproval ? MeetingStatus.SUBMITTED : MeetingStatus.APPROVED;
        announceIfApproved();
        icsSequence++;
    }

    public void approve() {
        if (status != MeetingStatus.SUBMITTED) {
            throw refused("meeting.cannotApprove");
        }
        status = MeetingStatus.APPROVED;
        announceIfApproved();
        icsSequence++;
    }

    public void reject(String reason) {
        String given = checkedReason(reason);
        if (status != MeetingStatus.SUBMITTED) {
            throw refused("meeting.cannotReject");
        }
        status = MeetingStatus.REJECTED;
        statusReason = given;
        icsSequence++;
    }

    public void cancel(String reason) {
        String given = checkedReason(reason);
        if (status == MeetingStatus.CANCELLED) {
            throw refused("meeting.cannotCancel");
        }
        status = MeetingStatus.CANCELLED;
        statusReason = given;
        icsSequence++;
    }

    /** An approved meeting is official: from its first approval on, the invited units know of it. */
    private void announceIfApproved() {
        if (status == MeetingStatus.APPROVED && announcedAt == null) {
            announcedAt = Instant.now();
        }
    }

    /** Whether the invited units were ever told of the meeting, i.e. it was approved at least once. */
    public boolean wasAnnounced() {
        return announcedAt != null;
    }

    /**
     * Sets when the invited units' answers are due: {@code lead} before the start. A meeting booked (or moved)
     * closer to its start than that takes answers until it starts, rather than never.
     */
    public void takeAnswersUntil(Duration lead, Instant now) {
        Instant deadline = startsAt.minus(lead);
        this.rsvpDeadline = deadline.isBefore(now) ? startsAt : deadline;
    }

    /** Until when invited units may answer; the start for meetings booked before deadlines existed. */
    public Instant getAnswerDeadline() {
        return rsvpDeadline == null ? startsAt : rsvpDeadline;
    }

    /** Whether {@code unitCode} is among the invited units (the host always is). */
    public boolean invites(String unitCode) {
        return invitation(unitCode).isPresent();
    }

    public Optional<Invitation> invitation(String unitCode) {
        return invitations.stream().filter(i -> i.getUnitCode().equals(unitCode)).findFirst();
    }

    private void apply(MeetingPlan plan) {
        this.title = plan.title().strip();
        this.kind = plan.kind();
        this.hostUnitCode = plan.hostUnitCode();
        this.hostPointId = plan.hostPointId();
        this.chair = plan.chair();
        this.startsAt = plan.start();
        this.endsAt = plan.end();
        this.confidential = plan.confidential();
        this.agenda.clear();
        this.agenda.addAll(plan.agenda());
        invite(plan.invitees());
    }

    /** Keeps the invitations of units still invited (and with them their answers), adds and removes the others. */
    private void invite(List<Invitee> invitees) {
        Map<String, Invitation> current = new HashMap<>();
        invitations.forEach(i -> current.put(i.getUnitCode(), i));
        for (Invitee invitee : invitees) {
            Invitation kept = current.remove(invitee.unitCode());
            if (kept == null) {
                invitations.add(new Invitation(this, invitee));
            } else {
                kept.describe(invitee);
            }
        }
        if (!current.isEmpty()) {
            Set<Invitation> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
            dropped.addAll(current.values());
            invitations.removeIf(dropped::contains);
        }
    }

    private static String checkedReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "meeting.reasonRequired");
        }
        if (reason.strip().length() > MAX_REASON_LENGTH) {
            throw ProblemException.invalid("reason", "meeting.reasonTooLong", MAX_REASON_LENGTH);
        }
        return reason.strip();
    }

    private ProblemException refused(String messageKey) {
        return ProblemException.conflict(messageKey, status.name());
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getHostUnitCode() {
        return hostUnitCode;
    }

    public long getHostPointId() {
        return hostPointId;
    }

    public Chair getChair() {
        return chair;
    }

    public Instant getStart() {
        return startsAt;
    }

    public Instant getEnd() {
        return endsAt;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public Integer getOccurrenceIndex() {
        return occurrenceIndex;
    }

    public int getIcsSequence() {
        return icsSequence;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getCreatedByUnit() {
        return createdByUnit;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<AgendaItem> getAgenda() {
        return List.copyOf(agenda);
    }

    public List<Invitation> getInvitations() {
        return Collections.unmodifiableList(invitations);
    }

    public long getVersion() {
        return version;
    }
}
