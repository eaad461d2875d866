package vn.lienthong.scheduling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import vn.lienthong.scheduling.entity.AgendaItem;

/** Issue 3, point 8: what the invitation and the feed say, read back with the same calendar library. */
class MeetingCalendarTest {

    private static final Instant START = Instant.parse("2031-03-03T01:00:00Z");
    private static final Instant NOW = Instant.parse("2031-02-01T00:00:00Z");

    private static CalendarEvent event(long id, CalendarEvent.State state, String reason) {
        return new CalendarEvent(id, "Hội nghị trực tuyến về chuyển đổi số", START, START.plusSeconds(7200), 3,
                state, "94", "UBND tỉnh Sóc Trăng", "Phòng họp trực tuyến UBND tỉnh",
                "Trần Văn Minh, Chủ tịch UBND tỉnh",
                List.of(new AgendaItem("Báo cáo tình hình", "Sở Thông tin và Truyền thông", 30),
                        new AgendaItem("Thảo luận", null, null)),
                reason, URI.create("https://hop.soctrang.gov.vn/#/meetings/" + id));
    }

    private static Calendar parsed(Calendar calendar) {
        try {
            return new CalendarBuilder().build(new StringReader(MeetingCalendar.text(calendar)));
        } catch (IOException | ParserException e) {
            throw new AssertionError(e);
        }
    }

    private static String value(PropertyListAccessor component, String property) {
        return component.getProperty(property).map(Property::getValue).orElseThrow(
                () -> new AssertionError(property + " missing"));
    }

    @Test
    void anInvitationIsARequestWithAllTheMeetingSaysInUtc() {
        Calendar calendar = parsed(MeetingCalendar.invitation(event(7, CalendarEvent.State.CONFIRMED, null), NOW));

        assertEquals("REQUEST", value(calendar, Property.METHOD));
        assertEquals("2.0", value(calendar, Property.VERSION));
        assertFalse(value(calendar, Property.PRODID).isBlank());
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals("meeting-7@lienthong", value(event, Property.UID));
        assertEquals("3", value(event, Property.SEQUENCE));
        assertEquals("CONFIRMED", value(event, Property.STATUS));
        assertEquals("Hội nghị trực tuyến về chuyển đổi số", value(event, Property.SUMMARY));
        assertEquals("Phòng họp trực tuyến UBND tỉnh", value(event, Property.LOCATION));
        assertEquals(START, Instant.from(event.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow().getDate()));
        assertEquals("20310303T030000Z", value(event, Property.DTEND));
        String description = value(event, Property.DESCRIPTION);
        assertTrue(description.contains("1. Báo cáo tình hình (Sở Thông tin và Truyền thông) - 30 phút"), description);
        assertTrue(description.contains("2. Thảo luận"), description);
        assertTrue(description.contains("Đơn vị chủ trì: UBND tỉnh Sóc Trăng"), description);
        assertTrue(description.contains("Chủ trì: Trần Văn Minh, Chủ tịch UBND tỉnh"), description);
        Property organizer = event.getProperty(Property.ORGANIZER).orElseThrow();
        assertEquals("UBND tỉnh Sóc Trăng", organizer.getParameter("CN").orElseThrow().getValue());
        assertEquals("https://hop.soctrang.gov.vn/#/meetings/7", value(event, Property.URL));
    }

    @Test
    void aCancelledMeetingIsSentAsACancellationWithItsReason() {
        Calendar calendar = parsed(MeetingCalendar.invitation(event(7, CalendarEvent.State.CANCELLED,
                "Hoãn do bão"), NOW));

        assertEquals("CANCEL", value(calendar, Property.METHOD));
        VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
        assertEquals("CANCELLED", value(event, Property.STATUS));
        assertEquals("meeting-7@lienthong", value(event, Property.UID));
        assertTrue(value(event, Property.DESCRIPTION).startsWith("Cuộc họp không diễn ra. Lý do: Hoãn do bão"));
    }

    @Test
    void aFeedPublishesEveryMeetingWithTheSameUidsAsTheInvitations() {
        Calendar calendar = parsed(MeetingCalendar.feed("Lịch họp - Xã Hồ Đắc Kiện", List.of(
                event(7, CalendarEvent.State.CONFIRMED, null), event(8, CalendarEvent.State.CANCELLED, "Hoãn")), NOW));

        assertEquals("PUBLISH", value(calendar, Property.METHOD));
        assertEquals("Lịch họp - Xã Hồ Đắc Kiện", value(calendar, "X-WR-CALNAME"));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(List.of("meeting-7@lienthong", "meeting-8@lienthong"),
                events.stream().map(e -> value(e, Property.UID)).toList());
        assertEquals(List.of("CONFIRMED", "CANCELLED"), events.stream().map(e -> value(e, Property.STATUS)).toList());
    }
}
