package vn.lienthong.launcher;

import java.io.Console;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds the archive search index of a running instance from the database, as an administrator, showing
 * progress until it is done ({@code mvn -Parchive-rebuild}). Exit code 0 when the rebuild ends DONE, 1 otherwise.
 * Searches keep working meanwhile. Each instance of a cluster keeps its own index: run it once per instance.
 */
public final class ArchiveRebuildCommand {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ArchiveRebuildCommand() {
    }

    public static void main(String[] args) throws Exception {
        String base = option(args, "url", "http://localhost:8080").replaceAll("/+$", "");
        String user = option(args, "user", "admin");
        String password = option(args, "password", System.getenv("LIENTHONG_PASSWORD"));
        if (password == null || password.isBlank()) {
            Console console = System.console();
            if (console == null) {
                throw new IllegalArgumentException("Đặt mật khẩu qua biến môi trường LIENTHONG_PASSWORD");
            }
            password = new String(console.readPassword("Mật khẩu của %s: ", user));
        }
        String token = text(send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user.replace("\"", "") + "\",\"password\":\""
                        + password.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}")), 200), "token");
        send(HttpRequest.newBuilder(URI.create(base + "/api/archive/index/rebuild"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()), 202);
        String status;
        do {
            Thread.sleep(500);
            status = send(HttpRequest.newBuilder(URI.create(base + "/api/archive/index"))
                    .header("Authorization", "Bearer " + token).GET(), 200);
            System.out.printf("\rĐang dựng lại chỉ mục lưu trữ: %s/%s cuộc họp", number(status, "done"),
                    number(status, "total"));
        } while (rebuildState(status).equals("RUNNING"));
        String state = rebuildState(status);
        System.out.printf("%nKết quả: %s — %s cuộc họp trong chỉ mục, %s thay đổi đang chờ%n", state,
                number(status, "documents"), number(status, "pendingChanges"));
        if (!state.equals("DONE")) {
            System.out.println("  " + text(status, "failure"));
        }
        System.exit(state.equals("DONE") ? 0 : 1);
    }

    private static String rebuildState(String status) {
        Matcher m = Pattern.compile("\"rebuild\":\\{[^}]*\"state\":\"([A-Z]+)\"").matcher(status);
        return m.find() ? m.group(1) : "";
    }

    private static String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            String detail = response.body().contains("\"detail\"") ? text(response.body(), "detail") : response.body();
            System.err.println("Lỗi " + response.statusCode() + ": " + detail);
            System.exit(1);
        }
        return response.body();
    }

    private static String text(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    private static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    private static String option(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=") && arg.length() > name.length() + 3) {
                return arg.substring(name.length() + 3);
            }
        }
        return fallback;
    }
}
