package vn.lienthong.scheduling.control;

/**
 * A unit an invitation reaches, as the directory names it on the meeting date.
 *
 * @param parentCode {@code null} for a province
 */
public record InvitedUnit(String code, String name, int level, String parentCode) {
}
