package vn.lienthong.live.boundary;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.identity.boundary.Sessions;
import vn.lienthong.platform.problem.Messages;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.platform.problem.ProblemMapping;

/**
 * {@code ws(s)://…/ws/meetings/{id}?token=…[&since=n][&lang=en]}: the live meeting pushed to the wall and the join
 * pages. The token is the API's bearer token (a browser cannot send headers with a WebSocket). The first message is
 * the snapshot, or with {@code since} a {@code replay} header followed by the missed events (a snapshot when they
 * are no longer replayed); then every committed change. A refused socket gets an {@code error} message and is
 * closed: 4401 without a valid token, 4403/4404 for a meeting the user may not follow. Messages from the client:
 * {@link SocketMessages}.
 */
@ServerEndpoint("/ws/meetings/{id}")
public class LiveSocket {

    static final String SUBSCRIBER = "lienthong.live.subscriber";
    private static final Logger LOG = Logger.getLogger(LiveSocket.class.getName());

    @Inject
    Sessions sessions;

    @Inject
    LiveHub hub;

    @Inject
    SocketCalls calls;

    @Inject
    LiveMeetings meetings;

    @Inject
    SocketMessages messages;

    @OnOpen
    public void open(Session session, @PathParam("id") String id) {
        Locale locale = "en".equals(parameter(session, "lang").orElse("vi")) ? Locale.ENGLISH : Messages.VIETNAMESE;
        Optional<CallerIdentity> who = parameter(session, "token").flatMap(sessions::resolve);
        if (who.isEmpty()) {
            refuse(session, new ProblemException(401, "unauthorized", "auth.invalidToken", List.of(), Map.of()),
                    locale);
            return;
        }
        long meetingId;
        try {
            meetingId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            refuse(session, ProblemException.notFound("meeting.notFound", id), locale);
            return;
        }
        Long since = parameter(session, "since").map(LiveSocket::number).orElse(null);
        Subscriber subscriber = hub.join(meetingId, session, who.get(), locale);
        try {
            Opening opening = calls.as(who.get(), () -> opening(meetingId, since));
            session.getUserProperties().put(SUBSCRIBER, subscriber);
            subscriber.start(opening.messages(), opening.seq());
        } catch (RuntimeException e) {
            hub.leave(subscriber);
            refuse(session, e, locale);
        }
    }

    private record Opening(List<String> messages, long seq) {
    }

    private Opening opening(long meetingId, Long since) {
        if (since == null) {
            LiveMeetings.Snapshot snapshot = meetings.open(meetingId);
            return new Opening(List.of(snapshot.message()), snapshot.seq());
        }
        LiveMeetings.Missed missed = meetings.since(meetingId, since);
        if (missed.snapshot() != null) {
            return new Opening(List.of(missed.snapshot().message()), missed.seq());
        }
        List<String> replay = new java.util.ArrayList<>();
        replay.add("{\"type\":\"replay\",\"data\":{\"since\":" + since + ",\"seq\":" + missed.seq()
                + ",\"count\":" + missed.events().size() + "}}");
        missed.events().forEach(e -> replay.add(e.message()));
        return new Opening(replay, missed.seq());
    }

    /** A since that is no number counts as unknown: the client gets a snapshot. */
    private static Long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    @OnMessage(maxMessageSize = SocketMessages.FRAME_LIMIT)
    public void message(Session session, String text) {
        Object subscriber = session.getUserProperties().get(SUBSCRIBER);
        if (subscriber instanceof Subscriber open) {
            messages.handle(open, text);
        }
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        if (session.getUserProperties().get(SUBSCRIBER) instanceof Subscriber subscriber) {
            hub.leave(subscriber);
        }
    }

    @OnError
    public void error(Session session, Throwable thrown) {
        LOG.log(Level.FINE, "live socket error", thrown);
        close(session, null);
    }

    private static void refuse(Session session, Throwable problem, Locale locale) {
        var response = ProblemMapping.toResponse(problem, locale);
        int status = response.getStatus();
        try {
            session.getBasicRemote().sendText(SocketMessages.error(null, response));
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(4000 + status),
                    status == 401 ? "unauthorized" : status == 404 ? "not found" : "refused"));
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "refusing a live socket", e);
        }
    }

    private static Optional<String> parameter(Session session, String name) {
        List<String> values = session.getRequestParameterMap().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }
}
