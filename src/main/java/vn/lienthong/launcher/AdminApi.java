package vn.lienthong.launcher;

import java.io.Console;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running system's API as the command-line tools use it: signed in once, plain requests, and the few fields
 * they read picked out of the JSON answers. A refused request ends the tool with exit code 1 and the problem's text.
 */
final class AdminApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String token;

    private AdminApi(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** Signs in as {@code user}; the password from {@code password}, else LIENTHONG_PASSWORD, else the console. */
    static AdminApi signIn(String base, String user, String password) throws Exception {
        String secret = password != null ? password : System.getenv("LIENTHONG_PASSWORD");
        if (secret == null || secret.isBlank()) {
            Console console = System.console();
            if (console == null) {
                throw new IllegalArgumentException("Đặt mật khẩu qua biến môi trường LIENTHONG_PASSWORD");
            }
            secret = new String(console.readPassword("Mật khẩu của %s: ", user));
        }
        String root = base.replaceAll("/+$", "");
        String answer = send(HttpRequest.newBuilder(URI.create(root + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + escape(user) + "\",\"password\":\""
                        + escape(secret) + "\"}")), 200);
        return new AdminApi(root, text(answer, "token"));
    }

    /** A request to {@code path} (from the root, e.g. "/api/imports") carrying the sign-in. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token);
    }

    /** The answer's body, or the end of the tool unless the status is {@code expected}. */
    static String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            String detail = response.body().contains("\"detail\"") ? text(response.body(), "detail") : response.body();
            System.err.println("Lỗi " + response.statusCode() + ": " + detail);
            System.exit(1);
        }
        return response.body();
    }

    /** The first string member {@code name} of a JSON text, or "". */
    static String text(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    /** The first whole-number member {@code name} of a JSON text, or "?". */
    static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
