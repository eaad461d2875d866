package vn.lienthong.launcher;

import java.net.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds the archive search index of a running instance from the database, as an administrator, showing
 * progress until it is done ({@code mvn -Parchive-rebuild}). Exit code 0 when the rebuild ends DONE, 1 otherwise.
 * Searches keep working meanwhile. Each instance of a cluster keeps its own index: run it once per instance.
 */
public final class ArchiveRebuildCommand {

    private ArchiveRebuildCommand() {
    }

    public static void main(String[] args) throws Exception {
        AdminApi api = AdminApi.signIn(option(args, "url", "http://localhost:8080"), option(args, "user", "admin"),
                option(args, "password", null));
        AdminApi.send(api.request("/api/archive/index/rebuild").POST(HttpRequest.BodyPublishers.noBody()), 202);
        String status;
        do {
            Thread.sleep(500);
            status = AdminApi.send(api.request("/api/archive/index").GET(), 200);
            System.out.printf("\rĐang dựng lại chỉ mục lưu trữ: %s/%s cuộc họp", AdminApi.number(status, "done"),
                    AdminApi.number(status, "total"));
        } while (rebuildState(status).equals("RUNNING"));
        String state = rebuildState(status);
        System.out.printf("%nKết quả: %s — %s cuộc họp trong chỉ mục, %s thay đổi đang chờ%n", state,
                AdminApi.number(status, "documents"), AdminApi.number(status, "pendingChanges"));
        if (!state.equals("DONE")) {
            System.out.println("  " + AdminApi.text(status, "failure"));
        }
        System.exit(state.equals("DONE") ? 0 : 1);
    }

    private static String rebuildState(String status) {
        Matcher m = Pattern.compile("\"rebuild\":\\{[^}]*\"state\":\"([A-Z]+)\"").matcher(status);
        return m.find() ? m.group(1) : "";
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
