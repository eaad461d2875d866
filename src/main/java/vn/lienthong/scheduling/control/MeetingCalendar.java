package vn.lienthong.scheduling.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;
import vn.lienthong.scheduling.entity.AgendaItem;

/**
 * Meetings as iCalendar (RFC 5545): the invitation of one meeting (METHOD:REQUEST, or METHOD:CANCEL once it will
 * not take place) and a unit's subscription feed (METHOD:PUBLISH). Both give a meeting the same UID, so a calendar
 * program that has the invitation updates it from the feed instead of showing the meeting twice; SEQUENCE tells
 * it which version is newer. Times are written in UTC, so no VTIMEZONE is needed.
 */
public final class MeetingCalendar {

    static final String PRODUCT = "-//UBND tinh Soc Trang//Lien Thong//VI";

    private MeetingCalendar() {
    }

    /** The UID of a meeting in every calendar this system produces. */
    public static String uid(long meetingId) {
        return "meeting-" + meetingId + "@lienthong";
    }

    /** The invitation to one meeting, as sent to (or downloaded by) an invited unit. */
    public static Calendar invitation(CalendarEvent event, Instant now) {
        String method = event.state() == CalendarEvent.State.CANCELLED ? Method.VALUE_CANCEL : Method.VALUE_REQUEST;
        Calendar calendar = header(method);
        calendar.add(event(event, now));
        return calendar;
    }

    /** A unit's feed: every meeting given, cancelled ones marked so. */
    public static Calendar feed(String name, List<CalendarEvent> events, Instant now) {
        Calendar calendar = header(Method.VALUE_PUBLISH);
        // the name Outlook and Thunderbird show for a subscribed calendar
        calendar.add(new XProperty("X-WR-CALNAME", name));
        events.forEach(e -> calendar.add(event(e, now)));
        return calendar;
    }

    /** The text of a calendar, folded as RFC 5545 requires. */
    public static String text(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            // iTIP validation would ask for attendees with e-mail addresses, which units do not have here
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static Calendar header(String method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new Method(method));
        return calendar;
    }

    private static VEvent event(CalendarEvent event, Instant now) {
        VEvent vevent = new VEvent(event.start(), event.end(), event.title());
        vevent.add(new Uid(uid(event.meetingId())));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new DtStamp(now));
        vevent.add(new Status(switch (event.state()) {
            case TENTATIVE -> Status.VALUE_TENTATIVE;
            case CONFIRMED -> Status.VALUE_CONFIRMED;
            case CANCELLED -> Status.VALUE_CANCELLED;
        }));
        vevent.add(new Description(description(event)));
        if (event.location() != null) {
            vevent.add(new Location(event.location()));
        }
        vevent.add(new Organizer(new ParameterList(List.of(new Cn(event.hostUnitName()))),
                organizer(event.hostUnitCode())));
        if (event.link() != null) {
            vevent.add(new Url(event.link()));
        }
        return vevent;
    }

    /**
     * Units have no mailbox in the directory; the organizer is named by its unit code at a domain that never
     * receives mail, so a calendar program shows the unit's name and sends no reply anywhere.
     */
    static URI organizer(String unitCode) {
        return URI.create("mailto:donvi-" + unitCode.toLowerCase(Locale.ROOT) + "@lienthong.invalid");
    }

    static String description(CalendarEvent event) {
        List<String> lines = new ArrayList<>();
        if (event.cancelReason() != null) {
            lines.add("Cuộc họp không diễn ra. Lý do: " + event.cancelReason());
            lines.add("");
        }
        if (!event.agenda().isEmpty()) {
            lines.add("Nội dung:");
            int n = 1;
            for (AgendaItem item : event.agenda()) {
                StringBuilder line = new StringBuilder().append(n++).append(". ").append(item.title());
                if (item.presenter() != null) {
                    line.append(" (").append(item.presenter()).append(')');
                }
                if (item.plannedMinutes() != null) {
                    line.append(" - ").append(item.plannedMinutes()).append(" phút");
                }
                lines.add(line.toString());
            }
            lines.add("");
        }
        lines.add("Đơn vị chủ trì: " + event.hostUnitName());
        lines.add("Chủ trì: " + event.chair());
        if (event.link() != null) {
            lines.add("Chi tiết: " + event.link());
        }
        return String.join("\n", lines);
    }
}
