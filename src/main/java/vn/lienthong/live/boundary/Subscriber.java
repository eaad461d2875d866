package vn.lienthong.live.boundary;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.lienthong.identity.boundary.CallerIdentity;

/**
 * One open socket of a live meeting with its own bounded queue of messages. Messages are sent one at a time,
 * asynchronously, so a slow browser delays nobody but itself; when its queue is full it is told to resync and
 * closed. Until its opening messages (snapshot or replay) are queued it keeps the events that arrive and then sends
 * only those after the opening's number: a change committed while the snapshot was read is neither lost nor sent
 * twice. An event that does not follow the last one sent (a gap) also makes it resync: never a silently wrong wall.
 */
public final class Subscriber {

    /** Close code (private range) telling the client to reconnect and take a snapshot. */
    public static final int RESYNC = 4000;
    private static final Logger LOG = Logger.getLogger(Subscriber.class.getName());
    private static final long SEND_TIMEOUT_MS = 10_000;

    private final Session session;
    private final long meetingId;
    private final CallerIdentity who;
    private final Locale locale;
    private final int capacity;
    private final ArrayDeque<Message> queue = new ArrayDeque<>();
    private final List<Message> early = new ArrayList<>();
    private boolean started;
    private boolean sending;
    private boolean dropping;
    private boolean closed;
    private long last;
    private Instant lastHeartbeat = Instant.EPOCH;

    Subscriber(Session session, long meetingId, CallerIdentity who, Locale locale, int capacity) {
        this.session = session;
        this.meetingId = meetingId;
        this.who = who;
        this.locale = locale;
        this.capacity = capacity;
        session.getAsyncRemote().setSendTimeout(SEND_TIMEOUT_MS);
    }

    /**
     * A message as the socket sends it. A numbered event is made once and shared by all sockets, with its frame
     * ({@link TextFrames}); a message for one socket has neither number nor frame.
     */
    record Message(long seq, String text, byte[] frame) {

        static Message event(long seq, String text) {
            return new Message(seq, text, TextFrames.frame(text));
        }

        static Message single(String text) {
            return new Message(-1, text, null);
        }
    }

    /** Queues the opening messages, which bring the client to event {@code seq}, then what came meanwhile. */
    public synchronized void start(List<String> opening, long seq) {
        opening.forEach(text -> queue.add(Message.single(text)));
        last = seq;
        started = true;
        early.forEach(this::offer);
        early.clear();
        pump();
    }

    synchronized void offer(Message change) {
        if (closed || dropping) {
            return;
        }
        if (!started) {
            early.add(change);
            if (early.size() > capacity) {
                resync();
            }
            return;
        }
        if (change.seq() <= last) {
            return;
        }
        if (change.seq() != last + 1) {
            resync();
            return;
        }
        last = change.seq();
        enqueue(change);
    }

    /** A message for this socket alone (an answer, an error): it does not advance the numbering. */
    public synchronized void reply(String message) {
        if (!closed && !dropping) {
            enqueue(Message.single(message));
        }
    }

    /** Whether a heartbeat now is worth writing down: at most one a second per socket. */
    synchronized boolean heartbeatDue(Instant now) {
        if (now.isBefore(lastHeartbeat.plusSeconds(1))) {
            return false;
        }
        lastHeartbeat = now;
        return true;
    }

    private void enqueue(Message message) {
        if (queue.size() >= capacity) {
            resync();
            return;
        }
        queue.add(message);
        pump();
    }

    private void resync() {
        queue.clear();
        early.clear();
        dropping = true;
        queue.add(Message.single("{\"type\":\"resync\",\"data\":{\"seq\":" + last + "}}"));
        pump();
    }

    private void pump() {
        if (sending || closed) {
            return;
        }
        Message next = queue.poll();
        if (next == null) {
            if (dropping) {
                close(new CloseReason(CloseReason.CloseCodes.getCloseCode(RESYNC), "resync"));
            }
            return;
        }
        sending = true;
        try {
            if (next.frame() == null) {
                session.getAsyncRemote().sendText(next.text(), this::sent);
            } else {
                TextFrames.send(session, next.frame(), next.text(), this::sent);
            }
        } catch (RuntimeException e) {
            sending = false;
            close(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "send failed"));
        }
    }

    private synchronized void sent(SendResult result) {
        sending = false;
        if (!result.isOK()) {
            LOG.log(Level.FINE, "live socket send failed", result.getException());
            close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "send failed"));
            return;
        }
        pump();
    }

    synchronized void close(CloseReason reason) {
        if (closed) {
            return;
        }
        closed = true;
        queue.clear();
        try {
            if (session.isOpen()) {
                session.close(reason);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing a live socket", e);
        }
    }

    public Session session() {
        return session;
    }

    public long meetingId() {
        return meetingId;
    }

    public CallerIdentity who() {
        return who;
    }

    public Locale locale() {
        return locale;
    }
}
