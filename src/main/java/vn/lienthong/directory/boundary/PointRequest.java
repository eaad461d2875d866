package vn.lienthong.directory.boundary;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Type;
import vn.lienthong.directory.entity.EndpointKind;
import vn.lienthong.directory.entity.PointDetails;
import vn.lienthong.platform.boundary.JsonValues;

/** A meeting point as entered in the form; {@code version} is required when changing one. */
public record PointRequest(
        @NotBlank(message = "{valid.unitRequired}") @Pattern(regexp = "\\d{2,5}", message = "{valid.unitCode}")
        String unitCode,
        @NotBlank(message = "{valid.pointNameRequired}") @Size(max = 200, message = "{valid.nameSize}") String name,
        @Size(max = 200, message = "{valid.roomSize}") String room,
        @Size(max = 300, message = "{valid.addressSize}") String address,
        @NotNull(message = "{valid.seatsRequired}") @Min(value = 1, message = "{valid.seatsRange}")
        @Max(value = 2000, message = "{valid.seatsRange}") Integer seats,
        @NotNull(message = "{valid.kindRequired}")
        @JsonbTypeDeserializer(KindReader.class) EndpointKind kind,
        @Size(max = 200, message = "{valid.sipSize}")
        @Pattern(regexp = "^(sips?:)?[^\\s@]+@[^\\s@]+$", message = "{valid.sipFormat}") String sipAddress,
        @Size(max = 200, message = "{valid.h323Size}") String h323Address,
        @Size(max = 120, message = "{valid.technicianSize}") String technicianName,
        @Size(max = 30, message = "{valid.phoneSize}")
        @Pattern(regexp = "^[0-9+()\\s.-]*$", message = "{valid.phoneFormat}") String technicianPhone,
        @Size(max = 150, message = "{valid.emailSize}") @Email(message = "{valid.email}") String technicianEmail,
        Boolean isDefault,
        Long version) {

    /** Reads {@code kind} so that an unknown value is answered with the field and the accepted values. */
    public static class KindReader implements JsonbDeserializer<EndpointKind> {
        @Override
        public EndpointKind deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return JsonValues.constant(EndpointKind.class, parser.getValue());
        }
    }

    PointDetails details() {
        return new PointDetails(name, room, address, seats, kind, sipAddress, h323Address, technicianName,
                technicianPhone, technicianEmail, Boolean.TRUE.equals(isDefault));
    }
}
