package vn.lienthong.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienthong.identity.control.PasswordHasher;
import vn.lienthong.identity.control.TokenDigest;
import vn.lienthong.identity.entity.AuthToken;
import vn.lienthong.identity.entity.User;
import vn.lienthong.platform.problem.ProblemException;

/** Signing in and out, and recognising the bearer token of a request. */
@ApplicationScoped
@Transactional
public class Sessions {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    @ConfigProperty(name = "lienthong.auth.token-hours", defaultValue = "12")
    int tokenHours;

    @Inject
    @ConfigProperty(name = "lienthong.auth.free-attempts", defaultValue = "5")
    int freeAttempts;

    public record SignedIn(String token, Instant expiresAt, CallerIdentity user) {
    }

    /**
     * Checks the password and issues a token. A wrong password is counted (and committed, though the call
     * fails) under a row lock, so parallel guesses cannot slip past the counter.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public SignedIn login(String username, String password) {
        Instant now = Instant.now();
        List<User> found = em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            passwords.spendTimeOnUnknownUser(password);
            throw badCredentials();
        }
        User user = found.get(0);
        Duration blocked = user.blockedFor(now);
        if (!blocked.isZero()) {
            throw throttled(blocked);
        }
        if (!passwords.matches(password, user.getPasswordHash())) {
            user.recordFailedLogin(now, freeAttempts);
            Duration nowBlocked = user.blockedFor(now);
            throw nowBlocked.isZero() ? badCredentials() : throttled(nowBlocked);
        }
        if (!user.isActive()) {
            throw new ProblemException(Status.FORBIDDEN, "forbidden", "auth.inactive");
        }
        user.recordSuccessfulLogin();
        em.createQuery("DELETE FROM AuthToken t WHERE t.user = :user AND t.expiresAt < :now")
                .setParameter("user", user).setParameter("now", now).executeUpdate();
        String token = TokenDigest.newToken();
        Instant expiresAt = now.plus(Duration.ofHours(tokenHours));
        em.persist(new AuthToken(TokenDigest.digest(token), user, now, expiresAt));
        return new SignedIn(token, expiresAt, CallerIdentity.of(user));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CallerIdentity> resolve(String token) {
        if (token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        AuthToken found = em.find(AuthToken.class, TokenDigest.digest(token));
        if (found == null || !found.isValidAt(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(CallerIdentity.of(found.getUser()));
    }

    public void logout(String token) {
        em.createQuery("DELETE FROM AuthToken t WHERE t.tokenHash = :hash")
                .setParameter("hash", TokenDigest.digest(token)).executeUpdate();
    }

    private static ProblemException badCredentials() {
        return new ProblemException(Status.UNAUTHORIZED, "unauthorized", "auth.badCredentials");
    }

    private static ProblemException throttled(Duration blocked) {
        long seconds = Math.max(1, blocked.toSeconds() + (blocked.toMillisPart() > 0 ? 1 : 0));
        return new ProblemException(429, "too-many-attempts", "auth.throttled", List.of(),
                Map.of("retryAfterSeconds", seconds), seconds);
    }
}
