package vn.lienthong.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

/** The bus of a single instance: a change goes straight to this instance's sockets (see {@link LiveBusChoice}). */
@ApplicationScoped
@Typed(LocalBus.class)
public class LocalBus implements LiveBus {

    @Inject
    LiveHub hub;

    @Override
    public void publish(LiveChanged change) {
        hub.deliver(change);
    }
}
