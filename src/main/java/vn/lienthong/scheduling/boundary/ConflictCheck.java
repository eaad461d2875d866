package vn.lienthong.scheduling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.StringReader;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.control.Booking;
import vn.lienthong.scheduling.control.BridgeSchedule;
import vn.lienthong.scheduling.control.Conflict;
import vn.lienthong.scheduling.control.StageTimer;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Invitee;
import vn.lienthong.scheduling.entity.Meeting;
import vn.lienthong.scheduling.entity.MeetingPlan;

/**
 * Checks bookings against the bridge's timetable and says what it found as the API reports it: a list for the
 * form's live feedback, or a 409 problem carrying the list. Titles of confidential meetings the caller may not see
 * are left out.
 */
@ApplicationScoped
public class ConflictCheck {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Inject
    BridgeSchedule bridge;

    @Inject
    MeetingAccess access;

    /**
     * The conflicts of a booking's meetings.
     *
     * @param self the stored meeting these plans change, whose stored version is not a conflict; 0 for a booking
     */
    public List<ConflictView> of(List<MeetingPlan> meetings, long self) {
        long t = StageTimer.start();
        List<Booking> candidates = meetings.stream().map(m -> new Booking(self, m.title(), m.start(), m.end(),
                m.invitees().stream().map(Invitee::pointId).filter(Objects::nonNull).collect(Collectors.toSet()),
                m.chair().username())).toList();
        Map<Long, String> unitOfPoint = new HashMap<>();
        Map<String, String> unitNames = new HashMap<>();
        for (MeetingPlan meeting : meetings) {
            for (Invitee invitee : meeting.invitees()) {
                unitNames.putIfAbsent(invitee.unitCode(), invitee.unitName());
                if (invitee.pointId() != null) {
                    unitOfPoint.putIfAbsent(invitee.pointId(), invitee.unitCode());
                }
            }
        }
        List<ConflictView> views = views(bridge.conflicts(candidates, unitOfPoint),
                meetings.stream().map(MeetingPlan::start).toList(), unitNames);
        StageTimer.end("conflicts", t);
        return views;
    }

    /** 409 unless the booking's meetings are free of conflicts. */
    public void requireNone(List<MeetingPlan> meetings, long self) {
        refuseIfAny(of(meetings, self));
    }

    /** 409 unless the stored meeting is free of conflicts with everything else booked (before approving it). */
    public void requireNone(Meeting meeting) {
        Set<Long> points = new HashSet<>();
        Map<Long, String> unitOfPoint = new HashMap<>();
        Map<String, String> unitNames = new HashMap<>();
        for (Invitation invitation : meeting.getInvitations()) {
            unitNames.put(invitation.getUnitCode(), invitation.getUnitName());
            if (invitation.getPointId() != null) {
                points.add(invitation.getPointId());
                unitOfPoint.put(invitation.getPointId(), invitation.getUnitCode());
            }
        }
        Booking booking = new Booking(meeting.getId(), meeting.getTitle(), meeting.getStart(), meeting.getEnd(),
                points, meeting.getChair().username());
        refuseIfAny(views(bridge.conflicts(List.of(booking), unitOfPoint), List.of(meeting.getStart()), unitNames));
    }

    private static void refuseIfAny(List<ConflictView> conflicts) {
        if (conflicts.isEmpty()) {
            return;
        }
        JsonArray array;
        try (var reader = Json.createReader(new StringReader(JSON.toJson(conflicts)))) {
            array = reader.readArray();
        }
        throw new ProblemException(409, "conflict", "meeting.conflicts", List.of(), Map.of("conflicts", array),
                conflicts.size());
    }

    private List<ConflictView> views(List<BridgeSchedule.Found> found, List<Instant> starts,
            Map<String, String> unitNames) {
        return found.stream().map(f -> view(f, starts.get(f.occurrence()), unitNames)).toList();
    }

    private ConflictView view(BridgeSchedule.Found found, Instant start, Map<String, String> unitNames) {
        Conflict c = found.conflict();
        boolean titleShown = found.other() == null || access.maySee(found.other());
        return new ConflictView(c.kind(), c.unit(), c.unit() == null ? null : unitNames.get(c.unit()), c.pointId(),
                c.meetingId(), titleShown ? c.title() : null, Times.vietnam(c.start()), Times.vietnam(c.end()),
                found.occurrence(), BookingPlanner.day(start));
    }
}
