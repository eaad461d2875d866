package vn.lienthong.minutes.control;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import vn.lienthong.scheduling.control.LetterContent;
import vn.lienthong.scheduling.entity.MeetingKind;

/**
 * Everything the PDF of a conclusion notice (thông báo kết luận) says: the meeting, the conclusions of its newest
 * locked minutes with the tasks they gave, and the units the notice is sent to.
 *
 * @param date       the date the notice bears: the day the minutes were locked (or last amended)
 * @param version    the locked version of the minutes the conclusions are taken from
 * @param recipients the units with tasks (leading or supporting), each once, in the order the tasks name them
 */
public record NoticePrint(LetterContent.Issuer issuer, long meetingId, String title, MeetingKind kind,
                          ZonedDateTime start, ZonedDateTime end, String venue, String chair, String chairPosition,
                          LocalDate date, int version, String sha256, List<Conclusion> conclusions,
                          List<String> recipients) {

    public NoticePrint {
        Objects.requireNonNull(issuer, "issuer");
        conclusions = List.copyOf(conclusions);
        recipients = List.copyOf(recipients);
    }

    /** A conclusion: its number (1, 2, ...), its formatted text, its tasks. */
    public record Conclusion(int n, String text, List<Assignment> tasks) {
    }

    /** A task as the notice gives it: what, which unit leads, which support, by when. */
    public record Assignment(String title, String lead, List<String> supporting, LocalDate deadline) {
    }
}
