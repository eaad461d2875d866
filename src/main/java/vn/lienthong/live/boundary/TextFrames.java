package vn.lienthong.live.boundary;

import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A message framed once for every socket it goes to. Through the WebSocket API each socket would encode the text
 * and frame it again, and Tyrus (Payara's WebSocket container) also re-arms the socket's idle timer on each send,
 * a task scheduled and run on a managed executor even when the socket has no idle timeout: together two fifths of
 * a broadcast's time in bench/live.sh. A server's text frame is the same bytes for every socket (RFC 6455 section
 * 5.2: not masked), so it is built once and written as is through the connection of Tyrus' socket, which the API
 * does not expose: it is reached by reflection once per class and, where that fails (another container), the
 * message is sent through the API as before. The sockets here have no idle timeout, so not re-arming it changes
 * nothing.
 */
final class TextFrames {

    private static final Logger LOG = Logger.getLogger(TextFrames.class.getName());
    private static volatile Access access;

    private TextFrames() {
    }

    /** A final, unmasked text frame with the UTF-8 bytes of {@code text}. */
    static byte[] frame(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        int header = payload.length < 126 ? 2 : payload.length <= 0xFFFF ? 4 : 10;
        ByteBuffer frame = ByteBuffer.allocate(header + payload.length);
        frame.put((byte) 0x81);
        if (header == 2) {
            frame.put((byte) payload.length);
        } else if (header == 4) {
            frame.put((byte) 126).putShort((short) payload.length);
        } else {
            frame.put((byte) 127).putLong(payload.length);
        }
        return frame.put(payload).array();
    }

    /** Sends a framed message, or {@code text} through the API where frames cannot be written as they are. */
    static void send(Session session, byte[] frame, String text, SendHandler done) {
        Object remote = session.getAsyncRemote();
        Access found = access(remote.getClass());
        if (found.webSocket != null) {
            try {
                Object sent = found.sendRawFrame.invoke(found.webSocket.get(remote), ByteBuffer.wrap(frame));
                if (sent instanceof CompletionStage<?> stage) {
                    stage.whenComplete((frameSent, failed) ->
                            done.onResult(failed == null ? new SendResult() : new SendResult(failed)));
                    return;
                }
            } catch (ReflectiveOperationException e) {
                LOG.log(Level.FINE, "writing a frame as is", e);
            }
        }
        session.getAsyncRemote().sendText(text, done);
    }

    /** How frames are written on one class of remote endpoint; no field and no method where they cannot be. */
    private record Access(Class<?> remote, Field webSocket, Method sendRawFrame) {
    }

    private static Access access(Class<?> remote) {
        Access known = access;
        if (known != null && known.remote == remote) {
            return known;
        }
        try {
            Field webSocket = field(remote, "webSocket");
            webSocket.setAccessible(true);
            Method sendRawFrame = webSocket.getType().getMethod("sendRawFrame", ByteBuffer.class);
            access = new Access(remote, webSocket, sendRawFrame);
            return access;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.info("messages to " + remote + " are framed per socket: " + e);
            access = new Access(remote, null, null);
            return access;
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }
}
