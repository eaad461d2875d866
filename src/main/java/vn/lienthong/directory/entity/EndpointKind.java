package vn.lienthong.directory.entity;

/** How a meeting point connects to the conference. */
public enum EndpointKind {
    /** Staff join from a web browser. */
    BROWSER,
    /** A room system reached by SIP. */
    SIP,
    /** A room system reached by H.323. */
    H323
}
