package vn.lienthong.media.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.lienthong.live.boundary.Changes;
import vn.lienthong.live.boundary.LiveAccess;
import vn.lienthong.live.entity.LiveMeeting;
import vn.lienthong.live.entity.PointKey;
import vn.lienthong.live.entity.PointStatus;
import vn.lienthong.media.control.IceServers;
import vn.lienthong.media.control.JanusException;
import vn.lienthong.media.control.JanusServer;
import vn.lienthong.media.control.MediaBridges;
import vn.lienthong.media.control.MediaRooms;
import vn.lienthong.media.control.MediaSettings;
import vn.lienthong.media.entity.MediaToken;
import vn.lienthong.media.entity.Publishing;
import vn.lienthong.platform.problem.Messages;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * A participant's way into the meeting's video: the same people as on the live socket's join page (a clerk, chair
 * or secretariat of an invited unit), from the opening of the readiness check until the end. Each join gets a
 * token of its own, admitted to this meeting's room only, and whether the unit's point may publish now, under
 * which publisher id ({@code feed}), through which ICE servers, and where it watches the others ({@code subscribe}:
 * the provincial room, or the room on the bridge that serves the unit).
 */
@ApplicationScoped
@Transactional
public class MediaJoins {

    private static final Logger LOG = Logger.getLogger(MediaJoins.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    LiveAccess access;

    @Inject
    Changes changes;

    @Inject
    MediaSettings settings;

    @Inject
    MediaRooms rooms;

    @Inject
    MediaBridges bridges;

    @Inject
    IceServers iceServers;

    public JsonObject join(long meetingId, Locale locale) {
        Meeting meeting = access.meeting(meetingId);
        Invitation unit = access.participant(meeting);
        if (!settings.configured()) {
            return unavailable("media.notConfigured", locale);
        }
        Instant now = Instant.now();
        LiveMeeting live = changes.locked(meeting, now);
        live.requireReadinessOpen();
        boolean publish = Publishing.allowed(unit.getUnitCode(), meeting.getHostUnitCode(), live.getPhase(),
                live.getFloorUnit(), checkAsked(meetingId, unit));
        MediaToken token = MediaToken.issue(meetingId, now.plus(settings.tokenLifetime()));
        JanusServer watchFrom = bridges.serving(unit.getUnitCode(), unit.getParentCode()).orElse(settings.main());
        try {
            rooms.ensure(settings.main(), meetingId);
            rooms.admit(settings.main(), token);
            if (!watchFrom.isMain()) {
                rooms.ensure(watchFrom, meetingId);
                rooms.admit(watchFrom, token);
            }
        } catch (JanusException e) {
            LOG.log(Level.WARNING, "no video for meeting " + meetingId, e);
            return unavailable("media.unreachable", locale);
        }
        return Json.createObjectBuilder()
                .add("available", true)
                .add("server", settings.janusUrl())
                .add("room", meetingId)
                .add("token", token.text())
                .add("pin", rooms.pin(meetingId))
                .add("unit", unit.getUnitCode())
                .add("display", unit.getUnitName())
                .add("publish", publish)
                .add("feed", rooms.feed(meetingId, unit.getUnitCode()))
                .add("iceServers", iceServers.forUnit(unit.getUnitCode(), token.expiresAt()))
                .add("subscribe", Json.createObjectBuilder().add("server", watchFrom.janusUrl()).add("room", meetingId)
                        .add("pin", rooms.pin(meetingId)).add("token", token.text()))
                .add("expiresAt", token.expiresAt().toString())
                .build();
    }

    private boolean checkAsked(long meetingId, Invitation unit) {
        if (unit.getPointId() == null) {
            return false;
        }
        PointStatus point = em.find(PointStatus.class, new PointKey(meetingId, unit.getPointId()));
        return point != null && point.getMediaCheckAt() != null;
    }

    private static JsonObject unavailable(String reason, Locale locale) {
        return Json.createObjectBuilder().add("available", false).add("reason", reason)
                .add("message", Messages.get(locale, reason)).build();
    }
}
