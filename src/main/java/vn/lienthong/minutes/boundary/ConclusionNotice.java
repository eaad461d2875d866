package vn.lienthong.minutes.boundary;

import java.time.Instant;
import java.util.List;
import vn.lienthong.minutes.entity.MinutesStatus;

/**
 * The conclusion notice (thông báo kết luận) of a meeting: its conclusions as the newest minutes state them
 * (the finalised or amended text once there is one) and the tasks each of them gave.
 */
public record ConclusionNotice(long meetingId, String title, String hostUnit, String hostUnitName, Instant start,
                               String chair, MinutesStatus minutesStatus, int minutesVersion,
                               List<Conclusion> conclusions) {

    public record Conclusion(int n, String text, List<TaskView> tasks) {
    }
}
