package vn.lienthong.live.boundary;

/**
 * Carries committed live changes to every instance that holds sockets of the meeting. {@link LocalBus} serves one
 * instance; {@link ClusterBus} also publishes to a Hazelcast topic of Payara Micro's data grid and hands what it
 * receives to {@link LiveHub#deliver} on each instance. Lost or reordered messages do no harm: the hub fills any gap
 * from the event log in MariaDB.
 */
public interface LiveBus {

    void publish(LiveChanged change);
}
