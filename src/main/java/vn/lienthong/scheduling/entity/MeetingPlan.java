package vn.lienthong.scheduling.entity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything a booking or a change states about one meeting, already checked and resolved: times as instants,
 * the invitation as one invitee per unit (the host included, with its chosen point), the chair.
 */
public record MeetingPlan(String title, MeetingKind kind, String hostUnitCode, long hostPointId, Chair chair,
        Instant start, Instant end, boolean confidential, List<AgendaItem> agenda, List<Invitee> invitees) {

    public MeetingPlan {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hostUnitCode, "hostUnitCode");
        Objects.requireNonNull(chair, "chair");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " is not after start " + start);
        }
        agenda = List.copyOf(agenda);
        invitees = List.copyOf(invitees);
        if (invitees.stream().noneMatch(i -> i.unitCode().equals(hostUnitCode))) {
            throw new IllegalArgumentException("the host " + hostUnitCode + " is not among the invitees");
        }
    }

    /** The same meeting at another time, e.g. a later occurrence of a series. */
    public MeetingPlan at(Instant otherStart, Instant otherEnd, List<Invitee> otherInvitees) {
        return new MeetingPlan(title, kind, hostUnitCode, hostPointId, chair, otherStart, otherEnd, confidential,
                agenda, otherInvitees);
    }
}
