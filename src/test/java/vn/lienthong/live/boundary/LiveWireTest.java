package vn.lienthong.live.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A live change crosses the cluster topic as text and comes out the same, whatever its data holds. */
class LiveWireTest {

    @Test
    void aChangeComesOutAsItWentIn() {
        LiveChanged change = new LiveChanged(42, 7, "point",
                "{\"pointId\":3,\"note\":\"Mất tín hiệu\\nlần 2\",\"raw\":\"a\nb\"}");
        assertEquals(change, LiveWire.decode(LiveWire.encode(change)));
    }

    @Test
    void textThatIsNotAChangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LiveWire.decode("42\n7"));
    }
}
