package vn.lienthong.scheduling.control;

import java.util.List;
import vn.lienthong.scheduling.entity.Invitee;

/**
 * Whom each occurrence of a booking invites and from which meeting points.
 *
 * @param perOccurrence  the invitees of each occurrence, in occurrence order; usually the same list for all, unless
 *                       the directory changes during a series
 * @param hostPointId    the point the host joins from
 * @param withoutPoint   codes of invited units that have no meeting point yet: they are invited, but connect from
 *                       nowhere known and take part in no point conflict
 */
public record ResolvedInvitation(List<List<Invitee>> perOccurrence, long hostPointId, List<String> withoutPoint) {

    public ResolvedInvitation {
        perOccurrence = List.copyOf(perOccurrence);
        withoutPoint = List.copyOf(withoutPoint);
    }
}
