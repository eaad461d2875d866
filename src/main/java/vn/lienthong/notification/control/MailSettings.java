package vn.lienthong.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail server, from MicroProfile Config ({@code LIENTHONG_MAIL_HOST} etc. in the environment). Without
 * {@code lienthong.mail.host} no mail is sent and none is queued: notifications stay in the application.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "lienthong.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "lienthong.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "lienthong.mail.from", defaultValue = "lienthong@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "lienthong.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "lienthong.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "lienthong.mail.starttls", defaultValue = "false")
    boolean starttls;

    /** The wait before the first retry; it doubles with every failed attempt, up to an hour. */
    @Inject
    @ConfigProperty(name = "lienthong.mail.retry-seconds", defaultValue = "60")
    int retrySeconds;

    @Inject
    @ConfigProperty(name = "lienthong.mail.max-attempts", defaultValue = "12")
    int maxAttempts;

    /** Where the application is reached from outside, for links in mail; none when absent. */
    @Inject
    @ConfigProperty(name = "lienthong.public-url")
    Optional<String> publicUrl;

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String host() {
        return host.orElseThrow().strip();
    }

    public int port() {
        return port;
    }

    public String from() {
        return from;
    }

    public Optional<String> username() {
        return username.filter(u -> !u.isBlank());
    }

    public String password() {
        return password.orElse("");
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration retryPeriod() {
        return Duration.ofSeconds(Math.max(1, retrySeconds));
    }

    /** When to try again after {@code attempts} failed attempts: the retry period, doubled each time, at most 1 h. */
    public Duration backoff(int attempts) {
        long seconds = (long) Math.max(1, retrySeconds) << Math.min(Math.max(attempts - 1, 0), 20);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    public Optional<String> publicUrl() {
        return publicUrl.filter(u -> !u.isBlank()).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    /** Jakarta Mail session properties for the configured server, with short time-outs so a dead server fails fast. */
    public Properties sessionProperties() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host());
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.auth", Boolean.toString(username().isPresent()));
        p.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        p.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        p.put("mail.mime.charset", "UTF-8");
        return p;
    }
}
