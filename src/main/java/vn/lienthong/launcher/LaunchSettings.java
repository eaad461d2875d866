package vn.lienthong.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the run command was told: file locations from the build, the database and port from the environment.
 */
record LaunchSettings(Path war, Path payaraJar, Path configDir, Path workDir, Path dataHome, int httpPort,
                      String dbUrl, String dbUser, String dbPassword, List<String> jvmOptions) {

    static LaunchSettings from(String[] args, Map<String, String> env) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("Unknown argument: " + arg);
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        Path war = Path.of(required(options, "war"));
        Path dataHome = Path.of(env.getOrDefault("LIENTHONG_HOME",
                Path.of(System.getProperty("user.home"), ".lien-thong").toString()));
        String jvm = env.getOrDefault("LIENTHONG_JVM_OPTS", "-Xmx1g");
        return new LaunchSettings(war, Path.of(required(options, "payara")), Path.of(required(options, "config")),
                war.getParent().resolve("runtime"), dataHome,
                Integer.parseInt(env.getOrDefault("PORT", "8080")),
                blankToNull(env.get("DB_URL")), env.getOrDefault("DB_USER", ""), env.getOrDefault("DB_PASSWORD", ""),
                List.of(jvm.trim().split("\\s+")));
    }

    boolean usesEmbeddedDatabase() {
        return dbUrl == null;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing --" + name + "=");
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
