package vn.lienthong.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** An account. It keeps its own sign-in rules: how many wrong passwords, and until when it is blocked. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = User.BY_USERNAME, query = "SELECT u FROM User u WHERE u.username = :username")
public class User {

    public static final String BY_USERNAME = "User.byUsername";
    private static final Duration FIRST_BLOCK = Duration.ofSeconds(30);
    private static final Duration LONGEST_BLOCK = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    private String position;

    /** Where the user receives notification mail; none when null. */
    private String email;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean active = true;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "login_blocked_until")
    private Instant loginBlockedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected User() {
    }

    public User(String username, String displayName, String position, String unitCode, Set<Role> roles,
                String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.position = position;
        this.unitCode = unitCode;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
    }

    /** How long sign-in is still blocked at {@code now}; zero when it is not. */
    public Duration blockedFor(Instant now) {
        if (loginBlockedUntil == null || !loginBlockedUntil.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, loginBlockedUntil);
    }

    /**
     * Counts a wrong password. After {@code freeAttempts} of them every further one blocks sign-in for a
     * doubling time (30 s, 1 min, 2 min, ... up to 15 min), which makes guessing hopeless but lets a person
     * who mistyped come back soon.
     */
    public void recordFailedLogin(Instant now, int freeAttempts) {
        failedLogins++;
        int over = failedLogins - freeAttempts;
        if (over >= 0) {
            Duration block = FIRST_BLOCK.multipliedBy(1L << Math.min(over, 10));
            loginBlockedUntil = now.plus(block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block);
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        loginBlockedUntil = null;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        recordSuccessfulLogin();
    }

    public void update(String displayName, String position, String unitCode, Set<Role> roles, boolean active) {
        this.displayName = displayName;
        this.position = position;
        this.unitCode = unitCode;
        this.roles.clear();
        this.roles.addAll(roles);
        this.active = active;
    }

    /** Sets (or, with null or blank, removes) the address notification mail goes to. */
    public void reachableAt(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public String getEmail() {
        return email;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPosition() {
        return position;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }
}
