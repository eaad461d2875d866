package vn.lienthong.minutes.boundary;

import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A correction of finalised minutes: why, and the corrected text. */
public record AmendmentRequest(
        @NotBlank(message = "{valid.reasonRequired}") @Size(max = 500, message = "{valid.reasonSize}") String reason,
        @NotNull(message = "{valid.minutesContentRequired}") JsonValue content) {
}
