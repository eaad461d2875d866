package vn.lienthong.live.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import vn.lienthong.live.entity.AttendanceState;
import vn.lienthong.live.entity.Stay;

/** How the printed and exported roll call words things, in Vietnamese and Vietnam time. */
public final class RollCallWords {

    public static final String NOT_HEARD = "Chưa có mặt";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private RollCallWords() {
    }

    public static String tier(int level) {
        return switch (level) {
            case 1 -> "Tỉnh";
            case 2 -> "Huyện";
            case 3 -> "Xã";
            default -> Integer.toString(level);
        };
    }

    public static String state(AttendanceState state) {
        if (state == null) {
            return NOT_HEARD;
        }
        return switch (state) {
            case PRESENT_ONLINE -> "Có mặt (trực tuyến)";
            case PRESENT_ROOM -> "Có mặt (tại phòng họp)";
            case ABSENT -> "Vắng";
            case REPRESENTED -> "Có người dự thay";
        };
    }

    /** "08:05:09 27/11/2026", or "" for none. */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** "08:05", or "" for none. */
    public static String clock(Instant instant) {
        return instant == null ? "" : CLOCK.format(instant);
    }

    /** The stays one after the other: "08:05:09 27/11/2026 - 09:30:00 27/11/2026; ...", an open one without end. */
    public static String stays(Stays.Summary summary) {
        return summary.stays().stream().map(RollCallWords::stay).collect(Collectors.joining("; "));
    }

    private static String stay(Stay stay) {
        return time(stay.from()) + " - " + time(stay.to());
    }
}
