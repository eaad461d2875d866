package vn.lienthong.platform.problem;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Map;

/**
 * A request that cannot be served, said in the API's one error language. The message is a key of the
 * {@code messages} bundle, so the same error reads in Vietnamese or English depending on the caller.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String messageKey;
    private final transient Object[] arguments;
    private final List<FieldError> fields;
    private final transient Map<String, Object> extensions;

    public ProblemException(int status, String type, String messageKey, List<FieldError> fields,
                            Map<String, Object> extensions, Object... arguments) {
        super(type + ": " + messageKey);
        this.status = status;
        this.type = type;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.fields = List.copyOf(fields);
        this.extensions = Map.copyOf(extensions);
    }

    public ProblemException(Status status, String type, String messageKey, Object... arguments) {
        this(status.getStatusCode(), type, messageKey, List.of(), Map.of(), arguments);
    }

    public static ProblemException notFound(String messageKey, Object... arguments) {
        return new ProblemException(Status.NOT_FOUND, "not-found", messageKey, arguments);
    }

    public static ProblemException forbidden(String messageKey, Object... arguments) {
        return new ProblemException(Status.FORBIDDEN, "forbidden", messageKey, arguments);
    }

    public static ProblemException conflict(String messageKey, Object... arguments) {
        return new ProblemException(Status.CONFLICT, "conflict", messageKey, arguments);
    }

    /** One invalid field; its message is a bundle key, so it reads in the caller's language. */
    public static ProblemException invalid(String field, String messageKey, Object... arguments) {
        ProblemException problem = new ProblemException(400, "validation", "problem.validation", List.of(), Map.of());
        problem.fieldKey = new FieldKey(field, messageKey, arguments);
        return problem;
    }

    private record FieldKey(String field, String key, Object[] arguments) {
    }

    private transient FieldKey fieldKey;

    /** The offending fields with their messages in {@code locale}. */
    public List<FieldError> fields(java.util.Locale locale) {
        if (fieldKey == null) {
            return fields;
        }
        return List.of(new FieldError(fieldKey.field(), Messages.get(locale, fieldKey.key(), fieldKey.arguments())));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<FieldError> fields() {
        return fields;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
