package vn.lienthong.platform.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds RFC 9457 {@code application/problem+json} responses. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "/problems/";

    private Problems() {
    }

    public static Response response(ProblemException problem, Locale locale) {
        String detail = Messages.get(locale, problem.messageKey(), problem.arguments());
        return response(problem.status(), problem.type(), locale, detail, problem.fields(locale), problem.extensions());
    }

    public static Response response(int status, String type, Locale locale, String detail,
                                    List<FieldError> fields, Map<String, Object> extensions) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", TYPE_BASE + type)
                .add("title", Messages.get(locale, "title." + type))
                .add("status", status)
                .add("detail", detail);
        if (!fields.isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            fields.forEach(f -> errors.add(Json.createObjectBuilder().add("field", f.field()).add("message", f.message())));
            body.add("errors", errors);
        }
        extensions.forEach((key, value) -> {
            if (value instanceof Number number) {
                body.add(key, number.longValue());
            } else if (value instanceof JsonValue json) {
                // structured members, such as the list of conflicts of a booking
                body.add(key, json);
            } else {
                body.add(key, String.valueOf(value));
            }
        });
        Response.ResponseBuilder builder = Response.status(status)
                .type(MEDIA_TYPE + ";charset=UTF-8")
                .entity(body.build().toString())
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"lien-thong\"");
        }
        Object retryAfter = extensions.get("retryAfterSeconds");
        if (retryAfter != null) {
            builder.header(HttpHeaders.RETRY_AFTER, retryAfter.toString());
        }
        return builder.build();
    }

    /** 413 naming the limit: in megabytes when it is a whole number of them, in kilobytes otherwise. */
    public static Response tooLarge(Locale locale, long limitBytes) {
        long megabyte = 1024 * 1024;
        return limitBytes % megabyte == 0
                ? response(413, "too-large", locale, "problem.tooLargeMb", limitBytes / megabyte)
                : response(413, "too-large", locale, "problem.tooLarge", limitBytes / 1024);
    }

    public static Response response(int status, String type, Locale locale, String messageKey, Object... arguments) {
        return response(status, type, locale, Messages.get(locale, messageKey, arguments), List.of(), Map.of());
    }
}
