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
        @NotBlank(message = "Vui lòng chọn đơn vị.") @Pattern(regexp = "\\d{2,5}", message = "Mã đơn vị gồm 2 đến 5 chữ số.")
        String unitCode,
        @NotBlank(message = "Vui lòng nhập tên điểm cầu.") @Size(max = 200, message = "Tên tối đa 200 ký tự.") String name,
        @Size(max = 200, message = "Phòng họp tối đa 200 ký tự.") String room,
        @Size(max = 300, message = "Địa chỉ tối đa 300 ký tự.") String address,
        @NotNull(message = "Vui lòng nhập số chỗ ngồi.") @Min(value = 1, message = "Số chỗ ngồi từ 1 đến 2000.")
        @Max(value = 2000, message = "Số chỗ ngồi từ 1 đến 2000.") Integer seats,
        @NotNull(message = "Vui lòng chọn loại thiết bị đầu cuối (BROWSER, SIP hoặc H323).")
        @JsonbTypeDeserializer(KindReader.class) EndpointKind kind,
        @Size(max = 200, message = "Địa chỉ SIP tối đa 200 ký tự.")
        @Pattern(regexp = "^(sips?:)?[^\\s@]+@[^\\s@]+$", message = "Địa chỉ SIP có dạng sip:phonghop@tenmien.") String sipAddress,
        @Size(max = 200, message = "Địa chỉ H.323 tối đa 200 ký tự.") String h323Address,
        @Size(max = 120, message = "Tên kỹ thuật viên tối đa 120 ký tự.") String technicianName,
        @Size(max = 30, message = "Số điện thoại tối đa 30 ký tự.")
        @Pattern(regexp = "^[0-9+()\\s.-]*$", message = "Số điện thoại chỉ gồm chữ số và + ( ) - .") String technicianPhone,
        @Size(max = 150, message = "Email tối đa 150 ký tự.") @Email(message = "Email không hợp lệ.") String technicianEmail,
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
