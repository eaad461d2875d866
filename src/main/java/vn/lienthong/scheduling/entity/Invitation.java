package vn.lienthong.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A unit invited to a meeting, with its name as the directory gave it on the meeting date (a unit renamed or
 * merged later keeps the name of that day here) and the meeting point it joins from. Created and changed only
 * through its {@link Meeting}.
 */
@Entity
@Table(name = "invitation")
@IdClass(InvitationKey.class)
public class Invitation {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Id
    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "unit_level")
    private int unitLevel;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "point_id")
    private Long pointId;

    @Enumerated(EnumType.STRING)
    private Rsvp rsvp = Rsvp.PENDING;

    protected Invitation() {
    }

    Invitation(Meeting meeting, Invitee invitee) {
        this.meeting = meeting;
        this.unitCode = invitee.unitCode();
        describe(invitee);
    }

    /** Takes the unit's name and point for a changed meeting; the unit's answer stays. */
    final void describe(Invitee invitee) {
        if (!invitee.unitCode().equals(unitCode)) {
            throw new IllegalArgumentException("invitation of " + unitCode + " cannot describe " + invitee.unitCode());
        }
        this.unitName = invitee.unitName();
        this.unitLevel = invitee.level();
        this.parentCode = invitee.parentCode();
        this.pointId = invitee.pointId();
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public int getUnitLevel() {
        return unitLevel;
    }

    public String getParentCode() {
        return parentCode;
    }

    public Long getPointId() {
        return pointId;
    }

    public Rsvp getRsvp() {
        return rsvp;
    }
}
