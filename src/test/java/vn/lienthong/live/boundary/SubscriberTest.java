package vn.lienthong.live.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A socket whose snapshot is read while changes are committed: the events that arrive before its snapshot is
 * queued are kept, those the snapshot already reflects are dropped, and every later one is sent once, in order;
 * an event that does not follow makes it resync. Also the frame a broadcast shares (RFC 6455, section 5.2).
 */
class SubscriberTest {

    /** What a socket was sent and how it was closed. */
    private static final class Recorded {
        final List<String> sent = new ArrayList<>();
        CloseReason closed;

        Session session() {
            RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                        if (method.getName().equals("sendText") && args.length == 2) {
                            sent.add((String) args[0]);
                            ((SendHandler) args[1]).onResult(new SendResult());
                        }
                        return null;
                    });
            return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getAsyncRemote" -> remote;
                        case "isOpen" -> closed == null;
                        case "close" -> {
                            closed = (CloseReason) args[0];
                            yield null;
                        }
                        default -> null;
                    });
        }
    }

    private static Subscriber.Message event(long seq) {
        return Subscriber.Message.event(seq, "{\"seq\":" + seq + "}");
    }

    @Test
    void eventsDuringTheSnapshotAreNeitherLostNorSentTwice() {
        Recorded socket = new Recorded();
        Subscriber subscriber = new Subscriber(socket.session(), 1, null, Locale.ROOT, 16);
        subscriber.offer(event(4));
        subscriber.offer(event(5));
        subscriber.offer(event(6));
        subscriber.start(List.of("snapshot at 5"), 5);
        subscriber.offer(event(6));
        subscriber.offer(event(7));
        assertEquals(List.of("snapshot at 5", "{\"seq\":6}", "{\"seq\":7}"), socket.sent);
        assertEquals(null, socket.closed);
    }

    @Test
    void aGapAfterTheSnapshotMakesTheSocketResync() {
        Recorded socket = new Recorded();
        Subscriber subscriber = new Subscriber(socket.session(), 1, null, Locale.ROOT, 16);
        subscriber.start(List.of("snapshot at 5"), 5);
        subscriber.offer(event(7));
        assertEquals(List.of("snapshot at 5", "{\"type\":\"resync\",\"data\":{\"seq\":5}}"), socket.sent);
        assertEquals(Subscriber.RESYNC, socket.closed.getCloseCode().getCode());
    }

    @Test
    void aFrameIsTheTextBehindItsLength() {
        for (int length : new int[] {0, 125, 126, 65_535, 65_536}) {
            byte[] text = new byte[length];
            Arrays.fill(text, (byte) 'a');
            byte[] frame = TextFrames.frame(new String(text, StandardCharsets.UTF_8));
            int header = length < 126 ? 2 : length <= 65_535 ? 4 : 10;
            assertEquals((byte) 0x81, frame[0], "final text frame");
            long said = switch (header) {
                case 2 -> frame[1];
                case 4 -> ((frame[2] & 0xFF) << 8) | (frame[3] & 0xFF);
                default -> java.nio.ByteBuffer.wrap(frame, 2, 8).getLong();
            };
            assertEquals(length, said, () -> "length " + length);
            assertArrayEquals(text, Arrays.copyOfRange(frame, header, frame.length));
        }
        String vietnamese = "Mất tín hiệu";
        byte[] utf8 = vietnamese.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(utf8, Arrays.copyOfRange(TextFrames.frame(vietnamese), 2, 2 + utf8.length),
                "the length counts bytes, not characters");
        assertEquals(utf8.length, TextFrames.frame(vietnamese)[1]);
    }
}
