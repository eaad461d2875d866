package vn.lienthong.minutes.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * The one way a JSON value is written for hashing, so that anyone can recompute a hash from what the API shows:
 * object members sorted by name (Java {@code String} order, i.e. UTF-16 code units, as in RFC 8785), no white
 * space between tokens, strings in Unicode NFC with only {@code "}, {@code \} and control characters escaped
 * ({@code \n}, {@code \t}, ... and {@code \}{@code u00XX} for the rest), numbers as plain integers (the minutes
 * hold no fractions), then UTF-8. The hash is the lower-case hex SHA-256 of those bytes.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String write(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    public static String sha256(JsonValue value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                TreeMap<String, JsonValue> sorted = new TreeMap<>();
                ((JsonObject) value).forEach((k, v) -> sorted.put(Normalizer.normalize(k, Normalizer.Form.NFC), v));
                out.append('{');
                boolean first = true;
                for (var member : sorted.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(member.getKey(), out);
                    out.append(':');
                    write(member.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                JsonArray array = (JsonArray) value;
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(array.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(((JsonString) value).getString(), out);
            case NUMBER -> out.append(((JsonNumber) value).bigIntegerValueExact());
            case TRUE -> out.append("true");
            case FALSE -> out.append("false");
            case NULL -> out.append("null");
        }
    }

    private static void string(String raw, StringBuilder out) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
