package vn.lienthong.media.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.lienthong.media.boundary.MediaPublishers.Feeds;
import vn.lienthong.media.boundary.MediaPublishers.Stopped;
import vn.lienthong.media.control.JanusException;
import vn.lienthong.media.control.JanusServer;
import vn.lienthong.media.control.MediaBridges;
import vn.lienthong.media.control.MediaRooms;
import vn.lienthong.media.control.MediaSettings;
import vn.lienthong.media.control.Relays;
import vn.lienthong.media.control.RoomPublishers;
import vn.lienthong.media.control.RoomPublishers.Participant;

/**
 * Brings a meeting's rooms in line with who may publish: the join answer tells a page whether to publish, and
 * Janus, not the page, enforces it. In the provincial room every stream whose publisher id is not allowed now
 * (see {@link MediaPublishers}) is sent out, including ids no unit of the meeting holds; in a bridge's room no
 * point publishes at all, and the streams allowed in the provincial room are relayed into it, those no longer
 * allowed taken out. Asked after every change of the floor, the phase or a point, and by the timer for streams
 * that started since; it changes nothing when the rooms are as they should be.
 */
@ApplicationScoped
public class MediaGuard {

    private static final Logger LOG = Logger.getLogger(MediaGuard.class.getName());

    @Inject
    MediaSettings settings;

    @Inject
    MediaBridges bridges;

    @Inject
    MediaRooms rooms;

    @Inject
    RoomPublishers participants;

    @Inject
    Relays relays;

    @Inject
    MediaPublishers publishers;

    /** One meeting at a time, so that the timer and a change do not relay the same stream twice. */
    public synchronized void watch(long meetingId) {
        Optional<List<Participant>> inMain = participants.of(settings.main(), meetingId);
        if (inMain.isEmpty()) {
            return;
        }
        Feeds feeds = publishers.now(meetingId);
        List<Stopped> stopped = new ArrayList<>();
        Set<Long> relayable = new HashSet<>();
        for (Participant p : inMain.get()) {
            if (!p.publishing()) {
                continue;
            }
            if (feeds.allowed().contains(p.id())) {
                if (!p.remote()) {
                    relayable.add(p.id());
                }
                continue;
            }
            participants.kick(settings.main(), meetingId, p.id());
            String unit = feeds.unit(p.id());
            stopped.add(new Stopped(p.id(), p.display(), unit, unit == null ? "notIssued" : "notAllowed"));
        }
        for (JanusServer bridge : bridges.all()) {
            try {
                stopped.addAll(bridge(bridge, meetingId, feeds, relayable));
            } catch (JanusException e) {
                LOG.log(Level.WARNING, "bridge " + bridge.name() + " not brought in line for meeting " + meetingId
                        + "; the next watch tries again", e);
            }
        }
        publishers.stopped(meetingId, stopped);
    }

    private List<Stopped> bridge(JanusServer bridge, long meetingId, Feeds feeds, Set<Long> relayable) {
        Optional<List<Participant>> there = participants.of(bridge, meetingId);
        if (there.isEmpty()) {
            rooms.ensure(bridge, meetingId);
            there = Optional.of(List.of());
        }
        List<Stopped> stopped = new ArrayList<>();
        Set<Long> relayed = new HashSet<>();
        for (Participant p : there.get()) {
            if (p.remote()) {
                relayed.add(p.id());
            } else if (p.publishing()) {
                participants.kick(bridge, meetingId, p.id());
                stopped.add(new Stopped(p.id(), p.display(), feeds.unit(p.id()), "bridge:" + bridge.name()));
            }
        }
        for (long feed : relayed) {
            if (!relayable.contains(feed)) {
                relays.stop(bridge, meetingId, feed);
            }
        }
        for (long feed : relayable) {
            if (!relayed.contains(feed)) {
                relays.start(bridge, meetingId, feed, feeds.unit(feed));
            }
        }
        return stopped;
    }
}
