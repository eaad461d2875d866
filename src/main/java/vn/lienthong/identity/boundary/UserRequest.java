package vn.lienthong.identity.boundary;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Type;
import java.util.Set;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.platform.boundary.JsonValues;

/** An account as the administrator enters it; {@code password} only when creating, {@code version} when changing. */
public record UserRequest(
        @Size(min = 3, max = 60, message = "Tên đăng nhập từ 3 đến 60 ký tự.")
        @Pattern(regexp = "[a-z0-9._-]+", message = "Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số và . _ -") String username,
        @NotBlank(message = "Vui lòng nhập họ và tên.") @Size(max = 150, message = "Họ và tên tối đa 150 ký tự.") String displayName,
        @Size(max = 150, message = "Chức vụ tối đa 150 ký tự.") String position,
        @NotBlank(message = "Vui lòng chọn đơn vị.") @Pattern(regexp = "\\d{2,5}", message = "Mã đơn vị gồm 2 đến 5 chữ số.") String unitCode,
        @NotEmpty(message = "Vui lòng chọn ít nhất một vai trò.") @JsonbTypeDeserializer(RolesReader.class) Set<Role> roles,
        @Size(min = 8, max = 200, message = "Mật khẩu từ 8 đến 200 ký tự.") String password,
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
