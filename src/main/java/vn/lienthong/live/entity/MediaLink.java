package vn.lienthong.live.entity;

/** The state of a point's audio/video path to the media server, as its browser reports it. */
public enum MediaLink {
    CONNECTED, RECONNECTING, FAILED
}
