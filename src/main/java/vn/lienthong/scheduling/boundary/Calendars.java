package vn.lienthong.scheduling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.audit.control.AuditLog;
import vn.lienthong.audit.control.AuditLog.Action;
import vn.lienthong.directory.boundary.UnitNames;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.identity.control.TokenDigest;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.control.CalendarEvent;
import vn.lienthong.scheduling.control.MeetingCalendar;
import vn.lienthong.scheduling.control.MeetingTimes;
import vn.lienthong.scheduling.entity.CalendarLink;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * Meetings in calendar programs: the invitation to one meeting for a signed-in user, and each unit's feed behind
 * a secret link that a calendar program polls without signing in. Links are made and revoked by whoever answers
 * the unit's invitations, and both are audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Calendars {

    static final String ICS = "text/calendar; charset=UTF-8";

    private static final String ENTITY = "CalendarLink";

    /** How far back a feed reaches, so last month's meetings stay in the subscribed calendar. */
    static final Duration FEED_HISTORY = Duration.ofDays(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingAccess access;

    @Inject
    Caller caller;

    @Inject
    UnitNames unitNames;

    @Inject
    AuditLog audit;

    /** A file to save and open: the invitation to meeting {@code id}, if the caller may read it. */
    public String invitation(long id, URI apiBase) {
        Meeting meeting = access.visible(em.find(Meeting.class, id), id);
        return MeetingCalendar.text(MeetingCalendar.invitation(events(List.of(meeting), apiBase).get(0),
                Instant.now()));
    }

    /**
     * The feed behind a link, from {@link #FEED_HISTORY} ago on: every meeting the unit hosts (drafts as tentative),
     * and those it is invited to once they were approved and announced, as its inbox shows them.
     */
    public String feed(String token, URI apiBase) {
        List<CalendarLink> links = em.createQuery("SELECT l FROM CalendarLink l WHERE l.tokenHash = :hash"
                + " AND l.revokedAt IS NULL", CalendarLink.class)
                .setParameter("hash", TokenDigest.digest(token)).getResultList();
        if (links.isEmpty()) {
            throw ProblemException.notFound("calendarLink.feedNotFound");
        }
        String unit = links.get(0).getUnitCode();
        Instant now = Instant.now();
        List<Meeting> meetings = em.createQuery("SELECT m FROM Meeting m WHERE m.startsAt >= :from"
                + " AND (m.hostUnitCode = :unit OR (m.announcedAt IS NOT NULL AND EXISTS (SELECT i FROM Invitation i"
                + " WHERE i.meeting = m AND i.unitCode = :unit))) ORDER BY m.startsAt, m.id", Meeting.class)
                .setParameter("from", now.minus(FEED_HISTORY)).setParameter("unit", unit).getResultList();
        String name = "Lịch họp - " + unitNames.nameOn(unit, LocalDate.now(MeetingTimes.VIETNAM));
        return MeetingCalendar.text(MeetingCalendar.feed(name, events(meetings, apiBase), now));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public CalendarLinkView create(CalendarLinkRequest request, URI apiBase) {
        String unit = request.unit().strip();
        CallerIdentity who = keeper(unit);
        String token = TokenDigest.newToken();
        CalendarLink link = new CalendarLink(unit, TokenDigest.digest(token), who.username(), Instant.now());
        em.persist(link);
        em.flush();
        audit.record(Action.CREATE, ENTITY, link.getId(), null, CalendarLinkView.Snapshot.of(link));
        return CalendarLinkView.of(link, feedUrl(apiBase, token).toString());
    }

    /** The links of a unit that still work, newest first; their tokens are not kept, so no URL is shown. */
    public List<CalendarLinkView> list(String unit) {
        keeper(unit);
        return em.createQuery("SELECT l FROM CalendarLink l WHERE l.unitCode = :unit AND l.revokedAt IS NULL"
                + " ORDER BY l.createdAt DESC, l.id DESC", CalendarLink.class).setParameter("unit", unit)
                .getResultList().stream().map(l -> CalendarLinkView.of(l, null)).toList();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void revoke(long id) {
        caller.requireAny(Role.CLERK, Role.SECRETARIAT, Role.ADMIN);
        CalendarLink link = em.find(CalendarLink.class, id);
        if (link == null || link.isRevoked()) {
            throw ProblemException.notFound("calendarLink.notFound", id);
        }
        CallerIdentity who = keeper(link.getUnitCode());
        CalendarLinkView.Snapshot before = CalendarLinkView.Snapshot.of(link);
        link.revoke(who.username(), Instant.now());
        em.flush();
        audit.record(Action.DELETE, ENTITY, id, before, CalendarLinkView.Snapshot.of(link));
    }

    static URI feedUrl(URI apiBase, String token) {
        return apiBase.resolve("calendar/" + token + ".ics");
    }

    /** The meeting in the web UI, which sits one level above the API. */
    static URI meetingLink(URI apiBase, long id) {
        return URI.create(apiBase.resolve("..") + "#/meetings/" + id);
    }

    private CallerIdentity keeper(String unit) {
        CallerIdentity who = caller.requireAny(Role.CLERK, Role.SECRETARIAT, Role.ADMIN);
        if (unitNames.validOn(unit, LocalDate.now(MeetingTimes.VIETNAM)).isEmpty()) {
            throw ProblemException.invalid("unit", "calendarLink.unknownUnit", unit);
        }
        access.requireKeepsCalendarOf(who, unit);
        return who;
    }

    private List<CalendarEvent> events(List<Meeting> meetings, URI apiBase) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        Map<Long, String> points = pointNames(meetings.stream().map(Meeting::getHostPointId).distinct().toList());
        Map<Long, String> hosts = hostNames(meetings);
        return meetings.stream().map(m -> new CalendarEvent(m.getId(), m.getTitle(), m.getStart(), m.getEnd(),
                m.getIcsSequence(), state(m), m.getHostUnitCode(),
                hosts.getOrDefault(m.getId(), m.getHostUnitCode()), points.get(m.getHostPointId()), chair(m),
                List.copyOf(m.getAgenda()), state(m) == CalendarEvent.State.CANCELLED ? m.getStatusReason() : null,
                meetingLink(apiBase, m.getId()))).toList();
    }

    private static CalendarEvent.State state(Meeting meeting) {
        return switch (meeting.getStatus()) {
            case APPROVED -> CalendarEvent.State.CONFIRMED;
            case DRAFT, SUBMITTED -> CalendarEvent.State.TENTATIVE;
            case CANCELLED, REJECTED -> CalendarEvent.State.CANCELLED;
        };
    }

    private static String chair(Meeting meeting) {
        var chair = meeting.getChair();
        return chair.position() == null ? chair.name() : chair.name() + ", " + chair.position();
    }

    private Map<Long, String> pointNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        em.createQuery("SELECT p.id, p.name FROM MeetingPoint p WHERE p.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    /** The host's name as its invitation keeps it: the name valid on the meeting date. */
    private Map<Long, String> hostNames(List<Meeting> meetings) {
        Map<Long, String> names = new HashMap<>();
        em.createQuery("SELECT i.meeting.id, i.unitName FROM Invitation i WHERE i.meeting.id IN :ids"
                + " AND i.unitCode = i.meeting.hostUnitCode", Object[].class)
                .setParameter("ids", meetings.stream().map(Meeting::getId).toList()).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }
}
