package vn.lienthong.scheduling.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;

/** Bookings on one day, written the way a clerk reads a schedule: "08:00" to "11:30", points 1, 2, 3. */
final class Bookings {

    static final LocalDate DAY = LocalDate.of(2026, 12, 15);
    /** The id a meeting not yet stored is checked under. */
    static final long NEW = 0;

    private Bookings() {
    }

    static Instant at(String time) {
        return DAY.atTime(LocalTime.parse(time)).atZone(MeetingTimes.VIETNAM).toInstant();
    }

    static Booking booking(long id, String start, String end, long... points) {
        return chaired(id, start, end, null, points);
    }

    static Booking chaired(long id, String start, String end, String chair, long... points) {
        return new Booking(id, "Cuộc họp " + id, at(start), at(end), set(points), chair);
    }

    /** A booking connecting {@code count} points numbered from {@code first}. */
    static Booking withPoints(long id, String start, String end, long first, int count) {
        Set<Long> points = new HashSet<>();
        LongStream.range(first, first + count).forEach(points::add);
        return new Booking(id, "Cuộc họp " + id, at(start), at(end), points, null);
    }

    private static Set<Long> set(long... points) {
        Set<Long> set = new HashSet<>();
        for (long point : points) {
            set.add(point);
        }
        return set;
    }
}
