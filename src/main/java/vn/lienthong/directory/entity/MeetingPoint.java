package vn.lienthong.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.lienthong.directory.control.NameFolding;
import vn.lienthong.platform.problem.ProblemException;

/**
 * A meeting point (điểm cầu) of a unit: the room and the equipment a unit joins a meeting from.
 * A room system needs the address it is dialled at; a browser point needs none.
 */
@Entity
@Table(name = "meeting_point")
public class MeetingPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_code")
    private String unitCode;

    private String name;

    @Column(name = "name_folded")
    private String nameFolded;

    private String room;

    private String address;

    private int seats;

    @Enumerated(EnumType.STRING)
    @Column(name = "endpoint_kind")
    private EndpointKind kind;

    @Column(name = "sip_address")
    private String sipAddress;

    @Column(name = "h323_address")
    private String h323Address;

    @Column(name = "technician_name")
    private String technicianName;

    @Column(name = "technician_phone")
    private String technicianPhone;

    @Column(name = "technician_email")
    private String technicianEmail;

    @Column(name = "is_default")
    private boolean isDefault;

    @Version
    private long version;

    protected MeetingPoint() {
    }

    public MeetingPoint(String unitCode, PointDetails details) {
        this.unitCode = unitCode;
        describe(details);
    }

    /** Replaces the description, keeping only the address that fits the kind of endpoint. */
    public final void describe(PointDetails details) {
        if (details.kind() == EndpointKind.SIP && isBlank(details.sipAddress())) {
            throw ProblemException.invalid("sipAddress", "point.sipAddressRequired");
        }
        if (details.kind() == EndpointKind.H323 && isBlank(details.h323Address())) {
            throw ProblemException.invalid("h323Address", "point.h323AddressRequired");
        }
        this.name = details.name().trim();
        this.nameFolded = NameFolding.fold(details.name());
        this.room = trimToNull(details.room());
        this.address = trimToNull(details.address());
        this.seats = details.seats();
        this.kind = details.kind();
        this.sipAddress = details.kind() == EndpointKind.SIP ? details.sipAddress().trim() : null;
        this.h323Address = details.kind() == EndpointKind.H323 ? details.h323Address().trim() : null;
        this.technicianName = trimToNull(details.technicianName());
        this.technicianPhone = trimToNull(details.technicianPhone());
        this.technicianEmail = trimToNull(details.technicianEmail());
        this.isDefault = details.isDefault();
    }

    public void makeDefault() {
        this.isDefault = true;
    }

    public void makeNonDefault() {
        this.isDefault = false;
    }

    public PointDetails details() {
        return new PointDetails(name, room, address, seats, kind, sipAddress, h323Address, technicianName,
                technicianPhone, technicianEmail, isDefault);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public boolean isDefault() {
        return isDefault;
    }

    public long getVersion() {
        return version;
    }
}
