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
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up time and memory of Liên Thông against a bare Payara Micro of the same version.
 *
 * <p>Each round starts, in turn: (1) bare Payara Micro with an empty WAR, (2) the application the way the run
 * command starts it after building (the launcher: embedded MariaDB + Payara Micro), (3) the run command itself,
 * {@code mvn -Prun}, including Maven's start and the up-to-date check of the build. It measures from process
 * launch to the first HTTP 200 of an application URL ({@code /}), then the resident memory of the whole process
 * tree. Run through bench/startup.sh, which builds first.
 */
public class StartupBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = project.resolve("target/bench");
        Path home = work.resolve("home");
        deleteRecursively(home);
        Path bareWar = work.resolve("bare.war");
        Path jar = project.resolve("target/runtime/payara-micro.jar");
        String port = "18080";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> launcher = List.of(java, "-cp", project.resolve("target/classes") + ":"
                        + Files.readString(project.resolve("target/runtime/launcher.classpath")).trim(),
                "vn.lienthong.launcher.Launcher", "--war=" + project.resolve("target/lien-thong.war"),
                "--payara=" + jar, "--config=" + project.resolve("payara-config"));

        System.out.printf("%-34s %8s %10s%n", "start", "to 200", "RSS (MB)");
        for (int round = 1; round <= rounds; round++) {
            measure("bare Payara Micro", project, port, List.of(java, "-Xmx1g", "-Djava.io.tmpdir=" + work,
                    "-jar", jar.toString(), "--deploy", bareWar.toString(), "--contextroot", "/", "--port", port,
                    "--nocluster"), home);
            measure(round == 1 ? "Liên Thông (first start, demo load)" : "Liên Thông (launcher)", project, port,
                    launcher, home);
            measure("mvn -Prun (whole run command)", project, port, List.of("mvn", "-q", "-o", "-Prun"), home);
        }
    }

    static void measure(String name, Path project, String port, List<String> command, Path home) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(project.resolve("target/bench/last-start.log").toFile());
        builder.environment().put("PORT", port);
        builder.environment().put("LIENTHONG_HOME", home.toString());
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            boolean up = awaitOk("http://127.0.0.1:" + port + "/", process, Duration.ofMinutes(5));
            double seconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(3000); // let start-up work that runs after the first answer settle before reading memory
            long rssKb = rssKb(process.toHandle());
            System.out.printf(Locale.ROOT, "%-34s %7.1fs %10d%s%n", name, seconds, rssKb / 1024, up ? "" : "  (never answered)");
        } finally {
            stop(process);
        }
    }

    static boolean awaitOk(String url, Process process, Duration timeout) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        return false;
    }

    static long rssKb(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants()).mapToLong(p -> {
            try {
                return Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status")).stream()
                        .filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                        .sum();
            } catch (IOException gone) {
                return 0;
            }
        }).sum();
    }

    /** Stops like Ctrl-C would: the whole tree gets SIGTERM and is waited for. */
    static void stop(Process process) throws Exception {
        List<ProcessHandle> tree = new ArrayList<>(process.toHandle().descendants().toList());
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        process.waitFor(60, TimeUnit.SECONDS);
        for (ProcessHandle p : tree) {
            p.onExit().get(60, TimeUnit.SECONDS);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
