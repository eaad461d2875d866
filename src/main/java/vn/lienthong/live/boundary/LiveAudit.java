package vn.lienthong.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.lienthong.audit.control.AuditLog;
import vn.lienthong.audit.control.AuditLog.Action;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * The acts of a live meeting in the audit log, all under the meeting ("LiveMeeting", its id), so that filtering the
 * log by the meeting gives its whole course: who (the log's actor and their unit), the meeting's title, the unit
 * the act concerns and what was done.
 */
@ApplicationScoped
public class LiveAudit {

    static final String ENTITY = "LiveMeeting";

    @Inject
    AuditLog log;

    /** An act concerning the meeting as a whole, or the unit {@code unitCode} when not null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Action action, Meeting meeting, String unitCode, Map<String, ?> details) {
        record(action, meeting, unitCode, null, details);
    }

    /** A change of the roll call: {@code before} and {@code after} are the word on the unit or delegate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Action action, Meeting meeting, String unitCode, Map<String, ?> before, Map<String, ?> after) {
        log.record(action, ENTITY, meeting.getId(), before == null ? null : described(meeting, unitCode, before),
                described(meeting, unitCode, after));
    }

    /** Details by name and value, in this order, leaving out those without a value: ("topic", t, "option", o). */
    static Map<String, Object> details(Object... namesAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                details.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return details;
    }

    private static Map<String, Object> described(Meeting meeting, String unitCode, Map<String, ?> details) {
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("meeting", meeting.getTitle());
        if (unitCode != null) {
            what.put("unit", unitCode);
            meeting.invitation(unitCode).map(Invitation::getUnitName).ifPresent(name -> what.put("unitName", name));
        }
        details.forEach((name, value) -> {
            if (value != null) {
                what.put(name, value);
            }
        });
        return what;
    }
}
