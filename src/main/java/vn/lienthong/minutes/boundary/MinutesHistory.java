package vn.lienthong.minutes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.minutes.control.MinutesSeal;
import vn.lienthong.minutes.control.MinutesText;
import vn.lienthong.minutes.control.MinutesVersions;
import vn.lienthong.minutes.control.TextDiff;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.boundary.MeetingAccess;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * The versions of a meeting's minutes as they were saved: listed, read, compared and verified, by whoever may see
 * the meeting (404 for everyone else, as for the meeting itself).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MinutesHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MeetingAccess access;

    @Inject
    MinutesVersions stored;

    public List<VersionView> versions(long meetingId) {
        visible(meetingId);
        return stored.all(meetingId, false).stream().map(VersionView::summary).toList();
    }

    public VersionView version(long meetingId, int number) {
        visible(meetingId);
        return VersionView.of(stored.find(meetingId, number, LockModeType.NONE));
    }

    public DiffView diff(long meetingId, int from, int to) {
        visible(meetingId);
        JsonObject a = MinutesSeal.parse(stored.find(meetingId, from, LockModeType.NONE).getContent());
        JsonObject b = MinutesSeal.parse(stored.find(meetingId, to, LockModeType.NONE).getContent());
        List<TextDiff.Segment> segments = TextDiff.lines(MinutesText.lines(a), MinutesText.lines(b));
        return new DiffView(from, to, count(segments, TextDiff.Op.INSERT), count(segments, TextDiff.Op.DELETE),
                segments);
    }

    /** Every locked version's hash recomputed from its stored content; 409 while the minutes are a draft. */
    public Verification verify(long meetingId) {
        visible(meetingId);
        List<Verification.Check> checks = stored.all(meetingId, true).stream()
                .map(v -> {
                    String recomputed = MinutesSeal.of(meetingId, v.getNumber(), v.getContent());
                    return new Verification.Check(v.getNumber(), v.getSha256(), recomputed,
                            recomputed.equals(v.getSha256()));
                }).toList();
        if (checks.isEmpty()) {
            throw ProblemException.conflict("minutes.notFinal");
        }
        Verification.Check last = checks.get(checks.size() - 1);
        return new Verification(last.n(), last.sha256(), checks.stream().allMatch(Verification.Check::valid), checks);
    }

    private void visible(long meetingId) {
        caller.identity();
        access.visible(em.find(Meeting.class, meetingId), meetingId);
    }

    private static int count(List<TextDiff.Segment> segments, TextDiff.Op op) {
        return (int) segments.stream().filter(s -> s.op() == op).count();
    }
}
