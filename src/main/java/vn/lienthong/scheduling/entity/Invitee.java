package vn.lienthong.scheduling.entity;

/**
 * A unit to invite, as the directory names it on the meeting date, with the meeting point it joins from.
 *
 * @param parentCode {@code null} for a province
 * @param pointId    {@code null} when the unit has no meeting point yet
 */
public record Invitee(String unitCode, String unitName, int level, String parentCode, Long pointId) {
}
