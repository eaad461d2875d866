package vn.lienthong.archive.entity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A meeting as the archive holds it: what the result list shows, who may read it, and all its searchable text.
 * Read from the database (which stays the source of truth) whenever the meeting or anything of it changes.
 *
 * @param invitedUnits  the invited units' codes, the host among them
 * @param unitNames     the invited units' names as on the meeting date
 * @param minutesStatus {@code NONE}, {@code DRAFT}, {@code FINAL} or {@code AMENDED}
 * @param agenda        one text per agenda item
 * @param minutes       the current minutes as lines of text (their conclusions among them)
 * @param tasks         the tasks given by the conclusions, with their progress notes
 * @param attachments   the name and text of each attached document whose text was read
 */
public record ArchivedMeeting(long id, String title, String kind, String status, boolean confidential,
                              Instant start, String hostUnitCode, String hostUnitName, String chairName,
                              String chairUsername, String createdByUnit, Set<String> invitedUnits,
                              List<String> unitNames, String minutesStatus,
                              List<String> agenda, List<String> minutes, List<String> tasks,
                              List<String> attachments) {
}
