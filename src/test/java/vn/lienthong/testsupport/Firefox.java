package vn.lienthong.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real headless Firefox (Debian's firefox-esr) for the browser tests that must hold in more than one engine. It is
 * driven over WebDriver BiDi, which Firefox serves itself (no geckodriver): JSON commands on one WebSocket, each
 * answered under its id. Each browser has a fresh profile whose camera and microphone are Firefox's fake ones (a
 * picture changing colour, a tone), given without asking, and which makes no connection of its own to the outside.
 * Without Firefox the tests are skipped with a message, except in CI ({@code CI=true}), where it is a failure.
 */
public final class Firefox implements AutoCloseable {

    private static final Path FIREFOX = Path.of(System.getenv().getOrDefault("FIREFOX", "/usr/bin/firefox-esr"));
    /** Media on a loaded machine takes its time to flow; a wait says what it awaits, never how fast. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /**
     * The profile's preferences: the fake camera and microphone, given without asking; nothing to answer at start and
     * no connection to Mozilla's services (the machine may have no way out, and a test needs none).
     */
    private static final String PREFERENCES = """
            user_pref("media.navigator.streams.fake", true);
            user_pref("media.navigator.permission.disabled", true);
            user_pref("intl.accept_languages", "vi, en");
            user_pref("browser.shell.checkDefaultBrowser", false);
            user_pref("browser.aboutwelcome.enabled", false);
            user_pref("browser.newtabpage.enabled", false);
            user_pref("datareporting.policy.dataSubmissionEnabled", false);
            user_pref("datareporting.healthreport.uploadEnabled", false);
            user_pref("toolkit.telemetry.enabled", false);
            user_pref("app.update.enabled", false);
            user_pref("app.normandy.enabled", false);
            user_pref("extensions.update.enabled", false);
            user_pref("extensions.getAddons.cache.enabled", false);
            user_pref("media.gmp-manager.updateEnabled", false);
            user_pref("browser.safebrowsing.malware.enabled", false);
            user_pref("browser.safebrowsing.phishing.enabled", false);
            user_pref("browser.safebrowsing.downloads.enabled", false);
            user_pref("browser.safebrowsing.update.enabled", false);
            user_pref("network.captive-portal-service.enabled", false);
            user_pref("network.connectivity-service.enabled", false);
            """;
    private static final Path LOG = Path.of("target", "runtime", "firefox.log");

    private final Process process;
    private final Path profile;
    private final Connection connection = new Connection();
    private String context;

    private Firefox(Process process, Path profile) {
        this.process = process;
        this.profile = profile;
    }

    /** Starts Firefox with a page of {@code width} x {@code height}. */
    public static Firefox open(int width, int height) {
        if (!Files.isExecutable(FIREFOX)) {
            String message = "Firefox not found (" + FIREFOX + "): install Debian's firefox-esr to run the tests in Firefox";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        Firefox firefox;
        try {
            Path profile = Files.createTempDirectory("firefox-profile");
            Files.writeString(profile.resolve("user.js"), PREFERENCES);
            Files.createDirectories(LOG.getParent());
            // port 0: Firefox takes a free one and writes it into the profile
            ProcessBuilder command = new ProcessBuilder(FIREFOX.toString(), "--headless", "--no-remote",
                    "--remote-debugging-port=0", "--profile", profile.toString(), "about:blank")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
            command.environment().put("MOZ_CRASHREPORTER_DISABLE", "1");
            firefox = new Firefox(command.start(), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            firefox.connect();
            firefox.viewport(width, height);
            return firefox;
        } catch (RuntimeException e) {
            firefox.close();
            throw e;
        }
    }

    /** Reads where Firefox listens, opens a session and takes its first tab. */
    private void connect() {
        Path server = profile.resolve("WebDriverBiDiServer.json");
        long until = System.nanoTime() + PATIENCE.toNanos();
        JsonObject where = null;
        while (where == null) {
            if (!process.isAlive() || System.nanoTime() > until) {
                throw new IllegalStateException("Firefox did not start its WebDriver BiDi server; see " + LOG);
            }
            try {
                where = Json.createReader(new StringReader(Files.readString(server))).readObject();
            } catch (IOException | JsonException notYet) {
                pause(100); // not written yet, or not whole
            }
        }
        URI uri = URI.create("ws://" + where.getString("ws_host") + ":" + where.getInt("ws_port") + "/session");
        connection.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, connection).join();
        call("session.new", Json.createObjectBuilder().add("capabilities", JsonValue.EMPTY_JSON_OBJECT));
        context = call("browsingContext.getTree", Json.createObjectBuilder().add("maxDepth", 0))
                .getJsonArray("contexts").getJsonObject(0).getString("context");
    }

    private void viewport(int width, int height) {
        call("browsingContext.setViewport", Json.createObjectBuilder().add("context", context)
                .add("viewport", Json.createObjectBuilder().add("width", width).add("height", height)));
    }

    /** Opens {@code url} and waits until the document has loaded. */
    public void navigate(String url) {
        call("browsingContext.navigate", Json.createObjectBuilder().add("context", context).add("url", url)
                .add("wait", "complete"));
    }

    /** The value of {@code expression} in the page, a promise awaited, as JSON (null for undefined). */
    public JsonValue evaluate(String expression) {
        JsonObject value = run("(async () => JSON.stringify((await (" + expression + ")) ?? null))()");
        return "string".equals(value.getString("type"))
                ? Json.createReader(new StringReader(value.getString("value"))).readValue()
                : JsonValue.NULL;
    }

    /** Clicks the element {@code selector} with the mouse, as a person does (the page counts it as their gesture). */
    public void click(String selector) {
        JsonObject element = element(selector);
        input(Json.createObjectBuilder().add("type", "pointer").add("id", "mouse").add("actions", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "pointerMove").add("x", 0).add("y", 0)
                        .add("origin", Json.createObjectBuilder().add("type", "element").add("element", element)))
                .add(Json.createObjectBuilder().add("type", "pointerDown").add("button", 0))
                .add(Json.createObjectBuilder().add("type", "pointerUp").add("button", 0))));
    }

    /** Clicks into the field {@code selector} and types {@code text} on the keyboard. */
    public void type(String selector, String text) {
        click(selector);
        JsonArrayBuilder keys = Json.createArrayBuilder();
        text.codePoints().mapToObj(Character::toString).forEach(key -> keys
                .add(Json.createObjectBuilder().add("type", "keyDown").add("value", key))
                .add(Json.createObjectBuilder().add("type", "keyUp").add("value", key)));
        input(Json.createObjectBuilder().add("type", "key").add("id", "keyboard").add("actions", keys));
    }

    /** The element {@code selector}, scrolled into view, as a reference for input actions. */
    private JsonObject element(String selector) {
        JsonObject node = run("(() => { const element = document.querySelector(" + Json.createValue(selector)
                + "); element?.scrollIntoView({ block: 'center' }); return element; })()");
        if (!"node".equals(node.getString("type"))) {
            throw new AssertionError("Firefox: no element " + selector);
        }
        return Json.createObjectBuilder().add("sharedId", node.getString("sharedId")).build();
    }

    private void input(JsonObjectBuilder source) {
        call("input.performActions", Json.createObjectBuilder().add("context", context)
                .add("actions", Json.createArrayBuilder().add(source)));
    }

    /** Runs {@code expression} in the page, awaiting a promise; its value as WebDriver BiDi describes it. */
    private JsonObject run(String expression) {
        JsonObject result = call("script.evaluate", Json.createObjectBuilder().add("expression", expression)
                .add("target", Json.createObjectBuilder().add("context", context)).add("awaitPromise", true));
        if ("exception".equals(result.getString("type"))) {
            throw new IllegalStateException("page script failed: " + result.getJsonObject("exceptionDetails"));
        }
        return result.getJsonObject("result");
    }

    /** Waits until {@code condition} (a JavaScript expression) is true in the page; fails saying what was awaited. */
    public void await(String what, String condition) {
        await(() -> what + " (" + condition + ")", () -> JsonValue.TRUE.equals(evaluate("Boolean(" + condition + ")")));
    }

    /** Waits until {@code condition} holds, asking again and again; fails with {@code what}, read only then. */
    public void await(Supplier<String> what, BooleanSupplier condition) {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Firefox: " + what.get());
            }
            pause(200);
        }
    }

    /** Signs in through the sign-in page with a demo account (password demo123) and waits for the top bar. */
    public void signIn(URL base, String username) {
        navigate(base + "#/login");
        await("the sign-in form", "document.getElementById('login-username')");
        type("#login-username", username);
        type("#login-password", "demo123");
        click("#login-submit");
        await("signed in as " + username, "document.getElementById('current-user')");
    }

    /** Keeps a picture of the page under target/screenshots for whoever reads the test report. */
    public void screenshot(String name) {
        String png = call("browsingContext.captureScreenshot", Json.createObjectBuilder().add("context", context))
                .getString("data");
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), Base64.getDecoder().decode(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one command and returns its result; an error answer fails the test. */
    private JsonObject call(String method, JsonObjectBuilder params) {
        JsonObject answer = connection.send(method, params.build(), PATIENCE);
        if (!"success".equals(answer.getString("type", ""))) {
            throw new IllegalStateException("Firefox refused " + method + ": " + answer);
        }
        return answer.getJsonObject("result");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (connection.socket != null) {
            try {
                connection.send("browser.close", JsonValue.EMPTY_JSON_OBJECT, Duration.ofSeconds(10));
            } catch (RuntimeException closedAnyway) {
                // the socket may close before the answer
            }
            connection.socket.abort();
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException leftBehind) {
            // a temporary folder: the system clears it
        }
    }

    /** The WebSocket: commands go out numbered, answers come back under their number, events are not needed. */
    private static final class Connection implements WebSocket.Listener {

        private final Map<Integer, CompletableFuture<JsonObject>> answers = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        JsonObject send(String method, JsonObject params, Duration wait) {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonObject> answer = new CompletableFuture<>();
            answers.put(id, answer);
            String command = Json.createObjectBuilder().add("id", id).add("method", method).add("params", params)
                    .build().toString();
            try {
                socket.sendText(command, true).join();
                return answer.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("no answer from Firefox to " + method, e);
            } finally {
                answers.remove(id);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonObject message = Json.createReader(new StringReader(partial.toString())).readObject();
                partial.setLength(0);
                if (message.containsKey("id") && !message.isNull("id")) {
                    CompletableFuture<JsonObject> answer = answers.get(message.getInt("id"));
                    if (answer != null) {
                        answer.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            answers.values().forEach(answer -> answer.completeExceptionally(new IOException("closed: " + reason)));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            answers.values().forEach(answer -> answer.completeExceptionally(error));
        }
    }
}
