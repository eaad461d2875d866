package vn.lienthong.live.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.lienthong.live.entity.AttendanceState;

/**
 * The arithmetic of the roll call: per tier (province, district, commune: the unit levels 1, 2, 3) how many units
 * are invited, how many are expected (they confirmed, or host the meeting) and how many are present (online, in the
 * room or represented). A unit that did not confirm but came counts as present all the same, so present may exceed
 * expected.
 */
public final class RollCall {

    /** An invited unit as the roll call sees it. */
    public record Line(String unitCode, String unitName, int level, boolean expected, List<String> delegates) {
    }

    /** The counts of one tier. */
    public record Tier(int level, int invited, int expected, int present) {

        public String name() {
            return switch (level) {
                case 1 -> "province";
                case 2 -> "district";
                case 3 -> "commune";
                default -> "level" + level;
            };
        }
    }

    private RollCall() {
    }

    /** The tiers that have invited units, from the province down. */
    public static List<Tier> tiers(List<Line> lines, Map<String, AttendanceState> states) {
        Map<Integer, int[]> counts = new TreeMap<>();
        for (Line line : lines) {
            int[] count = counts.computeIfAbsent(line.level(), level -> new int[3]);
            count[0]++;
            if (line.expected()) {
                count[1]++;
            }
            AttendanceState state = states.get(line.unitCode());
            if (state != null && state.isPresent()) {
                count[2]++;
            }
        }
        List<Tier> tiers = new ArrayList<>();
        counts.forEach((level, count) -> tiers.add(new Tier(level, count[0], count[1], count[2])));
        return tiers;
    }

    /** The expected units that are not present (absent, or not heard of). */
    public static List<Line> missing(List<Line> lines, Map<String, AttendanceState> states) {
        return lines.stream().filter(Line::expected)
                .filter(line -> states.get(line.unitCode()) == null || !states.get(line.unitCode()).isPresent())
                .toList();
    }
}
