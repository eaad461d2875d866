package vn.lienthong.minutes.boundary;

import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;

/** A new text of the minutes, written over {@code version}: the version the writer started from. */
public record SaveRequest(@NotNull(message = "{valid.minutesVersionRequired}") Integer version,
                          @NotNull(message = "{valid.minutesContentRequired}") JsonValue content) {
}
