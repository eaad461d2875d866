package vn.lienthong.scheduling.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.lienthong.scheduling.entity.Rsvp;

/**
 * A unit's answer to an invitation, given by its clerk (or an office above it): {@code ATTENDING} with the people
 * it sends, or {@code DECLINED} with a reason. The rules that depend on the meeting (deadline, state, reason
 * when declining) are the invitation's own; these are only the shape.
 */
public record RsvpRequest(
        @NotBlank(message = "{valid.rsvpUnitRequired}") @Size(max = 10, message = "{valid.unitCode}") String unit,
        @NotNull(message = "{valid.rsvpAnswerRequired}") Rsvp answer,
        @Size(max = 500, message = "{valid.reasonSize}") String reason,
        @Size(max = 20, message = "{valid.delegatesSize}")
        List<@NotNull(message = "{valid.delegateRequired}") @Valid DelegateRequest> delegates) {

    public record DelegateRequest(
            @NotBlank(message = "{valid.delegateNameRequired}") @Size(max = 150, message = "{valid.delegateNameSize}")
            String name,
            @Size(max = 150, message = "{valid.positionSize}") String position) {
    }
}
