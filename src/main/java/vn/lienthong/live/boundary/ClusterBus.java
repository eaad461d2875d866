package vn.lienthong.live.boundary;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import com.hazelcast.topic.MessageListener;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import vn.lienthong.live.control.LiveSettings;

/**
 * The bus of a cluster of instances ({@code lienthong.live.cluster=true}): a change goes to this instance's sockets
 * at once and, over a Hazelcast topic of Payara Micro's data grid, to every other instance's hub. What the topic
 * brings back from this instance is ignored, so no socket sees a change twice; a message the topic loses is read
 * from the event log when the next change of the meeting arrives (see {@link LiveHub}).
 */
@ApplicationScoped
@Typed(ClusterBus.class)
public class ClusterBus implements LiveBus {

    static final String TOPIC = "lienthong-live-changes";
    private static final Logger LOG = Logger.getLogger(ClusterBus.class.getName());

    @Inject
    LiveHub hub;

    @Inject
    LiveSettings settings;

    @Resource
    ContextService contexts;

    private HazelcastInstance grid;
    private ITopic<String> topic;
    private UUID listener;

    @SuppressWarnings("unchecked")
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) throws NamingException {
        if (!settings.clustered()) {
            return;
        }
        grid = InitialContext.doLookup("payara/Hazelcast");
        topic = grid.getTopic(TOPIC);
        // the grid calls listeners on its own threads: the proxy gives them the application's context, so the
        // hub's executor and the event log can be used from there
        MessageListener<String> receiver = this::received;
        listener = topic.addMessageListener(contexts.createContextualProxy(receiver, MessageListener.class));
        LOG.info(() -> "live changes travel over the data grid topic " + TOPIC + " of cluster "
                + grid.getConfig().getClusterName() + " (" + grid.getCluster().getMembers().size() + " members)");
    }

    @PreDestroy
    void stop() {
        if (topic != null && listener != null) {
            topic.removeMessageListener(listener);
        }
    }

    @Override
    public void publish(LiveChanged change) {
        hub.deliver(change);
        if (topic == null) {
            return;
        }
        // sent asynchronously: the committing request does not wait for the other instances
        topic.publishAsync(LiveWire.encode(change)).whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "live change " + change.meetingId() + "/" + change.seq()
                        + " not published to the cluster; the next change of the meeting brings it", failure);
            }
        });
    }

    /** How many instances the cluster has now, this one included (1 when not clustered). */
    public int members() {
        return grid == null ? 1 : grid.getCluster().getMembers().size();
    }

    private void received(Message<String> message) {
        Member from = message.getPublishingMember();
        if (from != null && from.localMember()) {
            return;
        }
        hub.deliver(LiveWire.decode(message.getMessageObject()));
    }
}
