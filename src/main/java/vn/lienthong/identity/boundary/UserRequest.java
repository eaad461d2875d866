package vn.lienthong.identity.boundary;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Type;
import java.util.Set;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.platform.boundary.JsonValues;

/**
 * An account as the administrator enters it; {@code password} only when creating, {@code version} when changing;
 * {@code email} (optional) receives the notifications of the user's unit.
 */
public record UserRequest(
        @Size(min = 3, max = 60, message = "{valid.usernameSize}")
        @Pattern(regexp = "[a-z0-9._-]+", message = "{valid.usernameFormat}") String username,
        @NotBlank(message = "{valid.displayNameRequired}") @Size(max = 150, message = "{valid.displayNameSize}") String displayName,
        @Size(max = 150, message = "{valid.positionSize}") String position,
        @Size(max = 150, message = "{valid.emailSize}") @Email(message = "{valid.email}") String email,
        @NotBlank(message = "{valid.unitRequired}") @Pattern(regexp = "\\d{2,5}", message = "{valid.unitCode}") String unitCode,
        @NotEmpty(message = "{valid.rolesRequired}") @JsonbTypeDeserializer(RolesReader.class) Set<Role> roles,
        @Size(min = 8, max = 200, message = "{valid.passwordSize}") String password,
        Boolean active,
        Long version) {

    /** Reads {@code roles} so that an unknown role is answered with the field and the roles there are. */
    public static class RolesReader implements JsonbDeserializer<Set<Role>> {
        @Override
        public Set<Role> deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return JsonValues.constants(Role.class, parser.getValue());
        }
    }
}
