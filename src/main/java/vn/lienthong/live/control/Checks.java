package vn.lienthong.live.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import vn.lienthong.platform.problem.ProblemException;

/** The equipment a point's technician checks, as a JSON object of booleans: {"camera": true, ...}. */
public final class Checks {

    public static final List<String> NAMES = List.of("camera", "microphone", "loudspeaker", "display", "network");

    private Checks() {
    }

    /** The checks in canonical order; 400 for an unknown check or a value that is not true or false. */
    public static String normalized(Map<String, Boolean> checks) {
        if (checks == null) {
            return "{}";
        }
        for (var entry : checks.entrySet()) {
            if (!NAMES.contains(entry.getKey()) || entry.getValue() == null) {
                throw ProblemException.invalid("checks", "live.checksInvalid", String.join(", ", NAMES));
            }
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        NAMES.stream().filter(checks::containsKey).forEach(name -> json.add(name, checks.get(name)));
        return json.build().toString();
    }
}
