package vn.lienthong.scheduling.control;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import vn.lienthong.scheduling.entity.AgendaItem;
import vn.lienthong.scheduling.entity.MeetingKind;
import vn.lienthong.scheduling.entity.MeetingStatus;

/**
 * Everything an invitation letter says, gathered from the meeting, its letter number and the directory on the
 * meeting date, so that laying it out needs neither the container nor the database.
 *
 * @param reference  the number, e.g. "15/GM-UBND"; {@code null} for a letter that has none (a draft, or a meeting
 *                   rejected or cancelled before it was approved)
 * @param date       the date the letter bears (its issue date); {@code null} leaves the day and month blank, as a
 *                   draft's are
 * @param year       the year the date line shows
 * @param reason     why the meeting was rejected or cancelled; {@code null} otherwise
 * @param invited    the units invited besides the host, by tier and code
 * @param readiness  how long before the start the meeting points are expected ready
 * @param sequence   the meeting's iCalendar sequence, which grows with every change
 */
public record LetterContent(Issuer issuer, String reference, LocalDate date, int year, Standing standing,
                            String reason, long meetingId, int sequence, String title, MeetingKind kind,
                            ZonedDateTime start, ZonedDateTime end, Venue venue, Signer chair,
                            List<AgendaItem> agenda, List<Invitee> invited, ZonedDateTime answerDeadline,
                            Duration readiness) {

    public LetterContent {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(standing, "standing");
        agenda = List.copyOf(agenda);
        invited = List.copyOf(invited);
    }

    /** The issuing People's Committee: the header lines, its name in a sentence, the place of the date line. */
    public record Issuer(List<String> lines, String inText, String place) {
    }

    /** Where the host sits: its unit, meeting point, room and address (the last two may be {@code null}). */
    public record Venue(String unitName, String pointName, String room, String address) {
    }

    /** Who signs: the meeting's chair. */
    public record Signer(String name, String position) {
    }

    /** An invited unit and the meeting point it joins from ({@code null} when it has none yet). */
    public record Invitee(String code, String name, int level, String pointName) {
    }

    /** What the letter is worth, from the meeting's state. */
    public enum Standing {
        /** Approved: the letter is issued and numbered. */
        OFFICIAL(null),
        /** Booked or waiting for approval: a draft, marked so, without a number. */
        DRAFT("DỰ THẢO"),
        /** The approval was refused: the letter was never valid. */
        REJECTED("KHÔNG ĐƯỢC DUYỆT"),
        /** The meeting will not take place: the letter (with its number, if it had one) is void. */
        CANCELLED("ĐÃ HỦY");

        private final String mark;

        Standing(String mark) {
            this.mark = mark;
        }

        /** The word stamped across every page; {@code null} for an issued letter. */
        public String mark() {
            return mark;
        }

        public static Standing of(MeetingStatus status) {
            return switch (status) {
                case APPROVED -> OFFICIAL;
                case DRAFT, SUBMITTED -> DRAFT;
                case REJECTED -> REJECTED;
                case CANCELLED -> CANCELLED;
            };
        }
    }
}
