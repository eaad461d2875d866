package vn.lienthong.live.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.live.entity.Attendance;
import vn.lienthong.live.entity.AttendanceState;
import vn.lienthong.live.entity.PersonAttendance;

/**
 * The roll call of a meeting as it stands, read once for the wall, the exports and the minutes: the invited units,
 * the word on each unit and delegate, and when each unit's point and each delegate was in the meeting.
 */
public record RollCallSheet(List<RollCall.Line> lines, Map<String, Attendance> attendance,
                            Map<String, Map<Integer, PersonAttendance>> persons, Map<String, Stays.Summary> unitStays,
                            Map<String, Map<Integer, Stays.Summary>> personStays) {

    public Attendance attendanceOf(String unitCode) {
        return attendance.get(unitCode);
    }

    public Map<Integer, PersonAttendance> personsOf(String unitCode) {
        return persons.getOrDefault(unitCode, Map.of());
    }

    public Stays.Summary staysOf(String unitCode) {
        return unitStays.getOrDefault(unitCode, Stays.Summary.NONE);
    }

    public Stays.Summary staysOf(String unitCode, int ordinal) {
        return personStays.getOrDefault(unitCode, Map.of()).getOrDefault(ordinal, Stays.Summary.NONE);
    }

    public List<RollCall.Tier> tiers() {
        Map<String, AttendanceState> states = new HashMap<>();
        attendance.forEach((unit, a) -> states.put(unit, a.getState()));
        return RollCall.tiers(lines, states);
    }
}
