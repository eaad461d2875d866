import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium driven over its DevTools protocol with the JDK's own HTTP and WebSocket clients, so that a
 * benchmark needs nothing beyond the JDK and the Debian chromium package. Only what the wall benchmark uses:
 * navigate, evaluate JavaScript, set the viewport, take a screenshot.
 */
final class Chromium implements AutoCloseable, WebSocket.Listener {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process; // null for a further tab of a Chromium started here
    private int port;
    private final Map<Integer, CompletableFuture<String>> answers = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private Chromium(Process process) {
        this.process = process;
    }

    /**
     * Starts Chromium with a fresh profile at {@code width} x {@code height} (and {@code flags}, e.g. a fake camera)
     * and attaches to its first tab.
     */
    static Chromium start(String binary, int port, int width, int height, String... flags) throws Exception {
        Path profile = Files.createTempDirectory("bench-chromium");
        List<String> command = new ArrayList<>(List.of(binary, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--enable-precise-memory-info", "--lang=vi",
                "--remote-debugging-port=" + port, "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height));
        command.addAll(List.of(flags));
        command.add("about:blank");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Chromium chromium = new Chromium(process);
        chromium.port = port;
        String list = null;
        for (int i = 0; i < 100 && list == null; i++) {
            try {
                list = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        Matcher page = Pattern.compile("\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(String.valueOf(list));
        Matcher any = Pattern.compile("\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+/page/[^\"]+)\"")
                .matcher(String.valueOf(list));
        String url = page.find() ? page.group(1) : any.find() ? any.group(1) : null;
        if (url == null) {
            chromium.close();
            throw new IllegalStateException("no page in Chromium's DevTools list: " + list);
        }
        chromium.socket = HTTP.newWebSocketBuilder().buildAsync(URI.create(url), chromium).join();
        chromium.call("Page.enable", "{}");
        chromium.call("Runtime.enable", "{}");
        chromium.viewport(width, height, false);
        return chromium;
    }

    /**
     * Opens a further tab in this Chromium, driven on its own connection: tabs share the browser's processes (and
     * its cookies and local storage, not its session storage). Closing the tab leaves the browser running.
     */
    Chromium tab(int width, int height) throws Exception {
        String target = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/new?about:blank"))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher url = Pattern.compile("\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"").matcher(target);
        if (!url.find()) {
            throw new IllegalStateException("no new tab: " + target);
        }
        Chromium tab = new Chromium(null);
        tab.port = port;
        tab.socket = HTTP.newWebSocketBuilder().buildAsync(URI.create(url.group(1)), tab).join();
        tab.call("Page.enable", "{}");
        tab.call("Runtime.enable", "{}");
        tab.viewport(width, height, false);
        return tab;
    }

    /** Sends one command and returns its answer (the whole JSON message). */
    String call(String method, String params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        answers.put(id, answer);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
        return answer.get(120, TimeUnit.SECONDS);
    }

    /** Evaluates {@code expression} in the page (awaiting a promise) and returns its value as JSON text. */
    String evaluate(String expression) throws Exception {
        String answer = call("Runtime.evaluate", "{\"expression\":"
                + quote("Promise.resolve(" + expression + ").then((value) => JSON.stringify(value))")
                + ",\"awaitPromise\":true,\"returnByValue\":true}");
        // read by hand: a regular expression over a long value (thousands of frame times) overflows the stack
        int start = answer.indexOf("\"value\":\"");
        if (start < 0) {
            if (answer.contains("exceptionDetails")) {
                throw new IllegalStateException("page script failed: " + answer);
            }
            return "null";
        }
        StringBuilder value = new StringBuilder();
        for (int i = start + 9; i < answer.length(); i++) {
            char c = answer.charAt(i);
            if (c == '\\') {
                value.append(answer.charAt(++i));
            } else if (c == '"') {
                break;
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    /** Waits until {@code condition} is true in the page; fails after {@code timeout}. */
    void await(String condition, Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        while (!"true".equals(evaluate("Boolean(" + condition + ")"))) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("timed out waiting for " + condition);
            }
            Thread.sleep(20);
        }
    }

    void navigate(String url) throws Exception {
        call("Page.navigate", "{\"url\":" + quote(url) + "}");
    }

    /** Runs {@code source} in every document the tab opens from now on, before the page's own scripts. */
    void beforeEveryPage(String source) throws Exception {
        call("Page.addScriptToEvaluateOnNewDocument", "{\"source\":" + quote(source) + "}");
    }

    void viewport(int width, int height, boolean mobile) throws Exception {
        call("Emulation.setDeviceMetricsOverride", "{\"width\":" + width + ",\"height\":" + height
                + ",\"deviceScaleFactor\":1,\"mobile\":" + mobile + "}");
    }

    void screenshot(Path file) throws Exception {
        String answer = call("Page.captureScreenshot", "{\"format\":\"png\"}");
        Matcher data = Pattern.compile("\"data\":\"([^\"]+)\"").matcher(answer);
        if (data.find()) {
            Files.write(file, Base64.getDecoder().decode(data.group(1)));
        }
    }

    static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String message = partial.toString();
            partial.setLength(0);
            Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(message);
            if (id.find()) {
                CompletableFuture<String> answer = answers.remove(Integer.parseInt(id.group(1)));
                if (answer != null) {
                    answer.complete(message);
                }
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
