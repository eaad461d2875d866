package vn.lienthong.minutes.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.text.Normalizer;
import vn.lienthong.platform.problem.ProblemException;

/**
 * The structure of minutes, checked and normalised before anything is stored:
 * <pre>
 * {"attendance":  [{"unitCode", "unitName", "rsvp", "expected": true|false|null, "present": true|false|null,
 *                   "presence": "ONLINE"|"ROOM"|"REPRESENTED"|null, "representedBy", "reason",
 *                   "delegates": [{"name", "position"}]}],
 *  "sections":    [{"agendaItem": 1.., "title", "discussion": formatted text}],
 *  "conclusions": [{"text": formatted text}]}
 * </pre>
 * Formatted text goes through {@link HtmlSubset}; plain text is NFC without control characters. Absent and
 * {@code null} members are left out, unknown members dropped, so equal minutes have one stored form, which
 * {@link CanonicalJson} hashes and {@link MinutesText} compares.
 */
public final class MinutesContent {

    public static final int MAX_PLAIN = 500;
    public static final int MAX_ITEMS = 500;

    private MinutesContent() {
    }

    public static JsonObject normalize(JsonValue content) {
        JsonObject top = object(content, "content");
        JsonObjectBuilder out = Json.createObjectBuilder();
        out.add("attendance", array(top, "attendance", "content.attendance", MinutesContent::attendee));
        out.add("sections", array(top, "sections", "content.sections", MinutesContent::section));
        out.add("conclusions", array(top, "conclusions", "content.conclusions", MinutesContent::conclusion));
        return out.build();
    }

    private interface Entry {
        JsonObject normalize(JsonObject entry, String path);
    }

    private static JsonObject attendee(JsonObject entry, String path) {
        JsonObjectBuilder out = Json.createObjectBuilder();
        plain(entry, "unitCode", path, out);
        plain(entry, "unitName", path, out);
        plain(entry, "rsvp", path, out);
        bool(entry, "expected", path, out);
        bool(entry, "present", path, out);
        plain(entry, "presence", path, out);
        String presence = string(entry, "presence", path).strip();
        if (!presence.isEmpty() && !MinutesTemplate.PRESENCES.contains(presence)) {
            throw ProblemException.invalid(path + ".presence", "minutes.wrongType");
        }
        plain(entry, "representedBy", path, out);
        plain(entry, "reason", path, out);
        if (entry.containsKey("delegates") && !entry.isNull("delegates")) {
            out.add("delegates", array(entry, "delegates", path + ".delegates", (d, p) -> {
                JsonObjectBuilder delegate = Json.createObjectBuilder();
                plain(d, "name", p, delegate);
                plain(d, "position", p, delegate);
                return delegate.build();
            }));
        }
        return out.build();
    }

    private static JsonObject section(JsonObject entry, String path) {
        JsonObjectBuilder out = Json.createObjectBuilder();
        JsonValue item = entry.get("agendaItem");
        if (item instanceof JsonNumber number && number.isIntegral() && number.longValue() >= 1
                && number.longValue() <= MAX_ITEMS) {
            out.add("agendaItem", number.longValue());
        } else if (item != null && item != JsonValue.NULL) {
            throw ProblemException.invalid(path + ".agendaItem", "minutes.wrongType");
        }
        plain(entry, "title", path, out);
        out.add("discussion", HtmlSubset.clean(string(entry, "discussion", path)));
        return out.build();
    }

    private static JsonObject conclusion(JsonObject entry, String path) {
        return Json.createObjectBuilder().add("text", HtmlSubset.clean(string(entry, "text", path))).build();
    }

    private static JsonArray array(JsonObject parent, String name, String path, Entry entry) {
        JsonValue value = parent.get(name);
        JsonArrayBuilder out = Json.createArrayBuilder();
        if (value == null || value == JsonValue.NULL) {
            return out.build();
        }
        if (!(value instanceof JsonArray array)) {
            throw ProblemException.invalid(path, "minutes.wrongType");
        }
        if (array.size() > MAX_ITEMS) {
            throw ProblemException.invalid(path, "minutes.tooManyItems", MAX_ITEMS);
        }
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            out.add(entry.normalize(object(array.get(i), at), at));
        }
        return out.build();
    }

    private static JsonObject object(JsonValue value, String path) {
        if (!(value instanceof JsonObject object)) {
            throw ProblemException.invalid(path, value == null || value == JsonValue.NULL
                    ? "minutes.required" : "minutes.wrongType");
        }
        return object;
    }

    /** The string member, or "" when absent or null; 400 when it is another type. */
    private static String string(JsonObject parent, String name, String path) {
        JsonValue value = parent.get(name);
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        if (!(value instanceof JsonString string)) {
            throw ProblemException.invalid(path + "." + name, "minutes.wrongType");
        }
        return string.getString();
    }

    /** The member if it is true or false; left out when absent or null; 400 when it is another type. */
    private static void bool(JsonObject parent, String name, String path, JsonObjectBuilder out) {
        JsonValue value = parent.get(name);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            out.add(name, value);
        } else if (value != null && value != JsonValue.NULL) {
            throw ProblemException.invalid(path + "." + name, "minutes.wrongType");
        }
    }

    private static void plain(JsonObject parent, String name, String path, JsonObjectBuilder out) {
        String text = plain(string(parent, name, path));
        if (text.length() > MAX_PLAIN) {
            throw ProblemException.invalid(path + "." + name, "minutes.plainTooLong", MAX_PLAIN);
        }
        if (!text.isEmpty()) {
            out.add(name, text);
        }
    }

    /** One line of text: NFC, control characters (line breaks among them) made spaces, trimmed. */
    public static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", " ").strip();
    }
}
