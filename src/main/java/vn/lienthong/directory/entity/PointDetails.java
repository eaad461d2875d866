package vn.lienthong.directory.entity;

/** What describes a meeting point, as entered by the secretariat. */
public record PointDetails(String name, String room, String address, int seats, EndpointKind kind,
                           String sipAddress, String h323Address, String technicianName, String technicianPhone,
                           String technicianEmail, boolean isDefault) {
}
