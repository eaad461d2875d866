package vn.lienthong.scheduling.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The scheduling rules an installation sets through MicroProfile Config (e.g. {@code LIENTHONG_SCHEDULING_BRIDGE_PORTS}
 * in the environment). Wrong values stop the application at start instead of letting bookings fail later.
 */
@ApplicationScoped
public class SchedulingSettings {

    /** A meeting may never be searched for over a shorter span than this, even if the maximum is lowered later. */
    private static final Duration LONGEST_SEARCHED = Duration.ofHours(24);

    @Inject
    @ConfigProperty(name = "lienthong.scheduling.readiness-buffer-minutes", defaultValue = "30")
    int readinessMinutes;

    @Inject
    @ConfigProperty(name = "lienthong.scheduling.bridge-ports", defaultValue = "130")
    int bridgePorts;

    @Inject
    @ConfigProperty(name = "lienthong.scheduling.max-duration-hours", defaultValue = "12")
    int maxDurationHours;

    @Inject
    @ConfigProperty(name = "lienthong.scheduling.max-invited-units", defaultValue = "5000")
    int maxInvited;

    @Inject
    @ConfigProperty(name = "lienthong.scheduling.approval-required-below-province", defaultValue = "true")
    boolean approvalRequiredBelowProvince;

    /** How long before a meeting's start the invited units' answers are due. */
    @Inject
    @ConfigProperty(name = "lienthong.scheduling.rsvp-deadline-hours", defaultValue = "24")
    int rsvpDeadlineHours;

    private ConflictFinder conflictFinder;
    private MeetingTimes meetingTimes;
    private TierResolver tierResolver;

    @PostConstruct
    void check() {
        if (readinessMinutes < 0 || maxDurationHours < 1 || maxDurationHours > 24 * 7) {
            throw new IllegalStateException("lienthong.scheduling: readiness-buffer-minutes must be >= 0 and"
                    + " max-duration-hours between 1 and 168, not " + readinessMinutes + " and " + maxDurationHours);
        }
        if (rsvpDeadlineHours < 0) {
            throw new IllegalStateException("lienthong.scheduling.rsvp-deadline-hours must be >= 0, not "
                    + rsvpDeadlineHours);
        }
        conflictFinder = new ConflictFinder(readinessBuffer(), bridgePorts);
        meetingTimes = new MeetingTimes(Clock.systemUTC(), maxDuration());
        tierResolver = new TierResolver(maxInvited);
    }

    public Duration readinessBuffer() {
        return Duration.ofMinutes(readinessMinutes);
    }

    public Duration maxDuration() {
        return Duration.ofHours(maxDurationHours);
    }

    /**
     * How long a stored meeting may be at most, for bounding searches: the configured maximum, but never less
     * than a day, so that meetings booked under a larger maximum are still found.
     */
    public Duration longestStoredMeeting() {
        return maxDuration().compareTo(LONGEST_SEARCHED) > 0 ? maxDuration() : LONGEST_SEARCHED;
    }

    public Duration rsvpLead() {
        return Duration.ofHours(rsvpDeadlineHours);
    }

    public int bridgePorts() {
        return bridgePorts;
    }

    public boolean approvalRequiredBelowProvince() {
        return approvalRequiredBelowProvince;
    }

    public ConflictFinder conflictFinder() {
        return conflictFinder;
    }

    public MeetingTimes meetingTimes() {
        return meetingTimes;
    }

    public TierResolver tierResolver() {
        return tierResolver;
    }
}
