package vn.lienthong.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.lienthong.live.control.LiveSettings;

/**
 * Says how many instances share live changes with this one. Always up: an instance left alone still serves its
 * sockets, and the others catch up from the event log when they come back.
 */
@Readiness
@ApplicationScoped
public class LiveClusterReadiness implements HealthCheck {

    @Inject
    LiveSettings settings;

    @Inject
    ClusterBus cluster;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("lien-thong-live-cluster").up()
                .withData("clustered", settings.clustered()).withData("members", cluster.members()).build();
    }
}
