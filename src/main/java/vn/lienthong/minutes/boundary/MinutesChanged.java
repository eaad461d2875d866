package vn.lienthong.minutes.boundary;

import vn.lienthong.minutes.entity.MinutesStatus;
import vn.lienthong.minutes.entity.VersionKind;

/**
 * Fired when a new version of a meeting's minutes is written; observers act after the commit
 * ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}), so they never see a version that was rolled back.
 */
public record MinutesChanged(long meetingId, int version, VersionKind kind, MinutesStatus status) {
}
