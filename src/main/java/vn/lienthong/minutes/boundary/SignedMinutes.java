package vn.lienthong.minutes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.List;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.minutes.entity.Minutes;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.boundary.DocumentView;
import vn.lienthong.scheduling.boundary.Documents;
import vn.lienthong.scheduling.boundary.MeetingAccess;
import vn.lienthong.scheduling.entity.DocumentPurpose;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * The signed scans of a meeting's minutes: the paper the chair and secretary signed, scanned (PDF, PNG or JPEG),
 * kept with the meeting's documents under the purpose {@code SIGNED_MINUTES}. Uploaded by a secretariat or an
 * administrator of the host unit (or a unit above it), and only once the minutes are locked: before that there is
 * no final text to sign. Listed by whoever may read the meeting; downloaded and deleted as any meeting document.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SignedMinutes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MeetingAccess access;

    @Inject
    Documents documents;

    @Transactional(Transactional.TxType.REQUIRED)
    public DocumentView upload(long meetingId, String fileName, String contentType, InputStream body) {
        Meeting meeting = visible(meetingId);
        access.requireManages(access.booker(), meeting);
        Minutes minutes = em.find(Minutes.class, meetingId);
        if (minutes == null || !minutes.getStatus().isLocked()) {
            throw ProblemException.conflict("minutes.signedBeforeFinal");
        }
        return documents.store(meeting, fileName, contentType, body, DocumentPurpose.SIGNED_MINUTES);
    }

    public List<DocumentView> list(long meetingId) {
        visible(meetingId);
        return documents.of(meetingId, DocumentPurpose.SIGNED_MINUTES);
    }

    private Meeting visible(long meetingId) {
        caller.identity();
        return access.visible(em.find(Meeting.class, meetingId), meetingId);
    }
}
