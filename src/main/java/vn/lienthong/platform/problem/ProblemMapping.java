package vn.lienthong.platform.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns whatever stopped a request into one problem response. Causes are searched through the whole chain
 * because a transaction that fails at commit wraps the real reason several times.
 */
public final class ProblemMapping {

    private static final Logger LOG = Logger.getLogger(ProblemMapping.class.getName());

    private ProblemMapping() {
    }

    public static Response toResponse(Throwable thrown, Locale locale) {
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

    private static Response known(Throwable t, Locale locale) {
        if (t instanceof ProblemException problem) {
            return Problems.response(problem, locale);
        }
        if (t instanceof BodyTooLargeException tooLarge) {
            return Problems.response(413, "too-large", locale, "problem.tooLarge", tooLarge.limitKilobytes());
        }
        if (t instanceof ConstraintViolationException violations) {
            return validation(violations, locale);
        }
        if (t instanceof OptimisticLockException) {
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
        if (status == 400) {
            // Jersey reports unparsable path and query parameters as 404/400 without a body we could show
            return Problems.response(400, "malformed", locale, "problem.badParameter");
        }
        return Problems.response(status, status >= 500 ? "internal" : "request", locale, "problem.generic",
                Response.Status.fromStatusCode(status) == null ? status : Response.Status.fromStatusCode(status).getReasonPhrase());
    }

    private static Response validation(ConstraintViolationException violations, Locale locale) {
        List<FieldError> fields = violations.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
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
