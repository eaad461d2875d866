package vn.lienthong.live.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.live.control.LiveSettings;

/**
 * The open sockets of this instance per meeting, and the delivery of changes to them in the order of their
 * numbers. Changes reach the hub from the committing threads in any order; a worker per meeting puts them in
 * order and reads a change it has not seen from the event log: the numbers are given under the meeting's row lock,
 * so when change n is committed every change before it is too. Each change is turned into its message once; the
 * meeting's sockets are split into one slice per core, and each slice hands the messages to its sockets on a
 * thread of its own, so the cores share a broadcast and a slice never waits for another.
 */
@ApplicationScoped
public class LiveHub {

    private static final Logger LOG = Logger.getLogger(LiveHub.class.getName());
    private static final int SLICES = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Resource
    ManagedExecutorService executor;

    @Inject
    Changes changes;

    @Inject
    LiveSettings settings;

    private final ConcurrentMap<Long, Channel> channels = new ConcurrentHashMap<>();

    /** A queue worked off by one thread at a time: whoever adds to an idle lane starts that thread. */
    private static final class Lane<T> {
        private final Queue<T> queue;
        private boolean busy;

        Lane(Queue<T> queue) {
            this.queue = queue;
        }

        /** @return whether the lane was idle: the caller starts the thread that works it off */
        synchronized boolean add(T item) {
            queue.add(item);
            boolean idle = !busy;
            busy = true;
            return idle;
        }

        /** The next item, or null when none is left: the lane is idle again. */
        synchronized T next() {
            T next = queue.poll();
            busy = next != null;
            return next;
        }
    }

    /** The sockets of one meeting and the changes waiting to be put in order. */
    private static final class Channel {
        final Slice[] slices = new Slice[SLICES];
        final AtomicInteger joined = new AtomicInteger();
        final Lane<LiveChanged> inbox = new Lane<>(new PriorityQueue<>((a, b) -> Long.compare(a.seq(), b.seq())));
        long delivered = -1;

        Channel() {
            for (int i = 0; i < slices.length; i++) {
                slices[i] = new Slice();
            }
        }

        boolean isEmpty() {
            for (Slice slice : slices) {
                if (!slice.subscribers.isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Some of a meeting's sockets and the messages, in order, not yet handed to them. */
    private static final class Slice {
        final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
        final Lane<Subscriber.Message> outbox = new Lane<>(new ArrayDeque<>());
    }

    /** Registers a socket; it receives changes once {@link Subscriber#start} gave it its opening messages. */
    public Subscriber join(long meetingId, Session session, CallerIdentity who, Locale locale) {
        Subscriber subscriber = new Subscriber(session, meetingId, who, locale, settings.sendQueue());
        channels.compute(meetingId, (id, channel) -> {
            Channel joined = channel == null ? new Channel() : channel;
            joined.slices[Math.floorMod(joined.joined.getAndIncrement(), SLICES)].subscribers.add(subscriber);
            return joined;
        });
        return subscriber;
    }

    public void leave(Subscriber subscriber) {
        channels.computeIfPresent(subscriber.meetingId(), (id, channel) -> {
            for (Slice slice : channel.slices) {
                slice.subscribers.remove(subscriber);
            }
            return channel.isEmpty() ? null : channel;
        });
    }

    /** A committed change, from this instance or another: sent to this instance's sockets of the meeting. */
    public void deliver(LiveChanged change) {
        Channel channel = channels.get(change.meetingId());
        if (channel == null) {
            return;
        }
        if (channel.inbox.add(change)) {
            executor.execute(() -> drain(change.meetingId(), channel));
        }
    }

    private void drain(long meetingId, Channel channel) {
        for (LiveChanged next = channel.inbox.next(); next != null; next = channel.inbox.next()) {
            try {
                send(meetingId, channel, next);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "live change " + meetingId + "/" + next.seq() + " not delivered", e);
            }
        }
    }

    private void send(long meetingId, Channel channel, LiveChanged next) {
        if (channel.delivered >= 0 && next.seq() <= channel.delivered) {
            return;
        }
        if (channel.delivered >= 0 && next.seq() > channel.delivered + 1) {
            for (LiveChanged missed : changes.between(meetingId, channel.delivered, next.seq() - 1)) {
                fanOut(channel, missed);
            }
        }
        fanOut(channel, next);
        channel.delivered = next.seq();
    }

    /** Queues the change's message, made once, on every slice, and starts the slices that were idle. */
    private void fanOut(Channel channel, LiveChanged change) {
        Subscriber.Message message = Subscriber.Message.event(change.seq(), change.message());
        for (Slice slice : channel.slices) {
            if (slice.outbox.add(message)) {
                executor.execute(() -> pump(slice));
            }
        }
    }

    /** Hands a slice's messages to its sockets in order until none is left. */
    private static void pump(Slice slice) {
        for (Subscriber.Message next = slice.outbox.next(); next != null; next = slice.outbox.next()) {
            try {
                offerToAll(slice.subscribers, next);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "live change " + next.seq() + " not handed to all sockets", e);
            }
        }
    }

    /**
     * Hands a message to sockets, with no context class loader on this thread meanwhile. Where a message goes
     * through the WebSocket API ({@link TextFrames} falls back to it), Tyrus re-arms the socket's idle timer through Payara's managed scheduled executor, whose context
     * capture looks up providers through the thread's context class loader: with the application's, that is a
     * search of every jar, per socket and change (two thirds of a broadcast's time in bench/live.sh); without one
     * only the system class path is searched. Sending needs no class loading by name, and the loader is back
     * before this thread does anything else.
     */
    private static void offerToAll(Set<Subscriber> subscribers, Subscriber.Message message) {
        Thread thread = Thread.currentThread();
        ClassLoader loader = thread.getContextClassLoader();
        thread.setContextClassLoader(null);
        try {
            subscribers.forEach(s -> s.offer(message));
        } finally {
            thread.setContextClassLoader(loader);
        }
    }
}
