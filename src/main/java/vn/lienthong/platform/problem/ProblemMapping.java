package vn.lienthong.platform.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever stopped a request into one problem response. Causes are searched through the whole chain
 * because a transaction that fails at commit wraps the real reason several times.
 */
public final class ProblemMapping {

    private static final Logger LOG = Logger.getLogger(ProblemMapping.class.getName());
    /** How JSON-B (Yasson) names the property whose value could not be read, once per level of nesting. */
    private static final Pattern JSON_PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)'");

    private ProblemMapping() {
    }

    public static Response toResponse(Throwable thrown, Locale locale) {
        Response decisive = decisive(thrown, locale);
        if (decisive != null) {
            return decisive;
        }
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Response known = known(t, locale);
            if (known != null) {
                return known;
            }
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, thrown);
        return Problems.response(500, "internal", locale, "problem.internal", incident);
    }

    /**
     * Causes that decide the answer wherever they sit in the chain, because the runtime wraps them in its own
     * exceptions: a body that grows too large while JSON-B reads it arrives as a ProcessingException, a missing
     * body as a bare 400, and a value JSON-B cannot read names its field only in the message.
     */
    private static Response decisive(Throwable thrown, Locale locale) {
        BodyTooLargeException tooLarge = cause(thrown, BodyTooLargeException.class);
        if (tooLarge != null) {
            return Problems.tooLarge(locale, tooLarge.limit());
        }
        if (cause(thrown, NoContentException.class) != null) {
            return invalidField("request", locale, Messages.get(locale, "problem.noBody"));
        }
        JsonbException json = cause(thrown, JsonbException.class);
        String field = json == null ? null : jsonProperty(json);
        if (field != null) {
            UnknownValueException unknown = cause(thrown, UnknownValueException.class);
            return invalidField(field, locale, unknown == null ? Messages.get(locale, "problem.wrongType")
                    : Messages.get(locale, "problem.oneOf", unknown.allowed()));
        }
        return null;
    }

    private static Response known(Throwable t, Locale locale) {
        if (t instanceof ProblemException problem) {
            return Problems.response(problem, locale);
        }
        if (t instanceof ConstraintViolationException violations) {
            return validation(violations, locale);
        }
        if (t instanceof OptimisticLockException) {
            return Problems.response(409, "conflict", locale, "problem.concurrentChange");
        }
        if (t instanceof PessimisticLockException || t instanceof LockTimeoutException
                || t instanceof SQLTransactionRollbackException) {
            // the database chose this transaction to give way to a parallel one; nothing was written
            return Problems.response(409, "conflict", locale, "problem.concurrentChange");
        }
        if (t instanceof SQLIntegrityConstraintViolationException) {
            return Problems.response(409, "conflict", locale, "problem.duplicate");
        }
        if (t instanceof JsonbException || t instanceof JsonException || t instanceof ProcessingException) {
            return Problems.response(400, "malformed", locale, "problem.malformed");
        }
        if (t instanceof WebApplicationException web) {
            return web(web, locale);
        }
        return null;
    }

    private static Response web(WebApplicationException web, Locale locale) {
        int status = web.getResponse().getStatus();
        if (web instanceof NotFoundException) {
            return Problems.response(404, "not-found", locale, "problem.noSuchResource");
        }
        if (web instanceof NotAllowedException) {
            return Problems.response(405, "method-not-allowed", locale, "problem.methodNotAllowed");
        }
        if (web instanceof NotSupportedException) {
            return Problems.response(415, "unsupported-media-type", locale, "problem.unsupportedMediaType");
        }
        if (status == 400 || (status == 404 && web.getCause() != null)) {
            // Jersey reports unparsable path and query parameters (?limit=abc, /points/abc) as 404/400 without a
            // body we could show; unlike a 404 for an unknown address, they carry the conversion failure as cause
            return Problems.response(400, "malformed", locale, "problem.badParameter");
        }
        return Problems.response(status, status >= 500 ? "internal" : "request", locale, "problem.generic",
                Response.Status.fromStatusCode(status) == null ? status : Response.Status.fromStatusCode(status).getReasonPhrase());
    }

    private static Response invalidField(String field, Locale locale, String message) {
        return Problems.response(400, "validation", locale, Messages.get(locale, "problem.validation"),
                List.of(new FieldError(field, message)), Map.of());
    }

    /** The JSON path of the value JSON-B could not read, e.g. {@code seats}; null when it does not say. */
    private static String jsonProperty(JsonbException json) {
        List<String> path = new ArrayList<>();
        Matcher m = JSON_PROPERTY.matcher(String.valueOf(json.getMessage()));
        while (m.find()) {
            path.add(m.group(1));
        }
        return path.isEmpty() ? null : String.join(".", path);
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Our constraints name a bundle key ({@code {valid.seatsRange}}), read here in the caller's language. */
    private static String message(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{valid.") && template.endsWith("}")) {
            return Messages.get(locale, template.substring(1, template.length() - 1));
        }
        return violation.getMessage();
    }

    private static Response validation(ConstraintViolationException violations, Locale locale) {
        List<FieldError> fields = violations.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), message(v, locale)))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return Problems.response(400, "validation", locale, Messages.get(locale, "problem.validation"), fields, Map.of());
    }

    /** The JSON field the client sent, not the Java method and parameter the check sat on. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String parameter = "request";
        StringBuilder property = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY) {
                property.append(property.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return property.length() == 0 ? parameter : property.toString();
    }
}
