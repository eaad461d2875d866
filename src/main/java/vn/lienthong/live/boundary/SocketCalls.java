package vn.lienthong.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.boundary.CallerIdentity;

/**
 * Runs a socket message as a request of the user who opened the socket, so the boundaries see the same caller
 * (and the same rules) as over the API.
 */
@ApplicationScoped
public class SocketCalls {

    @Inject
    Caller caller;

    @ActivateRequestContext
    public <T> T as(CallerIdentity who, Supplier<T> action) {
        caller.signIn(who);
        return action.get();
    }
}
