package vn.lienthong.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the run command was told: file locations from the build, the database, port and cluster from the
 * environment.
 *
 * @param embeddedDbPort the embedded database's port, 0 for any free one
 * @param cluster the Payara Micro cluster to join, null to run alone
 */
record LaunchSettings(Path war, Path payaraJar, Path configDir, Path workDir, Path dataHome, int httpPort,
                      String dbUrl, String dbUser, String dbPassword, int embeddedDbPort, List<String> jvmOptions,
                      Cluster cluster) {

    /**
     * A deliberate cluster: its own name, found only at the listed data grid addresses (TCP, never multicast),
     * so instances of other systems on the same machine never join it.
     *
     * @param members data grid addresses of the members, e.g. {@code 127.0.0.1:5910,127.0.0.1:5911}
     * @param port the first data grid port this instance tries (the next free one is taken)
     * @param bindTo the network interface the data grid uses
     */
    record Cluster(String name, String members, int port, String bindTo) {

        /** The Payara Micro options that make the instance a member. */
        List<String> payaraOptions() {
            return List.of("--clustername", name, "--clustermode", "tcpip:" + members,
                    "--startport", Integer.toString(port), "--interfaces", bindTo);
        }
    }

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
                Integer.parseInt(env.getOrDefault("LIENTHONG_DB_PORT", "0")), List.of(jvm.trim().split("\\s+")),
                cluster(env));
    }

    private static Cluster cluster(Map<String, String> env) {
        String name = blankToNull(env.get("LIENTHONG_CLUSTER"));
        if (name == null) {
            return null;
        }
        return new Cluster(name, env.getOrDefault("LIENTHONG_CLUSTER_MEMBERS", "127.0.0.1:5910,127.0.0.1:5911"),
                Integer.parseInt(env.getOrDefault("LIENTHONG_CLUSTER_PORT", "5910")),
                env.getOrDefault("LIENTHONG_CLUSTER_INTERFACE", "127.0.0.1"));
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
