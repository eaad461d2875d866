package vn.lienthong.platform.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import vn.lienthong.platform.problem.UnknownValueException;

/**
 * Strict readers for request values that JSON-B alone reads loosely or reports without the field: it turns
 * 1.5 seats into 1 and 4294967297 into 1, and refuses an unknown enum constant without saying where it was.
 * Everything thrown here is a {@link JsonbException}, which JSON-B reports with the name of the field.
 */
public final class JsonValues {

    private JsonValues() {
    }

    /** Whole numbers for every {@code Integer} field of a request (request records use the boxed types). */
    public static final class Ints implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal number = number(parser.getValue());
            try {
                return number == null ? null : number.intValueExact();
            } catch (ArithmeticException notWhole) {
                throw new JsonbException("Not a whole number in range: " + number);
            }
        }
    }

    /** Whole numbers for every {@code Long} field of a request, such as versions. */
    public static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal number = number(parser.getValue());
            try {
                return number == null ? null : number.longValueExact();
            } catch (ArithmeticException notWhole) {
                throw new JsonbException("Not a whole number in range: " + number);
            }
        }
    }

    /** One constant of {@code type} named by a JSON string; null for JSON null. */
    public static <E extends Enum<E>> E constant(Class<E> type, JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String name = value instanceof JsonString text ? text.getString() : value.toString();
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new UnknownValueException(name,
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    /** Constants of {@code type} named by a JSON array of strings; null for JSON null. */
    public static <E extends Enum<E>> Set<E> constants(Class<E> type, JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new JsonbException("Expected an array, got " + value.getValueType());
        }
        Set<E> constants = EnumSet.noneOf(type);
        value.asJsonArray().forEach(item -> constants.add(constant(type, item)));
        return constants;
    }

    private static BigDecimal number(JsonValue value) {
        try {
            return switch (value.getValueType()) {
                case NULL -> null;
                case NUMBER -> ((JsonNumber) value).bigDecimalValue();
                case STRING -> new BigDecimal(((JsonString) value).getString().trim());
                default -> throw new JsonbException("Not a number: " + value.getValueType());
            };
        } catch (NumberFormatException notANumber) {
            throw new JsonbException("Not a number: " + value);
        }
    }
}
