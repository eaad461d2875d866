package vn.lienthong.directory.control;

/**
 * One unit as a unit list states it on the list's date.
 *
 * @param line       line in the file, for reporting
 * @param parentCode {@code null} for a province (level 1)
 * @param level      1 province, 2 district (or commune after the 2025 reform), 3 commune
 */
public record UnitRow(int line, String code, String name, String type, String parentCode, int level) {
}
