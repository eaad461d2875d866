package vn.lienthong.launcher;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a unit list or succession table from the command line through the running system's API, as an
 * administrator, showing progress until the import ends. Exit code 0 when it ends DONE, 1 otherwise.
 */
public final class ImportCommand {

    private ImportCommand() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        String base = options.getOrDefault("url", "http://localhost:8080").replaceAll("/+$", "");
        Path file = Path.of(required(options, "file"));
        AdminApi api = AdminApi.signIn(base, options.getOrDefault("user", "admin"), options.get("password"));
        String query = "kind=" + options.getOrDefault("kind", "UNITS") + "&scope=" + options.getOrDefault("scope", "PROVINCES")
                + "&fileName=" + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8)
                + (options.containsKey("valid-from") && !options.get("valid-from").isBlank()
                ? "&validFrom=" + options.get("valid-from") : "");
        String started = send(api.request("/api/imports?" + query).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file)), 202);
        String id = number(started, "id");
        String job;
        do {
            Thread.sleep(300);
            job = send(api.request("/api/imports/" + id).GET(), 200);
            System.out.printf("\rĐang nhập %s: %s/%s dòng", file.getFileName(), number(job, "processed"), number(job, "total"));
        } while (field(job, "status").equals("RUNNING"));
        System.out.printf("%nKết quả: %s — thêm mới %s, thay đổi %s, hết hiệu lực %s, giữ nguyên %s, bị loại %s%n",
                field(job, "status"), number(job, "created"), number(job, "changed"), number(job, "closed"),
                number(job, "unchanged"), number(job, "rejected"));
        Matcher errors = Pattern.compile("\\{\"line\":(\\d+),\"reason\":\"((?:[^\"\\\\]|\\\\.)*)\"}").matcher(job);
        while (errors.find()) {
            System.out.println("  dòng " + errors.group(1) + ": " + errors.group(2));
        }
        System.exit(field(job, "status").equals("DONE") ? 0 : 1);
    }

    private static String send(HttpRequest.Builder request, int expected) throws Exception {
        return AdminApi.send(request, expected);
    }

    private static String field(String json, String name) {
        return AdminApi.text(json, name);
    }

    private static String number(String json, String name) {
        return AdminApi.number(json, name);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Thiếu --" + name + "=");
        }
        return value;
    }
}
