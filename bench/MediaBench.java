import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Video through Janus: the province's point (signed in as its secretariat) publishes the fake 640x360 camera and
 * microphone of a headless Chromium from the join page; then, step by step, communes' join pages, four to a
 * headless Chromium, each in a tab of its own, join the video until N of them receive it. For every new subscriber: the time from
 * the click on the join button to the first decoded frame of the province's video, as its page counts it. Once N
 * receive: frames decoded per second by each subscriber over a window, the publisher's frames encoded per second,
 * and the CPU of Janus, of Payara Micro and of the whole machine over that window. The steps end early once the
 * median subscriber decodes less than half of what the publisher encodes (quality has dropped).
 * With relay bridges, the communes the bridges serve watch there and the CPU of every Janus is given.
 * Arguments: base URL, chromium binary, Janus pids (the provincial one first, comma-separated), Payara Micro pid,
 * output folder, N...
 */
public class MediaBench {

    static final String HOST = "94";
    static final Duration WINDOW = Duration.ofSeconds(15);
    static final String FAKE_MEDIA = "--use-fake-device-for-media-stream";
    static final String FAKE_PROMPT = "--use-fake-ui-for-media-stream";
    /**
     * Subscribers per Chromium, each in a tab of its own: tabs share the browser's processes, and its six HTTP/1.1
     * connections to a host, one of which each page's Janus long poll holds; with four the requests still get through.
     */
    static final int TABS = 4;
    static final String ACTIVE_TABS = "--disable-background-timer-throttling";
    static final String ACTIVE_PAGES = "--disable-renderer-backgrounding";
    static final String VISIBLE = "--disable-backgrounding-occluded-windows";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String chromium = args[1];
        long[] janusPids = Arrays.stream(args[2].split(",")).mapToLong(Long::parseLong).toArray();
        long payaraPid = Long.parseLong(args[3]);
        Path out = Path.of(args[4]);
        int[] steps = Arrays.stream(args, 5, args.length).mapToInt(Integer::parseInt).sorted().toArray();
        String token = SchedulingBench.login(base, "thuky");
        long meeting = meeting(base, token);
        List<String> communes = communes(base, token, meeting);
        System.out.printf(Locale.ROOT, "meeting %d: %d communes invited; %d cores, %s%n", meeting, communes.size(),
                Runtime.getRuntime().availableProcessors(), SchedulingBench.uptime());
        List<Chromium> browsers = new ArrayList<>();
        int port = 19300;
        try {
            Chromium publisher = Chromium.start(chromium, port++, 1366, 768, FAKE_MEDIA, FAKE_PROMPT);
            browsers.add(publisher);
            signIn(publisher, base, "thuky");
            openJoinPage(publisher, base, meeting);
            double publisherJoin = joinVideo(publisher, null);
            publisher.await("document.getElementById('media-publishing')?.dataset.publishing === 'true'",
                    Duration.ofSeconds(60));
            System.out.printf(Locale.ROOT, "publisher (province %s) sending %.0f ms after the click%n", HOST,
                    publisherJoin);
            List<Double> joins = new ArrayList<>();
            List<Chromium> subscribers = new ArrayList<>();
            for (int n : steps) {
                String failed = null;
                while (subscribers.size() < n && failed == null) {
                    String commune = communes.get(subscribers.size() * 37 % communes.size());
                    if (subscribers.size() % TABS == 0) {
                        // a subscriber only watches: no camera of its own, so its Chromium spends nothing on capture
                        browsers.add(Chromium.start(chromium, port++, 800, 600, FAKE_PROMPT, ACTIVE_TABS, ACTIVE_PAGES,
                                VISIBLE));
                    }
                    Chromium subscriber = browsers.get(browsers.size() - 1).tab(800, 600);
                    browsers.add(subscriber);
                    try {
                        signIn(subscriber, base, "xa-" + commune);
                        openJoinPage(subscriber, base, meeting);
                        joins.add(joinVideo(subscriber, HOST));
                        subscribers.add(subscriber);
                    } catch (IllegalStateException e) {
                        failed = e.getMessage();
                    }
                }
                if (failed != null) {
                    System.out.printf(Locale.ROOT, "subscriber %d could not join (%s); %s%n", subscribers.size() + 1,
                            failed, SchedulingBench.uptime());
                    if (!subscribers.isEmpty()) {
                        measure(subscribers.size(), publisher, subscribers, joins, janusPids, payaraPid);
                    }
                    break;
                }
                if (!measure(n, publisher, subscribers, joins, janusPids, payaraPid)) {
                    System.out.println("the frame rate dropped below half of the publisher's: no larger step");
                    break;
                }
            }
            publisher.screenshot(out.resolve("media-publisher.png"));
            if (!subscribers.isEmpty()) {
                subscribers.get(subscribers.size() - 1).screenshot(out.resolve("media-subscriber.png"));
            }
        } finally {
            for (Chromium browser : browsers) {
                browser.close();
            }
        }
    }

    /** Prints one step's figures; false once the median subscriber decodes less than half of what is sent. */
    static boolean measure(int n, Chromium publisher, List<Chromium> subscribers, List<Double> joins, long[] janusPids,
                           long payaraPid) throws Exception {
        long[] pids = Arrays.copyOf(janusPids, janusPids.length + 1);
        pids[janusPids.length] = payaraPid;
        long[] cpuBefore = SchedulingBench.cpu(pids);
        long[] machineBefore = machine();
        double encodedBefore = encoded(publisher);
        double[] decodedBefore = new double[subscribers.size()];
        for (int i = 0; i < decodedBefore.length; i++) {
            decodedBefore[i] = decoded(subscribers.get(i));
        }
        long start = System.nanoTime();
        Thread.sleep(WINDOW.toMillis());
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] fps = new double[subscribers.size()];
        for (int i = 0; i < fps.length; i++) {
            fps[i] = (decoded(subscribers.get(i)) - decodedBefore[i]) / seconds;
        }
        double sent = (encoded(publisher) - encodedBefore) / seconds;
        long[] cpuAfter = SchedulingBench.cpu(pids);
        long[] machineAfter = machine();
        Arrays.sort(fps);
        double[] join = joins.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double busy = 100.0 * (machineAfter[0] - machineBefore[0]) / Math.max(1, machineAfter[1] - machineBefore[1]);
        StringBuilder janus = new StringBuilder();
        for (int i = 0; i < janusPids.length; i++) {
            janus.append(i == 0 ? "Janus " : ", bridge " + i + " ")
                    .append(String.format(Locale.ROOT, "%.0f %%", (cpuAfter[i] - cpuBefore[i]) / seconds));
        }
        int app = janusPids.length;
        System.out.printf(Locale.ROOT, "N=%d: join to first frame p50 %.0f ms, p95 %.0f ms, max %.0f ms (all %d joins);"
                        + " frames decoded per second per subscriber: min %.1f, p50 %.1f, max %.1f (publisher encodes"
                        + " %.1f); CPU over %.0f s: %s, Payara Micro %.0f %% of one core, machine %.0f %% busy; %s%n",
                n, SchedulingBench.pct(join, 50), SchedulingBench.pct(join, 95), join[join.length - 1], join.length,
                fps[0], SchedulingBench.pct(fps, 50), fps[fps.length - 1], sent, seconds, janus,
                (cpuAfter[app] - cpuBefore[app]) / seconds, busy, SchedulingBench.uptime());
        return SchedulingBench.pct(fps, 50) >= sent / 2;
    }

    static void signIn(Chromium browser, String base, String username) throws Exception {
        browser.navigate(base + "/#/login");
        browser.await("document.getElementById('login-username')", Duration.ofSeconds(60));
        browser.evaluate("(() => { document.getElementById('login-username').value = '" + username + "';"
                + " document.getElementById('login-password').value = 'demo123';"
                + " document.getElementById('login-submit').click(); return true; })()");
        browser.await("document.getElementById('current-user')", Duration.ofSeconds(60));
    }

    static void openJoinPage(Chromium browser, String base, long meeting) throws Exception {
        browser.evaluate("(() => { location.hash = '#/meetings/" + meeting + "/join'; return true; })()");
        browser.await("document.getElementById('live-phase')?.dataset.phase === 'READINESS'"
                + " && document.getElementById('media-join')", Duration.ofSeconds(120));
    }

    /**
     * Clicks the join button and returns the milliseconds, as the page counts them, until the video is connected
     * ({@code from} null) or until the first frame of {@code from}'s feed is decoded.
     */
    static double joinVideo(Chromium browser, String from) throws Exception {
        String firstFrame = from == null
                ? "document.getElementById('media-status')?.dataset.status === 'connected'"
                : "await (async () => { const s = window.lienthongMedia && await window.lienthongMedia.stats();"
                        + " const f = s && s.feeds.find((x) => x.unit === '" + from + "');"
                        + " return Boolean(f && f.framesDecoded > 0); })()";
        String answer = browser.evaluate("(async () => { const t0 = performance.now();"
                + " document.getElementById('media-join').click();"
                + " while (performance.now() - t0 < 100000) {"
                + "   if (" + firstFrame + ") return performance.now() - t0;"
                + "   await new Promise((r) => setTimeout(r, 20)); }"
                + " return -1; })()");
        double ms = Double.parseDouble(answer);
        if (ms < 0) {
            throw new IllegalStateException("no video 100 s after the click: "
                    + browser.evaluate("document.getElementById('media-status')?.textContent"));
        }
        return ms;
    }

    static double decoded(Chromium browser) throws Exception {
        return Double.parseDouble(browser.evaluate("window.lienthongMedia.stats().then((s) => s.feeds"
                + ".filter((f) => f.unit === '" + HOST + "').reduce((sum, f) => sum + f.framesDecoded, 0))"));
    }

    static double encoded(Chromium browser) throws Exception {
        return Double.parseDouble(browser.evaluate(
                "window.lienthongMedia.stats().then((s) => s.outbound ? s.outbound.framesEncoded : 0)"));
    }

    /** Busy and total jiffies of the whole machine so far (/proc/stat). */
    static long[] machine() throws Exception {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < cpu.length; i++) {
            total += Long.parseLong(cpu[i]);
        }
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        return new long[] {total - idle, total};
    }

    /** A provincial meeting a month ahead inviting every commune of the province, submitted. */
    static long meeting(String base, String token) throws Exception {
        LocalDate day = LocalDate.now().plusDays(30).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        String json = "{\"title\":\"Hội nghị trực tuyến có hình ảnh " + day + "\",\"kind\":\"CONFERENCE\","
                + "\"hostUnit\":\"" + HOST + "\",\"chair\":{\"name\":\"Trần Văn Minh\",\"position\":\"Chủ tịch UBND tỉnh\"},"
                + "\"start\":\"" + day + "T14:00:00+07:00\",\"end\":\"" + day + "T16:00:00+07:00\","
                + "\"agenda\":[{\"title\":\"Triển khai nhiệm vụ\",\"minutes\":60}],\"confidential\":false,"
                + "\"invite\":{\"allUnder\":[{\"code\":\"" + HOST + "\",\"level\":3}]}}";
        String booked = SchedulingBench.send(SchedulingBench.post(base + "/api/meetings", token, json));
        long id = Long.parseLong(SchedulingBench.number(booked, "id"));
        SchedulingBench.send(SchedulingBench.post(base + "/api/meetings/" + id + "/submit", token, "{}"));
        return id;
    }

    /** The communes (five-digit codes) with a point in the meeting, from its live snapshot. */
    static List<String> communes(String base, String token, long meeting) throws Exception {
        String snapshot = SchedulingBench.send(HttpRequest.newBuilder(URI.create(base + "/api/meetings/" + meeting
                + "/live")).header("Authorization", "Bearer " + token));
        Matcher unit = Pattern.compile("\"unit\":\"(\\d{5})\"").matcher(snapshot);
        List<String> communes = new ArrayList<>();
        while (unit.find()) {
            if (!communes.contains(unit.group(1))) {
                communes.add(unit.group(1));
            }
        }
        if (communes.isEmpty()) {
            throw new IllegalStateException("no commune in " + snapshot.substring(0, Math.min(500, snapshot.length())));
        }
        return communes;
    }
}
