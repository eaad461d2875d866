package vn.lienthong.directory.boundary;

/**
 * Announced, inside the deleting transaction, just before a meeting point is deleted. Features that book points
 * observe it and refuse (by throwing a problem) while the point is still needed; the directory itself knows
 * nothing of meetings.
 */
public record PointWithdrawal(long pointId, String unitCode, String name) {
}
