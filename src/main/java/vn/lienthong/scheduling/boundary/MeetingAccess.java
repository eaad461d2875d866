package vn.lienthong.scheduling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import vn.lienthong.directory.boundary.UnitNames;
import vn.lienthong.directory.entity.AdministrativeUnit;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.control.BridgeSchedule;
import vn.lienthong.scheduling.control.MeetingTimes;
import vn.lienthong.scheduling.control.SchedulingSettings;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * Who may do what with meetings.
 * <ul>
 * <li>Booking and changing: a secretariat (or an administrator) for its own unit or a unit below it, in the
 * hierarchy of the meeting date. Clerks, chairs, technicians and archivists cannot.</li>
 * <li>Approving and rejecting: the provincial secretariat (or a provincial administrator) of the host's province.
 * What the provincial secretariat submits itself is approved at once; what an office below the province submits
 * waits for it, unless {@code lienthong.scheduling.approval-required-below-province=false}.</li>
 * <li>Reading: every signed-in user reads open meetings; a confidential meeting only the invited units (the host
 * among them), the unit that booked it and the provincial administrators and secretariat. To everyone else it
 * does not exist (404), and conflicts with it are reported without its title.</li>
 * <li>Answering an invitation (RSVP): the invited unit's clerk, or a secretariat or administrator of that unit or
 * a unit above it. Reading the answers of all units: a secretariat or administrator of the host or a unit above
 * it, and the meeting's chair.</li>
 * <li>Calendar links of a unit: whoever answers its invitations.</li>
 * </ul>
 */
@ApplicationScoped
public class MeetingAccess {

    @Inject
    Caller caller;

    @Inject
    UnitNames unitNames;

    @Inject
    SchedulingSettings settings;

    /** The caller if it may book at all: 403 otherwise, before anything else is looked at. */
    public CallerIdentity booker() {
        return caller.requireAny(Role.ADMIN, Role.SECRETARIAT);
    }

    /** 403 unless the caller's unit is {@code hostUnit} or above it on {@code day}. */
    public void requireManages(CallerIdentity who, String hostUnit, LocalDate day) {
        if (!unitNames.selfAndAncestors(hostUnit, day).contains(who.unitCode())) {
            throw ProblemException.forbidden("meeting.otherUnit", hostUnit);
        }
    }

    public void requireManages(CallerIdentity who, Meeting meeting) {
        requireManages(who, meeting.getHostUnitCode(), dayOf(meeting));
    }

    /** The caller if it may approve or reject {@code meeting}: 403 otherwise. */
    public CallerIdentity approver(Meeting meeting) {
        CallerIdentity who = caller.requireAny(Role.ADMIN, Role.SECRETARIAT);
        if (!isProvincial(who) || !unitNames.selfAndAncestors(meeting.getHostUnitCode(), dayOf(meeting))
                .contains(who.unitCode())) {
            throw ProblemException.forbidden("meeting.approverOnly");
        }
        return who;
    }

    /** The caller if it may answer invitations at all: 403 otherwise. */
    public CallerIdentity answerer() {
        return caller.requireAny(Role.CLERK, Role.SECRETARIAT, Role.ADMIN);
    }

    /** 403 unless {@code who} answers for {@code unit}: as its clerk, or as an office of it or above it. */
    public void requireAnswersFor(CallerIdentity who, String unit, Meeting meeting) {
        if (!actsFor(who, unit, dayOf(meeting))) {
            throw ProblemException.forbidden("rsvp.otherUnit", unit);
        }
    }

    /**
     * 403 unless {@code who} keeps the calendar links of {@code unit}: the same people who answer its invitations,
     * its clerk or an office of it or above it today.
     */
    public void requireKeepsCalendarOf(CallerIdentity who, String unit) {
        if (!actsFor(who, unit, LocalDate.now(MeetingTimes.VIETNAM))) {
            throw ProblemException.forbidden("calendarLink.otherUnit", unit);
        }
    }

    private boolean actsFor(CallerIdentity who, String unit, LocalDate day) {
        boolean ownClerk = who.has(Role.CLERK) && who.unitCode().equals(unit);
        return ownClerk || isOffice(who) && unitNames.selfAndAncestors(unit, day).contains(who.unitCode());
    }

    /** 403 unless the caller may read every unit's answer to {@code meeting}. */
    public void requireSeesAnswers(Meeting meeting) {
        CallerIdentity who = caller.identity();
        boolean chair = who.username().equals(meeting.getChair().username());
        if (!chair && !(isOffice(who) && unitNames.selfAndAncestors(meeting.getHostUnitCode(), dayOf(meeting))
                .contains(who.unitCode()))) {
            throw ProblemException.forbidden("rsvp.summaryOnly");
        }
    }

    /** Whether what {@code who} submits or changes waits for the provincial secretariat's approval. */
    public boolean needsApproval(CallerIdentity who) {
        return settings.approvalRequiredBelowProvince() && !isProvincial(who);
    }

    public boolean maySee(Meeting meeting) {
        return !meeting.isConfidential() || maySeeConfidential(meeting.getHostUnitCode(), meeting.getCreatedByUnit())
                || meeting.invites(caller.identity().unitCode());
    }

    public boolean maySee(BridgeSchedule.Stored meeting) {
        return !meeting.confidential() || maySeeConfidential(meeting.hostUnit(), meeting.createdByUnit())
                || meeting.invitedUnits().contains(caller.identity().unitCode());
    }

    /** The meeting if the caller may read it; 404 (not 403) otherwise, so its existence is not given away. */
    public Meeting visible(Meeting meeting, long id) {
        if (meeting == null || !maySee(meeting)) {
            throw ProblemException.notFound("meeting.notFound", id);
        }
        return meeting;
    }

    /** Whether the caller reads every confidential meeting: a provincial administrator or secretariat. */
    public boolean seesAllConfidential() {
        CallerIdentity who = caller.identity();
        return (who.has(Role.ADMIN) || who.has(Role.SECRETARIAT)) && isProvincial(who);
    }

    private boolean maySeeConfidential(String hostUnit, String createdByUnit) {
        String unit = caller.identity().unitCode();
        return unit.equals(hostUnit) || unit.equals(createdByUnit) || seesAllConfidential();
    }

    private static boolean isOffice(CallerIdentity who) {
        return who.has(Role.SECRETARIAT) || who.has(Role.ADMIN);
    }

    private boolean isProvincial(CallerIdentity who) {
        return unitNames.versionOn(who.unitCode(), LocalDate.now(MeetingTimes.VIETNAM))
                .map(AdministrativeUnit::getLevel).orElse(0) == 1;
    }

    static LocalDate dayOf(Meeting meeting) {
        return meeting.getStart().atZone(MeetingTimes.VIETNAM).toLocalDate();
    }
}
