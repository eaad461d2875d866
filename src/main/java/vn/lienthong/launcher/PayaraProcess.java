package vn.lienthong.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A Payara Micro instance in a child JVM, serving the application WAR. */
final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final int httpPort;

    private PayaraProcess(Process process, int httpPort) {
        this.process = process;
        this.httpPort = httpPort;
    }

    static PayaraProcess start(LaunchSettings settings, Map<String, String> systemProperties) throws IOException {
        Path tmp = settings.workDir().resolve("tmp");
        Files.createDirectories(tmp);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.jvmOptions());
        command.add("-Djava.io.tmpdir=" + tmp);
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", settings.payaraJar().toString(),
                "--deploy", settings.war().toString(),
                "--contextroot", "/",
                "--port", Integer.toString(settings.httpPort()),
                "--prebootcommandfile", settings.configDir().resolve("pre-boot-commands.asadmin").toString(),
                "--logproperties", settings.configDir().resolve("logging.properties").toString()));
        if (settings.cluster() == null) {
            command.add("--nocluster");
        } else {
            command.addAll(settings.cluster().payaraOptions());
        }
        Process process = new ProcessBuilder(command).inheritIO().start();
        return new PayaraProcess(process, settings.httpPort());
    }

    /**
     * Waits until the application itself answers: Payara Micro keeps running and serves 404
     * when a deployment fails, so only the application's readiness check counts.
     */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("lien-thong-database")) {
                    return true;
                }
            } catch (IOException notYet) {
                // the HTTP listener is not open yet
            }
            Thread.sleep(250);
        }
        return false;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
