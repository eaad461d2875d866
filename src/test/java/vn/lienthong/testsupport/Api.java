package vn.lienthong.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small HTTP client for the black-box tests: JSON in and out, optionally signed in. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final HttpClient http;
    private final URI base;
    private final String token;
    private final String language;

    private Api(HttpClient http, URI base, String token, String language) {
        this.http = http;
        this.base = base;
        this.token = token;
        this.language = language;
    }

    public static Api at(URL base) {
        return new Api(HTTP, URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"), null, "vi");
    }

    /** Signs in with a demo account (password demo123). */
    public Api as(String username) {
        return as(username, "demo123");
    }

    public Api as(String username, String password) {
        Reply reply = login(username, password);
        if (reply.status() != 200) {
            throw new IllegalStateException("cannot sign in as " + username + ": " + reply);
        }
        return withToken(reply.json().getString("token"));
    }

    public Reply login(String username, String password) {
        return post("api/auth/login", Json.createObjectBuilder().add("username", username).add("password", password)
                .build().toString());
    }

    public Api withToken(String bearer) {
        return new Api(http, base, bearer, language);
    }

    /** The same caller asking in another language ({@code Accept-Language}); null sends no preference. */
    public Api inLanguage(String acceptLanguage) {
        return new Api(http, base, token, acceptLanguage);
    }

    /**
     * The same caller over HTTP/1.1 connections of its own, for large bodies the server refuses unread. Over
     * HTTP/2 (h2c) Payara 6.2025.10 never delivers such an answer: the client waits for flow-control credit
     * for the rest of its body until the 30 s idle timeout closes the stream. Over HTTP/1.1 the answer comes
     * at once, with {@code Connection: close}.
     */
    public Api overHttp11() {
        return new Api(HTTP_1_1, base, token, language);
    }

    public String token() {
        return token;
    }

    public URI base() {
        return base;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET whose answer is kept as bytes: a PDF, or the problem that came instead. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(new Reply(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8), response.headers().map()), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** Any method with any body and content type (null sends none): for requests a browser would not make. */
    public Reply send(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder builder = request(path).method(method, body);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response kept as bytes, with the same response read as text (for problems). */
    public record Download(Reply reply, byte[] bytes) {

        public int status() {
            return reply.status();
        }
    }

    /** A response: status, content type, body and headers. */
    public record Reply(int status, String contentType, String body, Map<String, List<String>> headers) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .flatMap(h -> h.getValue().stream()).findFirst();
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
