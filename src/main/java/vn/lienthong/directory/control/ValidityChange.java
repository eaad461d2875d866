package vn.lienthong.directory.control;

import java.time.LocalDate;

/**
 * Ends the stored version {@code id} on {@code validTo} (exclusive): from that day on the unit no longer exists in
 * that form.
 */
public record ValidityChange(long id, LocalDate validTo) {
}
