import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live changes across a cluster, against two running instances A and B of one cluster: a readiness report is
 * changed through A's API, one change at a time, and the time from sending the request to the change's arrival is
 * taken on a socket on B and, for comparison, on a socket on A itself. The meeting is booked a week ahead; the
 * instances must run with the readiness check open that long (bench/cluster.sh sets it).
 * Usage: java bench/ClusterBench.java BASE_A BASE_B [changes]
 */
public class ClusterBench {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final int WARM_UP = 20;

    /** A socket that notes when each numbered change arrives. */
    static final class Arrivals implements WebSocket.Listener {
        final BlockingQueue<long[]> seqAndTime = new LinkedBlockingQueue<>();
        final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
        final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                Matcher seq = Pattern.compile("^\\{\"seq\":(\\d+)").matcher(text);
                if (seq.find()) {
                    seqAndTime.add(new long[] {Long.parseLong(seq.group(1)), now});
                }
                texts.add(text);
            }
            socket.request(1);
            return null;
        }

        long arrivalOf(long seq) throws InterruptedException {
            while (true) {
                long[] next = seqAndTime.poll(30, TimeUnit.SECONDS);
                if (next == null) {
                    throw new IllegalStateException("change " + seq + " did not arrive within 30 s");
                }
                if (next[0] == seq) {
                    return next[1];
                }
                if (next[0] > seq) {
                    throw new IllegalStateException("expected change " + seq + ", got " + next[0]);
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        String a = args[0].replaceAll("/+$", "");
        String b = args[1].replaceAll("/+$", "");
        int changes = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String token = field(send(HttpRequest.newBuilder(URI.create(a + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"thuky\",\"password\":\"demo123\"}"))), "token");
        LocalDate day = LocalDate.now().plusDays(7);
        String booked = send(signed(a + "/api/meetings", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Đo độ trễ trên cụm\",\"kind\":\"CONFERENCE\","
                        + "\"hostUnit\":\"94\",\"chair\":{\"name\":\"Lê Văn Đo\",\"position\":\"Phó Chủ tịch UBND tỉnh\"},"
                        + "\"start\":\"" + day + "T08:00:00+07:00\",\"end\":\"" + day + "T10:00:00+07:00\","
                        + "\"agenda\":[{\"title\":\"Kiểm tra điểm cầu\",\"minutes\":30}],\"confidential\":false,"
                        + "\"invite\":{\"units\":[\"942\"]}}")));
        String meeting = number(booked, "id");
        send(signed(a + "/api/meetings/" + meeting + "/submit", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        Arrivals onA = new Arrivals();
        Arrivals onB = new Arrivals();
        WebSocket socketA = open(a, meeting, token, onA);
        WebSocket socketB = open(b, meeting, token, onB);
        String snapshot = onB.texts.poll(30, TimeUnit.SECONDS);
        onA.texts.poll(30, TimeUnit.SECONDS);
        long seq = Long.parseLong(number(snapshot, "seq"));
        Matcher host = Pattern.compile("\\{\"pointId\":(\\d+),\"unit\":\"94\"").matcher(snapshot);
        if (!host.find()) {
            throw new IllegalStateException("no point of the host in " + snapshot);
        }
        String readiness = a + "/api/meetings/" + meeting + "/points/" + host.group(1) + "/readiness";

        List<Double> toB = new ArrayList<>();
        List<Double> toA = new ArrayList<>();
        List<Double> answer = new ArrayList<>();
        for (int i = 0; i < WARM_UP + changes; i++) {
            String body = i % 2 == 0
                    ? "{\"status\":\"PROBLEM\",\"checks\":{\"network\":false},\"note\":\"Đo lần " + i + "\"}"
                    : "{\"status\":\"READY\",\"checks\":{\"network\":true}}";
            long start = System.nanoTime();
            send(signed(readiness, token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)));
            long answered = System.nanoTime();
            seq++;
            long arrivedB = onB.arrivalOf(seq);
            long arrivedA = onA.arrivalOf(seq);
            if (i >= WARM_UP) {
                answer.add((answered - start) / 1e6);
                toA.add((arrivedA - start) / 1e6);
                toB.add((arrivedB - start) / 1e6);
            }
        }
        socketA.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        socketB.sendClose(WebSocket.NORMAL_CLOSURE, "").join();

        System.out.printf("%d changes through A's API, one at a time (after %d to warm up), ms from sending the request:%n",
                changes, WARM_UP);
        System.out.printf("%-36s %8s %8s %8s %8s%n", "", "p50", "p95", "p99", "max");
        row("A answers the request", answer);
        row("the change arrives on a socket on A", toA);
        row("the change arrives on a socket on B", toB);
        List<Double> extra = new ArrayList<>();
        for (int i = 0; i < toB.size(); i++) {
            extra.add(toB.get(i) - toA.get(i));
        }
        row("B later than A", extra);
    }

    static void row(String label, List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-36s %8.1f %8.1f %8.1f %8.1f%n", label, pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), sorted[sorted.length - 1]);
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static WebSocket open(String base, String meeting, String token, Arrivals listener) {
        return HTTP.newWebSocketBuilder().buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/ws/meetings/"
                + meeting + "?token=" + token), listener).join();
    }

    static HttpRequest.Builder signed(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    }

    static String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
