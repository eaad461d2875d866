package vn.lienthong.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.live.entity.AttendanceState;

/** Issue 4, roll call: live counts per tier, e.g. districts 11/11, communes 104/109 present. */
class RollCallTest {

    private static RollCall.Line unit(String code, int level, boolean expected) {
        return new RollCall.Line(code, "Đơn vị " + code, level, expected, List.of());
    }

    @Test
    void countsInvitedExpectedAndPresentPerTierFromTheProvinceDown() {
        List<RollCall.Line> lines = new ArrayList<>();
        Map<String, AttendanceState> states = new HashMap<>();
        lines.add(unit("94", 1, true));
        states.put("94", AttendanceState.PRESENT_ROOM);
        for (int d = 0; d < 11; d++) {
            lines.add(unit("9" + d, 2, true));
            states.put("9" + d, AttendanceState.PRESENT_ONLINE);
        }
        for (int c = 0; c < 109; c++) {
            lines.add(unit("3" + c, 3, true));
            if (c < 103) {
                states.put("3" + c, AttendanceState.PRESENT_ONLINE);
            }
        }
        states.put("3103", AttendanceState.REPRESENTED);
        states.put("3104", AttendanceState.ABSENT);

        List<RollCall.Tier> tiers = RollCall.tiers(lines, states);

        assertEquals(List.of(new RollCall.Tier(1, 1, 1, 1), new RollCall.Tier(2, 11, 11, 11),
                new RollCall.Tier(3, 109, 109, 104)), tiers);
        assertEquals(List.of("province", "district", "commune"), tiers.stream().map(RollCall.Tier::name).toList());
        assertEquals(5, RollCall.missing(lines, states).size(), "absent ones and the ones not heard of");
    }

    @Test
    void aUnitThatDidNotConfirmButCameCountsAsPresentNotAsExpected() {
        List<RollCall.Line> lines = List.of(unit("31570", 3, true), unit("31573", 3, false), unit("31531", 3, false));
        Map<String, AttendanceState> states = Map.of("31573", AttendanceState.PRESENT_ONLINE,
                "31531", AttendanceState.ABSENT);

        assertEquals(List.of(new RollCall.Tier(3, 3, 1, 1)), RollCall.tiers(lines, states));
        assertEquals(List.of("31570"), RollCall.missing(lines, states).stream().map(RollCall.Line::unitCode).toList());
    }

    @Test
    void noInvitedUnitsNoTiers() {
        assertEquals(List.of(), RollCall.tiers(List.of(), Map.of()));
    }
}
