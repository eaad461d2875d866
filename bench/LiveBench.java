import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live meeting broadcast: N signed-in WebSocket subscribers of one meeting, and how long a status change takes to
 * reach all of them; then the same with the Netty reference server ({@link NettyReference}) and a message of the
 * same size. Per target and N: the sockets are opened (at most 200 handshakes at a time, each done when its first
 * message, the snapshot, arrived); K single changes, each sent only when the previous one reached every socket
 * (per-delivery latency = arrival at a socket minus the moment the change was sent; time to all = the last
 * socket's arrival); then a burst of K changes sent back to back (delivered messages per second = N x K / from
 * the first send to the last arrival); memory per connection from the server's heap after a full GC and its
 * resident set, before and after opening the N sockets. In the application a change is
 * {@code PUT /api/meetings/{id}/points/{pointId}/connection} ONLINE / OFFLINE by the secretariat, answered after
 * the commit; each is one {@code point} event. Arrival times are taken by the client's event loops when the frame
 * is decoded; the client runs on the same machine (Netty, NIO, 2 event loops). Every socket must receive the same
 * numbers in the same order, one after the other; any gap, any socket closed early is reported.
 * Usage: java -cp NETTY bench/LiveBench.java APP REF APP_PID REF_PID K JFR_FILE|- N...
 */
public class LiveBench {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

    public static void main(String[] args) throws Exception {
        String app = args[0];
        String ref = args[1];
        long appPid = Long.parseLong(args[2]);
        long refPid = Long.parseLong(args[3]);
        int changes = Integer.parseInt(args[4]);
        Path jfr = args[5].equals("-") ? null : Path.of(args[5]);
        int[] sizes = Arrays.stream(args, 6, args.length).mapToInt(Integer::parseInt).toArray();

        String secretariat = login(app, "thuky");
        List<String> tokens = new ArrayList<>(List.of(secretariat));
        for (String user : List.of("chutich", "admin", "luutru", "huyen-942", "xa-31570", "kythuat-31570")) {
            tokens.add(login(app, user));
        }
        long meeting = meeting(app, secretariat);
        long point = point(app, secretariat, meeting);
        System.out.printf(Locale.ROOT, "meeting %d, point %d; %d users share the sockets; %d changes per phase%n",
                meeting, point, tokens.size(), changes);
        AtomicLong online = new AtomicLong();
        Target application = new Target("application", URI.create(app.replaceFirst("^http", "ws") + "/ws/meetings/"
                + meeting), tokens, appPid, () -> {
            String status = online.getAndIncrement() % 2 == 0 ? "ONLINE" : "OFFLINE";
            send(HttpRequest.newBuilder(URI.create(app + "/api/meetings/" + meeting + "/points/" + point
                    + "/connection")).header("Authorization", "Bearer " + secretariat)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"" + status + "\"}")).build());
        });
        int[] messageSize = {0};
        Target reference = new Target("reference", URI.create(ref.replaceFirst("^http", "ws") + "/ws"),
                List.of("-"), refPid, () -> send(HttpRequest.newBuilder(URI.create(ref + "/broadcast?size="
                + messageSize[0])).POST(HttpRequest.BodyPublishers.noBody()).build()));

        List<String> table = new ArrayList<>();
        int largest = Arrays.stream(sizes).max().orElse(0);
        for (int n : sizes) {
            Result a = application.run(n, changes, n == largest ? jfr : null);
            messageSize[0] = a.messageBytes;
            Result r = reference.run(n, changes, null);
            table.add(a.row(n));
            table.add(r.row(n));
        }
        System.out.println();
        System.out.println("| N | server | message bytes | per delivery p50 ms | p99 ms | time to all p50 ms | p99 ms"
                + " | send → first socket p50 ms | delivered msgs/s (burst) | heap B/conn | RSS B/conn | open s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        table.forEach(System.out::println);
    }

    /** One server and how a change is made on it. */
    record Target(String name, URI socket, List<String> tokens, long pid, Trigger trigger) {

        Result run(int n, int changes, Path jfr) throws Exception {
            Memory before = Memory.of(pid);
            Sockets sockets = new Sockets(n, 2 * changes + 4);
            long opening = System.nanoTime();
            for (int i = 0; i < n; i++) {
                String token = tokens.get(i % tokens.size());
                sockets.open(i, URI.create(socket + (token.equals("-") ? "" : "?token=" + token)));
            }
            sockets.awaitOpen();
            double openSeconds = (System.nanoTime() - opening) / 1e9;
            Thread.sleep(1000);
            Memory after = Memory.of(pid);
            System.out.printf(Locale.ROOT, "%s, %d sockets open in %.1f s (%d failed)%n", name, sockets.opened(),
                    openSeconds, sockets.failed.get());
            if (jfr != null) {
                jcmd(pid, "JFR.start", "name=live", "settings=profile", "filename=" + jfr.toAbsolutePath());
            }
            // single changes, each sent once the previous one reached every socket
            long[] sent = new long[changes];
            long[] answered = new long[changes];
            for (int k = 0; k < changes; k++) {
                sent[k] = System.nanoTime();
                trigger.fire();
                answered[k] = System.nanoTime() - sent[k];
                sockets.await(k + 1);
                Thread.sleep(50);
            }
            // a burst: the same number of changes sent back to back
            long burst = System.nanoTime();
            for (int k = 0; k < changes; k++) {
                trigger.fire();
            }
            sockets.await(2 * changes);
            long burstEnd = sockets.lastArrival(changes, 2 * changes);
            if (jfr != null) {
                jcmd(pid, "JFR.stop", "name=live");
            }
            Result result = new Result(name, sockets, sent, answered, changes, burst, burstEnd, before, after,
                    openSeconds);
            sockets.close();
            Thread.sleep(3000);
            System.out.println(result.row(n));
            return result;
        }
    }

    interface Trigger {
        void fire() throws Exception;
    }

    /** The N client sockets and what each received: arrival time and number of every message after the first. */
    static final class Sockets {
        final MultiThreadIoEventLoopGroup loops = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        final Semaphore handshakes = new Semaphore(200);
        final long[][] arrivals;
        final long[][] seqs;
        final AtomicIntegerArray counts;
        final AtomicLong received = new AtomicLong();
        final AtomicLong open = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong closedEarly = new AtomicLong();
        final ConcurrentLinkedQueue<Channel> channels = new ConcurrentLinkedQueue<>();
        final int n;
        volatile int messageBytes;
        volatile boolean closing;

        Sockets(int n, int slots) {
            this.n = n;
            arrivals = new long[n][slots];
            seqs = new long[n][slots];
            counts = new AtomicIntegerArray(n);
        }

        void open(int index, URI uri) throws InterruptedException {
            handshakes.acquire();
            var config = WebSocketClientProtocolConfig.newBuilder().webSocketUri(uri).handshakeTimeoutMillis(120_000)
                    .maxFramePayloadLength(1 << 20).build();
            new Bootstrap().group(loops).channel(NioSocketChannel.class).option(ChannelOption.TCP_NODELAY, true)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            channel.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(65_536),
                                    new WebSocketClientProtocolHandler(config),
                                    new WebSocketFrameAggregator(1 << 22), new Receiver(index));
                        }
                    }).connect(uri.getHost(), uri.getPort()).addListener(f -> {
                        if (!f.isSuccess()) {
                            failed.incrementAndGet();
                            handshakes.release();
                        }
                    });
        }

        final class Receiver extends SimpleChannelInboundHandler<TextWebSocketFrame> {
            final int index;
            boolean greeted;

            Receiver(int index) {
                this.index = index;
            }

            @Override
            protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
                long now = System.nanoTime();
                if (!greeted) {
                    greeted = true;
                    channels.add(ctx.channel());
                    open.incrementAndGet();
                    handshakes.release();
                    return;
                }
                int c = counts.get(index);
                if (c < arrivals[index].length) {
                    arrivals[index][c] = now;
                    String text = frame.text();
                    Matcher seq = SEQ.matcher(text);
                    seqs[index][c] = seq.find() ? Long.parseLong(seq.group(1)) : -1;
                    if (index == 0) {
                        messageBytes = frame.content().readableBytes();
                    }
                    counts.set(index, c + 1);
                }
                received.incrementAndGet();
            }

            @Override
            public void channelInactive(ChannelHandlerContext ctx) {
                if (!greeted) {
                    failed.incrementAndGet();
                    handshakes.release();
                } else if (!closing) {
                    closedEarly.incrementAndGet();
                }
            }

            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                ctx.close();
            }
        }

        long opened() {
            return open.get();
        }

        void awaitOpen() throws InterruptedException {
            handshakes.acquire(200);
            handshakes.release(200);
        }

        /** Waits until every open socket has {@code count} messages (60 s at most). */
        void await(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (received.get() < open.get() * count - closedEarly.get() * count && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
        }

        long lastArrival(int from, int to) {
            long last = 0;
            for (int i = 0; i < n; i++) {
                for (int c = from; c < Math.min(to, counts.get(i)); c++) {
                    last = Math.max(last, arrivals[i][c]);
                }
            }
            return last;
        }

        void close() throws InterruptedException {
            closing = true;
            for (Channel channel : channels) {
                channel.close();
            }
            loops.shutdownGracefully(0, 5, TimeUnit.SECONDS).await(30, TimeUnit.SECONDS);
        }
    }

    /** What one target did with N sockets. */
    static final class Result {
        final String name;
        final int messageBytes;
        final double deliveryP50, deliveryP99, allP50, allP99, firstP50, perSecond, heapPerConnection,
                rssPerConnection, openSeconds;
        final long missing, wrongOrder, closedEarly;

        Result(String name, Sockets s, long[] sent, long[] answered, int changes, long burst, long burstEnd,
               Memory before, Memory after, double openSeconds) {
            this.name = name;
            this.messageBytes = s.messageBytes;
            this.openSeconds = openSeconds;
            List<Long> deliveries = new ArrayList<>();
            long[] toAll = new long[changes];
            long[] toFirst = new long[changes];
            long missing = 0, wrongOrder = 0;
            for (int k = 0; k < changes; k++) {
                toFirst[k] = Long.MAX_VALUE;
                for (int i = 0; i < s.n; i++) {
                    if (s.counts.get(i) <= k) {
                        continue;
                    }
                    long latency = s.arrivals[i][k] - sent[k];
                    deliveries.add(latency);
                    toAll[k] = Math.max(toAll[k], latency);
                    toFirst[k] = Math.min(toFirst[k], latency);
                }
            }
            for (int i = 0; i < s.n; i++) {
                int count = s.counts.get(i);
                missing += Math.max(0, 2 * changes - count);
                for (int c = 0; c < count; c++) {
                    if (s.seqs[i][c] != s.seqs[0][c] || (c > 0 && s.seqs[i][c] != s.seqs[i][c - 1] + 1)) {
                        wrongOrder++;
                    }
                }
            }
            this.missing = missing;
            this.wrongOrder = wrongOrder;
            this.closedEarly = s.closedEarly.get();
            long[] all = deliveries.stream().mapToLong(Long::longValue).sorted().toArray();
            Arrays.sort(toAll);
            Arrays.sort(toFirst);
            deliveryP50 = ms(percentile(all, 50));
            deliveryP99 = ms(percentile(all, 99));
            allP50 = ms(percentile(toAll, 50));
            allP99 = ms(percentile(toAll, 99));
            firstP50 = ms(percentile(toFirst, 50));
            perSecond = (double) s.n * changes / ((burstEnd - burst) / 1e9);
            heapPerConnection = (after.heapBytes - before.heapBytes) / (double) s.n;
            rssPerConnection = (after.rssBytes - before.rssBytes) / (double) s.n;
            long[] answers = answered.clone();
            Arrays.sort(answers);
            System.out.printf(Locale.ROOT, "%s: change answered p50 %.1f ms; heap %d -> %d MB, RSS %d -> %d MB;"
                            + " missing %d, out of order %d, closed early %d%n", name, ms(percentile(answers, 50)),
                    before.heapBytes >> 20, after.heapBytes >> 20, before.rssBytes >> 20, after.rssBytes >> 20,
                    missing, wrongOrder, closedEarly);
        }

        String row(int n) {
            return String.format(Locale.ROOT, "| %,d | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %,.0f | %,.0f"
                            + " | %,.0f | %.1f |", n, name, messageBytes, deliveryP50, deliveryP99, allP50, allP99,
                    firstP50, perSecond, heapPerConnection, rssPerConnection, openSeconds);
        }
    }

    static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** The server's live heap after a full GC and its resident set. */
    record Memory(long heapBytes, long rssBytes) {
        static Memory of(long pid) throws Exception {
            jcmd(pid, "GC.run");
            Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
            long heap = used.find() ? Long.parseLong(used.group(1)) * 1024 : 0;
            long rss = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst().orElse(0) * 1024;
            return new Memory(heap, rss);
        }
    }

    static String jcmd(long pid, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    static String login(String base, String user) throws Exception {
        String body = send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"demo123\"}"))
                .build());
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("no token for " + user + ": " + body);
        }
        return token.group(1);
    }

    /** A provincial meeting a month ahead inviting district 942 and commune 31570, submitted (the first free day). */
    static long meeting(String base, String token) throws Exception {
        LocalDate day = LocalDate.now().plusDays(30).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        for (int attempt = 0; ; attempt++, day = day.plusWeeks(1)) {
            String json = "{\"title\":\"Giao ban trực tuyến " + day + "\",\"kind\":\"CONFERENCE\",\"hostUnit\":\"94\","
                    + "\"chair\":{\"name\":\"Lê Văn Thử\",\"position\":\"Phó Chủ tịch UBND tỉnh\"},"
                    + "\"start\":\"" + day + "T08:00:00+07:00\",\"end\":\"" + day + "T10:00:00+07:00\","
                    + "\"agenda\":[{\"title\":\"Báo cáo tình hình\",\"minutes\":30}],\"confidential\":false,"
                    + "\"invite\":{\"units\":[\"942\",\"31570\"]}}";
            HttpResponse<String> booked = HTTP.send(post(base + "/api/meetings", token, json),
                    HttpResponse.BodyHandlers.ofString());
            if (booked.statusCode() == 409 && attempt < 50) {
                continue; // booked by an earlier run against the same database
            }
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(booked.body());
            if (booked.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException("booking failed: " + booked.statusCode() + " " + booked.body());
            }
            long meeting = Long.parseLong(id.group(1));
            send(post(base + "/api/meetings/" + meeting + "/submit", token, "{}"));
            return meeting;
        }
    }

    /** The meeting point of commune 31570 in the meeting, from the live snapshot. */
    static long point(String base, String token, long meeting) throws Exception {
        String snapshot = send(HttpRequest.newBuilder(URI.create(base + "/api/meetings/" + meeting + "/live"))
                .header("Authorization", "Bearer " + token).build());
        Matcher point = Pattern.compile("\"pointId\":(\\d+)").matcher(snapshot);
        if (!point.find()) {
            throw new IllegalStateException("no point in " + snapshot);
        }
        return Long.parseLong(point.group(1));
    }

    static HttpRequest post(String uri, String token, String json) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + response.statusCode()
                    + " " + response.body());
        }
        return response.body();
    }
}
