/**
 * Video in the browser through the Janus VideoRoom media server: a room per meeting while it can be joined, and
 * per-join credentials that admit a participant to their own meeting's room only. The application never carries
 * media itself; it creates and destroys rooms and issues tokens through Janus's Admin API.
 */
package vn.lienthong.media;
