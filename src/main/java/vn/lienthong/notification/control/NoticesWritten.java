package vn.lienthong.notification.control;

/**
 * Fired in the transaction that wrote notifications, observed after it commits (mail now, live updates later):
 * which meeting, the batch of rows written, how many, and whether mail for them waits in the outbox.
 */
public record NoticesWritten(long meetingId, String batch, int count, boolean mailQueued) {
}
