package vn.lienthong.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Hands each live change to the bus once its transaction has committed; a rolled-back change is never sent. */
@ApplicationScoped
public class LiveFeed {

    @Inject
    LiveBus bus;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveChanged change) {
        bus.publish(change);
    }
}
