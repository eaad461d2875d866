package vn.lienthong.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.lienthong.live.control.AttendanceCsv;
import vn.lienthong.live.control.LiveState;
import vn.lienthong.live.control.RollCallPdf;
import vn.lienthong.live.control.RollCallPrint;
import vn.lienthong.live.entity.LiveMeeting;
import vn.lienthong.live.entity.LivePhase;
import vn.lienthong.platform.boundary.Dates;
import vn.lienthong.scheduling.boundary.MeetingHost;
import vn.lienthong.scheduling.entity.Meeting;

/** The roll call for whoever may follow the meeting: as CSV for a spreadsheet and as a PDF to print and file. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RollCallExports {

    @Inject
    LiveAccess access;

    @Inject
    LiveState state;

    @Inject
    MeetingHost host;

    @PersistenceContext
    EntityManager em;

    /** A file to send and the name to save it under. */
    public record Export(byte[] content, String fileName) {
    }

    public Export csv(long meetingId) {
        Meeting meeting = access.meeting(meetingId);
        return new Export(AttendanceCsv.write(state.rollCall(meeting, Instant.now())),
                "diem-danh-" + meetingId + ".csv");
    }

    public Export pdf(long meetingId) {
        Meeting meeting = access.meeting(meetingId);
        Instant now = Instant.now();
        LiveMeeting live = em.find(LiveMeeting.class, meetingId);
        RollCallPrint print = new RollCallPrint(host.issuer(meeting), meetingId, meeting.getTitle(),
                meeting.getKind(), meeting.getStart().atZone(Dates.VIETNAM), meeting.getEnd().atZone(Dates.VIETNAM),
                host.venueLine(meeting), meeting.getChair().name(), live == null ? LivePhase.SCHEDULED
                : live.getPhase(), now, state.rollCall(meeting, now));
        return new Export(RollCallPdf.render(print), "Danh sách điểm danh cuộc họp " + meetingId + ".pdf");
    }
}
