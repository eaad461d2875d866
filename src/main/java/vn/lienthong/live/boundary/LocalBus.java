package vn.lienthong.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The bus of a single instance: a change goes straight to this instance's sockets. */
@ApplicationScoped
public class LocalBus implements LiveBus {

    @Inject
    LiveHub hub;

    @Override
    public void publish(LiveChanged change) {
        hub.deliver(change);
    }
}
