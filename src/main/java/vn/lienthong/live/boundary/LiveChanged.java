package vn.lienthong.live.boundary;

import java.io.Serializable;

/**
 * One committed change of a live meeting, as the socket sends it: {@code {"seq": n, "type": ..., "data": ...}}.
 * Small and serializable (no entity), so it can travel to the other instances of a cluster.
 *
 * @param data the JSON text of the changed piece
 */
public record LiveChanged(long meetingId, long seq, String type, String data) implements Serializable {

    /** The message the socket sends for it. */
    public String message() {
        return "{\"seq\":" + seq + ",\"type\":\"" + type + "\",\"data\":" + data + "}";
    }
}
