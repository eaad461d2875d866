package vn.lienthong.minutes.boundary;

import java.util.List;

/**
 * A task to assign from conclusion {@code conclusion} (its position in the minutes, from 0), or the new state of
 * an assigned one ({@code version}: the version it was edited from; {@code conclusion} is then ignored).
 * {@code deadline} is a day, YYYY-MM-DD. Missing or wrong values are 400 problems naming the field.
 */
public record TaskRequest(Integer conclusion, Long version, String title, String deadline, String leadUnit,
                          List<String> supportingUnits) {
}
