package vn.lienthong.scheduling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.identity.entity.User;
import vn.lienthong.platform.problem.FieldError;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.boundary.MeetingRequest.ChairRequest;
import vn.lienthong.scheduling.control.FieldProblem;
import vn.lienthong.scheduling.control.InvalidInvitation;
import vn.lienthong.scheduling.control.InvalidSchedule;
import vn.lienthong.scheduling.control.InvitationResolver;
import vn.lienthong.scheduling.control.InviteSpec;
import vn.lienthong.scheduling.control.MeetingSlot;
import vn.lienthong.scheduling.control.MeetingTimes;
import vn.lienthong.scheduling.control.Occurrence;
import vn.lienthong.scheduling.control.Recurrence;
import vn.lienthong.scheduling.control.RecurrenceExpander;
import vn.lienthong.scheduling.control.ResolvedInvitation;
import vn.lienthong.scheduling.control.SchedulingSettings;
import vn.lienthong.scheduling.control.StageTimer;
import vn.lienthong.scheduling.control.TierSelector;
import vn.lienthong.scheduling.entity.AgendaItem;
import vn.lienthong.scheduling.entity.Chair;
import vn.lienthong.scheduling.entity.MeetingPlan;

/**
 * Turns a booking request into the meetings it books, checked field by field: times and recurrence, the chair,
 * the agenda, the invitation resolved on each meeting date. Reads only; every problem is a 400 naming the field.
 */
@ApplicationScoped
public class BookingPlanner {

    /**
     * Meeting times are stored as MariaDB TIMESTAMPs, which end in January 2038; bookings stay before that year
     * until the columns are widened.
     */
    static final LocalDateTime STORABLE_UNTIL = LocalDateTime.of(2038, 1, 1, 0, 0);

    @PersistenceContext
    EntityManager em;

    @Inject
    SchedulingSettings settings;

    @Inject
    InvitationResolver invitations;

    /** When the meetings of a request take place: one occurrence, or those of its recurrence. */
    public record Schedule(List<Occurrence> occurrences, Recurrence recurrence) {

        LocalDate firstDay() {
            return occurrences.get(0).start().toLocalDate();
        }
    }

    /** The meetings a request books, and the invited units without a meeting point. */
    public record Plan(List<MeetingPlan> meetings, Recurrence recurrence, List<String> withoutPoint) {
    }

    /** @param recurring whether a recurrence may be given (a booking) or not (a change of one meeting) */
    public Schedule schedule(MeetingRequest request, boolean recurring) {
        try {
            MeetingSlot slot = settings.meetingTimes().bookableSlot(request.start(), request.end());
            if (!recurring && request.recurrence() != null) {
                throw invalid(List.of(new FieldError("recurrence", "Không đổi được cách lặp của một cuộc họp đã đặt;"
                        + " hãy sửa từng buổi họp, hoặc hủy và đặt lại lịch lặp.")));
            }
            Recurrence recurrence = recurrence(request.recurrence());
            List<Occurrence> occurrences = RecurrenceExpander.expand(slot.start(), slot.end(), recurrence);
            ZonedDateTime lastEnd = occurrences.get(occurrences.size() - 1).end();
            if (!lastEnd.toLocalDateTime().isBefore(STORABLE_UNTIL)) {
                throw invalid(List.of(new FieldError(recurrence == null ? "end" : "recurrence",
                        "Hệ thống nhận lịch họp kết thúc trước ngày 01/01/2038.")));
            }
            return new Schedule(occurrences, recurrence);
        } catch (InvalidSchedule e) {
            throw invalid(e.problems().stream().map(p -> new FieldError(p.field(), p.message())).toList());
        }
    }

    public Plan plan(MeetingRequest request, Schedule schedule) {
        long t = StageTimer.start();
        Chair chair = chair(request.chair());
        List<AgendaItem> agenda = request.agenda() == null ? List.of() : request.agenda().stream()
                .map(item -> new AgendaItem(item.title(), item.presenter(), item.minutes())).toList();
        List<LocalDate> days = schedule.occurrences().stream().map(o -> o.start().toLocalDate()).toList();
        ResolvedInvitation resolved;
        try {
            resolved = invitations.resolve(request.hostUnit().strip(), request.hostPoint(), spec(request.invite()), days);
        } catch (InvalidInvitation e) {
            throw invalid(e.problems().stream().map(p -> new FieldError(p.field(), p.message())).toList());
        }
        List<MeetingPlan> meetings = new ArrayList<>();
        for (Occurrence occurrence : schedule.occurrences()) {
            meetings.add(new MeetingPlan(request.title().strip(), request.kind(), request.hostUnit().strip(),
                    resolved.hostPointId(), chair, occurrence.start().toInstant(), occurrence.end().toInstant(),
                    Boolean.TRUE.equals(request.confidential()), agenda,
                    resolved.perOccurrence().get(occurrence.index())));
        }
        StageTimer.end("plan", t);
        return new Plan(meetings, schedule.recurrence(), resolved.withoutPoint());
    }

    private Chair chair(ChairRequest chair) {
        if (chair.username() != null) {
            List<User> users = em.createNamedQuery(User.BY_USERNAME, User.class)
                    .setParameter("username", chair.username().strip()).getResultList();
            if (users.isEmpty() || !users.get(0).isActive() || !users.get(0).hasRole(Role.CHAIR)) {
                throw invalid(List.of(new FieldError("chair", "Không có người dùng \"" + chair.username().strip()
                        + "\" với vai trò chủ trì (CHAIR); hãy chọn người chủ trì khác hoặc ghi họ tên và chức vụ.")));
            }
            User user = users.get(0);
            return Chair.user(user.getUsername(), user.getDisplayName(), user.getPosition());
        }
        if (chair.name() == null || chair.name().isBlank()) {
            throw invalid(List.of(new FieldError("chair.name", "Vui lòng nhập họ tên người chủ trì.")));
        }
        return Chair.named(chair.name(), chair.position());
    }

    private static Recurrence recurrence(MeetingRequest.RecurrenceRequest request) {
        if (request == null) {
            return null;
        }
        LocalDate until = null;
        if (request.until() != null && !request.until().isBlank()) {
            try {
                until = LocalDate.parse(request.until().strip());
            } catch (DateTimeParseException e) {
                throw new InvalidSchedule(List.of(new FieldProblem("recurrence.until",
                        "Ngày kết thúc lặp phải có dạng YYYY-MM-DD (ví dụ 2031-06-30).")));
            }
        }
        return new Recurrence(request.freq(), request.count(), until, request.interval());
    }

    private static InviteSpec spec(MeetingRequest.InviteRequest invite) {
        if (invite == null) {
            return null;
        }
        List<TierSelector> tiers = invite.allUnder() == null ? null : invite.allUnder().stream()
                .map(t -> t == null ? null : new TierSelector(t.code(), t.level() == null ? 0 : t.level()))
                .toList();
        return new InviteSpec(invite.units(), invite.childrenOf(), tiers, invite.exclude());
    }

    static ProblemException invalid(List<FieldError> fields) {
        return new ProblemException(400, "validation", "problem.validation", fields, Map.of());
    }

    /** The day in Vietnam of an instant. */
    static LocalDate day(Instant instant) {
        return instant.atZone(MeetingTimes.VIETNAM).toLocalDate();
    }
}
