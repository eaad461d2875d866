package vn.lienthong.platform.problem;

import java.io.IOException;

/** Thrown while reading a request body that is larger than the endpoint accepts. */
public class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
