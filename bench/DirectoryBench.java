import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Directory at national scale, against a running system: time to import the national 3-level list
 * (11,358 rows) through the API, then the latency of {@code GET /api/units?q=...} over it, one client at a
 * time and with 8 in parallel. Usage: java bench/DirectoryBench.java BASE_URL [requests-per-query]
 */
public class DirectoryBench {

    /** HTTP/1.1 like a browser on a plain-http intranet address (browsers never use cleartext HTTP/2). */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final List<String> QUERIES = List.of("soc trang", "ho dac kien", "phuong 1", "xa an", "thanh pho",
            "dai ngai", "nguyen", "3157");

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/+$", "");
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        String token = field(send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"demo123\"}"))), "token");

        Path file = Path.of("sql/reference/units_3level_2021-11-01.csv");
        long start = System.nanoTime();
        String job = send(HttpRequest.newBuilder(URI.create(base + "/api/imports?kind=UNITS&scope=FULL&fileName="
                        + file.getFileName())).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(file)));
        String id = number(job, "id");
        do {
            Thread.sleep(100);
            job = send(HttpRequest.newBuilder(URI.create(base + "/api/imports/" + id))
                    .header("Authorization", "Bearer " + token).GET());
        } while (field(job, "status").equals("RUNNING"));
        System.out.printf(Locale.ROOT, "import national 3-level list: %s in %.1f s (created %s, unchanged %s, rejected %s)%n",
                field(job, "status"), (System.nanoTime() - start) / 1e9, number(job, "created"),
                number(job, "unchanged"), number(job, "rejected"));

        System.out.printf("%-14s %7s %8s %8s %8s %8s%n", "q", "hits", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (String q : QUERIES) {
            URI uri = URI.create(base + "/api/units?at=2024-01-01&limit=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build();
            String hits = number(send(request), "total");
            for (int i = 0; i < 30; i++) {
                send(request);
            }
            double[] ms = new double[requests];
            for (int i = 0; i < requests; i++) {
                long t = System.nanoTime();
                send(request);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%-14s %7s %8.1f %8.1f %8.1f %8.1f%n", q, hits, pct(ms, 50), pct(ms, 95),
                    pct(ms, 99), ms[ms.length - 1]);
        }

        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<double[]>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            futures.add(pool.submit(() -> {
                double[] ms = new double[requests];
                for (int i = 0; i < requests; i++) {
                    String q = QUERIES.get((i + offset) % QUERIES.size());
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/units?at=2024-01-01&limit=50&q="
                            + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token).build();
                    long t = System.nanoTime();
                    send(request);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                return ms;
            }));
        }
        double[] all = new double[0];
        for (Future<double[]> f : futures) {
            double[] part = f.get();
            double[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "%d parallel clients, mixed q: %.0f requests/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                clients, all.length / seconds, pct(all, 50), pct(all, 95), pct(all, 99));
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static String send(HttpRequest.Builder builder) throws Exception {
        return send(builder.build());
    }

    static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }
}
