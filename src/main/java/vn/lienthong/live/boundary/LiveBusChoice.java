package vn.lienthong.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import vn.lienthong.live.control.LiveSettings;

/** The bus live changes take: the cluster's with {@code lienthong.live.cluster=true}, else this instance's own. */
@ApplicationScoped
class LiveBusChoice {

    @Produces
    @ApplicationScoped
    LiveBus bus(LiveSettings settings, LocalBus local, ClusterBus cluster) {
        return settings.clustered() ? cluster : local;
    }
}
