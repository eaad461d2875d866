package vn.lienthong.platform.problem;

import jakarta.json.bind.JsonbException;
import java.util.List;

/**
 * A JSON value outside the fixed set a field accepts (an unknown role or kind of endpoint). It is a
 * {@link JsonbException} so that JSON-B reports it together with the name of the field it came in.
 */
public class UnknownValueException extends JsonbException {

    private final String allowed;

    public UnknownValueException(String value, List<String> allowed) {
        super("Unknown value " + value + ", expected one of " + allowed);
        this.allowed = String.join(", ", allowed);
    }

    /** The accepted values, comma-separated, for the message shown to the caller. */
    public String allowed() {
        return allowed;
    }
}
