package vn.lienthong.scheduling.boundary;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Type;
import java.util.List;
import vn.lienthong.platform.boundary.JsonValues;
import vn.lienthong.scheduling.control.Recurrence;
import vn.lienthong.scheduling.entity.MeetingKind;

/**
 * A meeting as the booking form sends it. Times are ISO-8601 text (with an offset, or without one meaning
 * Vietnamese time) and checked by the scheduling rules, which explain a bad time better than a type error could;
 * {@code recurrence} only when booking, {@code version} only when changing.
 */
public record MeetingRequest(
        @NotBlank(message = "{valid.meetingTitleRequired}") @Size(max = 300, message = "{valid.meetingTitleSize}")
        String title,
        @NotNull(message = "{valid.meetingKindRequired}")
        @JsonbTypeDeserializer(KindReader.class) MeetingKind kind,
        @NotBlank(message = "{valid.hostUnitRequired}") @Pattern(regexp = "\\d{2,5}", message = "{valid.unitCode}")
        String hostUnit,
        Long hostPoint,
        @NotNull(message = "{valid.chairRequired}")
        @Valid @JsonbTypeDeserializer(ChairReader.class) ChairRequest chair,
        @Size(max = 40, message = "{valid.timeSize}") String start,
        @Size(max = 40, message = "{valid.timeSize}") String end,
        @Size(max = 100, message = "{valid.agendaSize}") List<@NotNull(message = "{valid.agendaItemRequired}") @Valid AgendaItemRequest> agenda,
        Boolean confidential,
        @Valid InviteRequest invite,
        @Valid RecurrenceRequest recurrence,
        Long version) {

    /** A user with the role CHAIR ({@code "chair": "chutich"}) or a person ({@code {"name", "position"}}). */
    public record ChairRequest(
            @Size(max = 60, message = "{valid.chairUsernameSize}") String username,
            @Size(max = 150, message = "{valid.chairNameSize}") String name,
            @Size(max = 150, message = "{valid.positionSize}") String position) {
    }

    public record AgendaItemRequest(
            @NotBlank(message = "{valid.agendaTitleRequired}") @Size(max = 500, message = "{valid.agendaTitleSize}")
            String title,
            @Size(max = 200, message = "{valid.presenterSize}") String presenter,
            @Min(value = 1, message = "{valid.agendaMinutes}") @Max(value = 720, message = "{valid.agendaMinutes}")
            Integer minutes) {
    }

    /** Whom to invite; see the scheduling control's {@code TierResolver} for the rules. */
    public record InviteRequest(
            @Size(max = 5000, message = "{valid.unitListSize}") List<String> units,
            @Size(max = 5000, message = "{valid.unitListSize}") List<String> childrenOf,
            @Size(max = 100, message = "{valid.tierListSize}") List<@Valid TierRequest> allUnder,
            @Size(max = 5000, message = "{valid.unitListSize}") List<String> exclude) {
    }

    public record TierRequest(
            String code,
            @NotNull(message = "{valid.tierLevelRequired}")
            @Min(value = 1, message = "{valid.level}") @Max(value = 3, message = "{valid.level}") Integer level) {
    }

    public record RecurrenceRequest(
            @JsonbTypeDeserializer(FrequencyReader.class) Recurrence.Frequency freq,
            Integer count,
            @Size(max = 10, message = "{valid.untilSize}") String until,
            Integer interval) {
    }

    public static class KindReader implements JsonbDeserializer<MeetingKind> {
        @Override
        public MeetingKind deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return JsonValues.constant(MeetingKind.class, parser.getValue());
        }
    }

    public static class FrequencyReader implements JsonbDeserializer<Recurrence.Frequency> {
        @Override
        public Recurrence.Frequency deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return JsonValues.constant(Recurrence.Frequency.class, parser.getValue());
        }
    }

    /** Reads {@code chair} as either a username or an object with a name and a position. */
    public static class ChairReader implements JsonbDeserializer<ChairRequest> {
        @Override
        public ChairRequest deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case NULL -> null;
                case STRING -> new ChairRequest(((JsonString) value).getString(), null, null);
                case OBJECT -> new ChairRequest(null, text(value.asJsonObject().get("name")),
                        text(value.asJsonObject().get("position")));
                default -> throw new JsonbException("A chair is a username or {\"name\", \"position\"}");
            };
        }

        private static String text(JsonValue value) {
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value instanceof JsonString text) {
                return text.getString();
            }
            throw new JsonbException("Expected text, got " + value.getValueType());
        }
    }
}
