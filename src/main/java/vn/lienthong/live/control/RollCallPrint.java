package vn.lienthong.live.control;

import java.time.Instant;
import java.time.ZonedDateTime;
import vn.lienthong.live.entity.LivePhase;
import vn.lienthong.scheduling.control.LetterContent;
import vn.lienthong.scheduling.entity.MeetingKind;

/**
 * What the printed roll call needs: the host as issuer, the meeting, the phase it is in (the list of a meeting
 * still going on says it is provisional) and the roll call at {@code printedAt}.
 */
public record RollCallPrint(LetterContent.Issuer issuer, long meetingId, String title, MeetingKind kind,
                            ZonedDateTime start, ZonedDateTime end, String venue, String chair, LivePhase phase,
                            Instant printedAt, RollCallSheet sheet) {
}
