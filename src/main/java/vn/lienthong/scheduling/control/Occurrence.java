package vn.lienthong.scheduling.control;

import java.time.ZonedDateTime;

/**
 * One meeting of a series.
 *
 * @param index 0 for the first meeting as booked, then 1, 2, ... in date order
 */
public record Occurrence(int index, ZonedDateTime start, ZonedDateTime end) {
}
