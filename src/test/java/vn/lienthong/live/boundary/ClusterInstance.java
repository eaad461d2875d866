package vn.lienthong.live.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro instance of a test cluster, started as its own process with the WAR as built, against the test
 * database; a member of the named cluster only, found over TCP on 127.0.0.1 (never multicast), so the instances of
 * other tests on the machine stay out of it. Its output goes to {@code <it.runtime.dir>/<name>.log}.
 */
final class ClusterInstance implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final URL base;

    private ClusterInstance(Process process, URL base) {
        this.process = process;
        this.base = base;
    }

    /** Data grid ports for {@code count} members, and their addresses as the members list. */
    static int[] dataGridPorts(int count) {
        int[] ports = new int[count];
        for (int i = 0; i < count; i++) {
            ports[i] = freePort();
        }
        return ports;
    }

    static String members(int[] ports) {
        List<String> members = new ArrayList<>();
        for (int port : ports) {
            members.add("127.0.0.1:" + port);
        }
        return String.join(",", members);
    }

    static ClusterInstance start(String name, String cluster, String members, int dataGridPort, Path indexRoot) {
        int http = freePort();
        String runtime = System.getProperty("it.runtime.dir", "target/runtime");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty("it.jvm", "-Xmx768m").trim().split("\\s+")));
        command.addAll(List.of("-Ddb.url=" + System.getProperty("it.db.url"),
                "-Ddb.user=" + System.getProperty("it.db.user"),
                "-Ddb.password=" + System.getProperty("it.db.password"),
                "-Dlienthong.demo=true", "-Dlienthong.auth.pbkdf2-iterations=1024",
                "-Dlienthong.live.readiness-minutes=8000000", "-Dlienthong.live.cluster=true",
                "-Dlienthong.archive.index-dir=" + indexRoot,
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("it.war", "target/lien-thong.war"), "--contextroot", "/",
                "--port", Integer.toString(http), "--name", name,
                "--clustername", cluster, "--clustermode", "tcpip:" + members,
                "--startport", Integer.toString(dataGridPort), "--interfaces", "127.0.0.1",
                "--prebootcommandfile", "payara-config/pre-boot-commands.asadmin"));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(Path.of(runtime, name + ".log").toFile()).start();
            return new ClusterInstance(process, URI.create("http://127.0.0.1:" + http + "/").toURL());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URL base() {
        return base;
    }

    /** Waits until the application answers ready and sees {@code members} instances in its cluster. */
    void awaitReady(int members, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(base + " ended with " + process.exitValue() + "; see its log");
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                last = response.body();
                if (response.statusCode() == 200 && clusterMembers(last) == members) {
                    return;
                }
            } catch (IOException notYet) {
                // the HTTP listener is not open yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(base + " not ready with " + members + " members: " + last);
    }

    private static int clusterMembers(String health) {
        try (var reader = Json.createReader(new StringReader(health))) {
            return reader.readObject().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("name").equals("lien-thong-live-cluster"))
                    // Payara gives the data of a check as text
                    .mapToInt(c -> Integer.parseInt(c.getJsonObject("data").get("members").toString().replace("\"", "")))
                    .findFirst().orElse(0);
        }
    }

    /** Ends the instance at once, as a crash or a pulled plug would: no orderly leaving of the cluster. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
