package vn.lienthong.scheduling.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How many ports of the bridge (MCU) are busy while a booking runs. A meeting holds one port per meeting point
 * from the start of its readiness time (connection tests before the meeting) until its end.
 */
public final class BridgeLoad {

    /**
     * The busiest instant during the booking, the earliest if several are as busy.
     *
     * @param points   ports busy then, the booking's own included
     * @param meetings the other meetings connected then, by start and id
     */
    public record Peak(Instant at, int points, List<Booking> meetings) {

        public Peak {
            meetings = List.copyOf(meetings);
        }
    }

    private record Change(Instant at, int ports) {
    }

    // at the same instant, ports are released before they are taken: a meeting ending at 08:00 and one connecting
    // at 08:00 never hold ports together
    private static final Comparator<Change> IN_TIME_ORDER =
            Comparator.comparing(Change::at).thenComparingInt(Change::ports);

    private BridgeLoad() {
    }

    /**
     * Sweeps over the connect and disconnect instants of the meetings that overlap the booking (its readiness time
     * included), in O(n log n) for n meetings. Meetings outside the booking's time are ignored: whatever load they
     * make elsewhere does not concern this booking.
     */
    public static Peak peak(Booking booking, Collection<Booking> others, Duration readiness) {
        Instant from = booking.start().minus(readiness);
        Instant to = booking.end();
        List<Booking> overlapping = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (Booking other : others) {
            Instant connect = later(other.start().minus(readiness), from);
            Instant disconnect = earlier(other.end(), to);
            if (other.meetingId() != booking.meetingId() && connect.isBefore(disconnect)) {
                overlapping.add(other);
                changes.add(new Change(connect, other.pointIds().size()));
                changes.add(new Change(disconnect, -other.pointIds().size()));
            }
        }
        changes.sort(IN_TIME_ORDER);
        int load = booking.pointIds().size();
        int peakLoad = load;
        Instant peakAt = from;
        for (Change change : changes) {
            load += change.ports();
            if (load > peakLoad) {
                peakLoad = load;
                peakAt = change.at();
            }
        }
        List<Booking> atPeak = new ArrayList<>();
        for (Booking other : overlapping) {
            Instant connect = later(other.start().minus(readiness), from);
            if (!connect.isAfter(peakAt) && other.end().isAfter(peakAt)) {
                atPeak.add(other);
            }
        }
        atPeak.sort(Comparator.comparing(Booking::start).thenComparingLong(Booking::meetingId));
        return new Peak(peakAt, peakLoad, atPeak);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
