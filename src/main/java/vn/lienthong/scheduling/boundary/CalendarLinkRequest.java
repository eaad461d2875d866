package vn.lienthong.scheduling.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A new secret link to the calendar feed of {@code unit}. */
public record CalendarLinkRequest(
        @NotNull(message = "{valid.unitRequired}") @Pattern(regexp = "\\d{2,5}", message = "{valid.unitCode}") String unit) {
}
