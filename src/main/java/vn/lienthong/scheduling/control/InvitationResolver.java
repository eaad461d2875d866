package vn.lienthong.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienthong.scheduling.entity.Invitee;

/**
 * Resolves a booking's invitation against the directory of the meeting dates and gives each invited unit its
 * meeting point: the default point of the unit, and for the host the point the request names or else its default.
 * The directory comes from {@link DirectoryCache}, checked against the database on every booking; a series is
 * resolved once per period of the directory it spans (once, unless a new list takes effect between two of its
 * meetings).
 */
@ApplicationScoped
public class InvitationResolver {

    @Inject
    DirectoryCache cache;

    @Inject
    SchedulingSettings settings;

    /**
     * @param days        the day of each occurrence in Vietnam, in occurrence order
     * @param hostPointId the host's point as requested, or {@code null} for its default point
     * @throws InvalidInvitation with every problem found
     */
    public ResolvedInvitation resolve(String hostCode, Long hostPointId, InviteSpec invite, List<LocalDate> days) {
        long t = StageTimer.start();
        DirectoryCache.Snapshot directory = cache.current();
        StageTimer.end("directory", t);
        t = StageTimer.start();
        Map<Integer, List<InvitedUnit>> resolvedByPeriod = new HashMap<>();
        List<List<InvitedUnit>> units = new ArrayList<>();
        for (LocalDate day : days) {
            List<InvitedUnit> resolved = resolvedByPeriod.get(directory.period(day));
            if (resolved == null) {
                resolved = resolveOn(directory.on(day), hostCode, invite);
                resolvedByPeriod.put(directory.period(day), resolved);
            }
            units.add(resolved);
        }
        StageTimer.end("tiers", t);
        t = StageTimer.start();
        long hostPoint = hostPoint(directory, hostCode, hostPointId);
        List<List<Invitee>> perOccurrence = new ArrayList<>();
        Set<String> withoutPoint = new LinkedHashSet<>();
        for (List<InvitedUnit> list : units) {
            List<Invitee> invitees = new ArrayList<>(list.size());
            for (InvitedUnit unit : list) {
                Long point = unit.code().equals(hostCode) ? Long.valueOf(hostPoint) : directory.defaultPoint(unit.code());
                if (point == null) {
                    withoutPoint.add(unit.code());
                }
                invitees.add(new Invitee(unit.code(), unit.name(), unit.level(), unit.parentCode(), point));
            }
            perOccurrence.add(invitees);
        }
        StageTimer.end("points", t);
        return new ResolvedInvitation(perOccurrence, hostPoint, List.copyOf(withoutPoint));
    }

    private List<InvitedUnit> resolveOn(DirectoryOnDate directory, String hostCode, InviteSpec invite) {
        TierResolution resolution = settings.tierResolver().resolve(directory, hostCode, invite);
        if (resolution.hasProblems()) {
            throw new InvalidInvitation(resolution.problems());
        }
        return resolution.units();
    }

    private static long hostPoint(DirectoryCache.Snapshot directory, String hostCode, Long requested) {
        if (requested != null) {
            if (!hostCode.equals(directory.unitOf(requested))) {
                throw new InvalidInvitation(List.of(new ResolutionProblem("hostPoint", hostCode, "Điểm cầu số "
                        + requested + " không phải là điểm cầu của đơn vị chủ trì (mã " + hostCode + ").")));
            }
            return requested;
        }
        Long point = directory.defaultPoint(hostCode);
        if (point == null) {
            throw new InvalidInvitation(List.of(new ResolutionProblem("hostPoint", hostCode,
                    "Đơn vị chủ trì (mã " + hostCode + ") chưa có điểm cầu nào; hãy khai báo điểm cầu trước khi"
                            + " đặt lịch họp.")));
        }
        return point;
    }
}
