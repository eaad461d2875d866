package vn.lienthong.scheduling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.directory.boundary.UnitNames;
import vn.lienthong.directory.entity.AdministrativeUnit;
import vn.lienthong.directory.entity.MeetingPoint;
import vn.lienthong.directory.entity.PointDetails;
import vn.lienthong.scheduling.control.LetterContent;
import vn.lienthong.scheduling.control.LetterWording;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * The host of a meeting as its documents name it (invitation letter, minutes, conclusion notice): its People's
 * Committee as the issuer, under the unit's name on the meeting date, and where it sits.
 */
@ApplicationScoped
public class MeetingHost {

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitNames unitNames;

    /** The host unit's name as the meeting has it (copied at booking), or as the directory had it that day. */
    public String name(Meeting meeting) {
        LocalDate day = MeetingAccess.dayOf(meeting);
        return meeting.invitation(meeting.getHostUnitCode()).map(Invitation::getUnitName)
                .orElseGet(() -> unitNames.nameOn(meeting.getHostUnitCode(), day));
    }

    public LetterContent.Issuer issuer(Meeting meeting) {
        String type = unitNames.versionOn(meeting.getHostUnitCode(), MeetingAccess.dayOf(meeting))
                .map(AdministrativeUnit::getType).orElse(null);
        return LetterWording.issuer(name(meeting), type);
    }

    public LetterContent.Venue venue(Meeting meeting) {
        String hostName = name(meeting);
        MeetingPoint point = em.find(MeetingPoint.class, meeting.getHostPointId());
        if (point == null) {
            return new LetterContent.Venue(hostName, "Trụ sở " + hostName, null, null);
        }
        PointDetails details = point.details();
        return new LetterContent.Venue(hostName, details.name(), details.room(), details.address());
    }

    /** The venue in one line: "Điểm cầu Tỉnh Sóc Trăng (Phòng họp trực tuyến, 01 Trần Hưng Đạo)". */
    public String venueLine(Meeting meeting) {
        LetterContent.Venue venue = venue(meeting);
        List<String> where = new ArrayList<>();
        if (venue.room() != null) {
            where.add(venue.room());
        }
        if (venue.address() != null) {
            where.add(venue.address());
        }
        return venue.pointName() + (where.isEmpty() ? "" : " (" + String.join(", ", where) + ")");
    }
}
