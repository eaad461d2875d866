package vn.lienthong.live.entity;

/** Whether a meeting point is in the meeting now. */
public enum Connection {
    ONLINE, OFFLINE;

    /** Who reports it: the join page's heartbeats, or a SIP/H.323 integration through the API. */
    public enum Source {
        BROWSER, INTEGRATION
    }
}
