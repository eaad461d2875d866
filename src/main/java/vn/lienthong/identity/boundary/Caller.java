package vn.lienthong.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.platform.problem.ProblemException;

/** Who is calling in this request; filled by {@link AuthenticationFilter} before any resource runs. */
@RequestScoped
public class Caller {

    private CallerIdentity identity;

    /**
     * Says who calls for the rest of this request. {@link AuthenticationFilter} does it for the API; entry points
     * outside JAX-RS that checked the token themselves (the live meeting's WebSocket) do it for each message.
     */
    public void signIn(CallerIdentity identity) {
        this.identity = identity;
    }

    public Optional<CallerIdentity> current() {
        return Optional.ofNullable(identity);
    }

    /** The caller, or 401 when nobody is signed in. */
    public CallerIdentity identity() {
        if (identity == null) {
            throw new ProblemException(jakarta.ws.rs.core.Response.Status.UNAUTHORIZED, "unauthorized", "auth.required");
        }
        return identity;
    }

    public boolean has(Role role) {
        return identity != null && identity.has(role);
    }

    /** 403 unless the caller holds one of the roles. */
    public CallerIdentity requireAny(Role... roles) {
        CallerIdentity who = identity();
        if (Arrays.stream(roles).noneMatch(who::has)) {
            String names = Arrays.stream(roles).map(Role::name).collect(Collectors.joining(", "));
            throw ProblemException.forbidden("auth.roleRequired", names);
        }
        return who;
    }

    /** The user name written into the audit log and records: the caller, or the system itself. */
    public String actorName() {
        return identity == null ? "system" : identity.username();
    }
}
