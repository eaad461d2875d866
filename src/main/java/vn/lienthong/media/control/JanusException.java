package vn.lienthong.media.control;

/** Janus refused a request (its error code and reason), or could not be reached (code 0). */
public class JanusException extends RuntimeException {

    /** VideoRoom: no such room. */
    public static final int NO_SUCH_ROOM = 426;
    /** VideoRoom: the room exists already. */
    public static final int ROOM_EXISTS = 427;
    /** Janus core: the token is not known. */
    public static final int TOKEN_NOT_FOUND = 470;

    private final int code;

    public JanusException(int code, String reason) {
        super("Janus " + code + ": " + reason);
        this.code = code;
    }

    public JanusException(String reason, Throwable cause) {
        super("Janus unreachable: " + reason, cause);
        this.code = 0;
    }

    public int code() {
        return code;
    }
}
