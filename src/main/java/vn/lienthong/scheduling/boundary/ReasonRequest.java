package vn.lienthong.scheduling.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a meeting is rejected or cancelled; the invited units are told. */
public record ReasonRequest(
        @NotBlank(message = "{valid.reasonRequired}") @Size(max = 500, message = "{valid.reasonSize}") String reason) {
}
