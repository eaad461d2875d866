package vn.lienthong.directory.boundary;

import vn.lienthong.directory.entity.EndpointKind;
import vn.lienthong.directory.entity.MeetingPoint;
import vn.lienthong.directory.entity.PointDetails;

/** A meeting point as the API shows it (and as the audit log records it). */
public record PointView(long id, String unitCode, String unitName, String name, String room, String address,
                        int seats, EndpointKind kind, String sipAddress, String h323Address, String technicianName,
                        String technicianPhone, String technicianEmail, boolean isDefault, long version) {

    static PointView of(MeetingPoint point, String unitName) {
        PointDetails d = point.details();
        return new PointView(point.getId(), point.getUnitCode(), unitName, d.name(), d.room(), d.address(), d.seats(),
                d.kind(), d.sipAddress(), d.h323Address(), d.technicianName(), d.technicianPhone(),
                d.technicianEmail(), d.isDefault(), point.getVersion());
    }
}
