package vn.lienthong.live.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.lienthong.live.entity.Stay;

/**
 * The arithmetic of the times a unit's point (or a delegate) was in a meeting: when it first came, when it last
 * left (none while it is still in) and how long it was in, counting a stay still open up to now and a time covered
 * by two overlapping stays once (a point may be heard again before its earlier stay was closed).
 */
public final class Stays {

    /** What the stays add up to; {@code lastLeft} is null while a stay is open, all null without stays. */
    public record Summary(Instant firstJoined, Instant lastLeft, boolean in, Duration total, List<Stay> stays) {

        public static final Summary NONE = new Summary(null, null, false, Duration.ZERO, List.of());

        public boolean isEmpty() {
            return stays.isEmpty();
        }
    }

    private Stays() {
    }

    public static Summary of(List<Stay> stays, Instant now) {
        if (stays.isEmpty()) {
            return Summary.NONE;
        }
        List<Stay> ordered = new ArrayList<>(stays);
        ordered.sort(Comparator.comparing(Stay::from));
        boolean in = ordered.stream().anyMatch(Stay::isOpen);
        Instant lastLeft = in ? null : ordered.stream().map(Stay::to).max(Comparator.naturalOrder()).orElseThrow();
        Duration total = Duration.ZERO;
        Instant coveredUpTo = null;
        for (Stay stay : ordered) {
            Instant from = coveredUpTo != null && coveredUpTo.isAfter(stay.from()) ? coveredUpTo : stay.from();
            Instant to = stay.isOpen() ? max(now, stay.from()) : stay.to();
            if (to.isAfter(from)) {
                total = total.plus(Duration.between(from, to));
            }
            coveredUpTo = coveredUpTo == null ? to : max(coveredUpTo, to);
        }
        return new Summary(ordered.get(0).from(), lastLeft, in, total, List.copyOf(ordered));
    }

    /** A duration as a clerk reads it and a spreadsheet takes it: "1:05:09", hours not wrapped at a day. */
    public static String clock(Duration duration) {
        long seconds = duration.getSeconds();
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
