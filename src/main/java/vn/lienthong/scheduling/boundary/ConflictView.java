package vn.lienthong.scheduling.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.lienthong.scheduling.control.Conflict;

/**
 * One conflict as the API reports it. {@code point} and {@code unit} are set for a POINT conflict; {@code meetingId},
 * {@code title}, {@code start} and {@code end} name the other meeting (the title is left out when the caller may
 * not see that confidential meeting); {@code occurrence} and {@code date} say which meeting of a series collides.
 */
public record ConflictView(Conflict.Kind kind, String unit, String unitName, Long point, Long meetingId, String title,
        OffsetDateTime start, OffsetDateTime end, int occurrence, LocalDate date) {
}
