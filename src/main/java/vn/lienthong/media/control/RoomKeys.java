package vn.lienthong.media.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A meeting's room in Janus: its number is the meeting's id, and its secret and PIN are derived from
 * {@code lienthong.media.room-secret}, so that every instance of the application, before and after a restart,
 * finds and drives the same room without storing anything.
 */
public final class RoomKeys {

    private final byte[] key;

    public RoomKeys(String roomSecret) {
        this.key = roomSecret.getBytes(StandardCharsets.UTF_8);
    }

    public static long room(long meetingId) {
        return meetingId;
    }

    /** The secret that edits and destroys the room: never sent to a browser. */
    public String secret(long meetingId) {
        return HexFormat.of().formatHex(mac("room-secret:" + meetingId), 0, 16);
    }

    /** The room's PIN, eight digits, given to the meeting's participants with their token. */
    public String pin(long meetingId) {
        byte[] mac = mac("room-pin:" + meetingId);
        long value = 0;
        for (int i = 0; i < 7; i++) {
            value = (value << 8) | (mac[i] & 0xff);
        }
        return String.format("%08d", value % 100_000_000L);
    }

    /**
     * The VideoRoom publisher id of {@code unitCode}'s point in the meeting: the same on every join and every
     * instance, different in every meeting, and not to be worked out by another unit (it needs the room secret).
     * Between 1 and 2^52, so that a browser holds it exactly as a JavaScript number.
     */
    public long feed(long meetingId, String unitCode) {
        byte[] mac = mac("feed:" + meetingId + ":" + unitCode);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (mac[i] & 0xff);
        }
        return (value >>> 12) + 1;
    }

    private byte[] mac(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
