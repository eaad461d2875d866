package vn.lienthong.directory.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a unit code meant during one period: its name, type and place in the hierarchy from {@code validFrom}
 * (inclusive) until {@code validTo} (exclusive; {@code null} while still valid). Codes are reused over the years,
 * so a meeting is shown with the version valid on its own date.
 *
 * @param id {@code null} for a version not stored yet
 */
public record UnitVersion(Long id, String code, String name, String type, int level, String parentCode,
        LocalDate validFrom, LocalDate validTo) {

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }

    /** Whether the row states what this version already says, so that importing it changes nothing. */
    public boolean sameContentAs(UnitRow row) {
        return name.equals(row.name()) && type.equals(row.type()) && level == row.level()
                && Objects.equals(parentCode, row.parentCode());
    }

    /** A version that ends the day it begins was withdrawn before it ever took effect. */
    boolean isWithdrawn() {
        return validTo != null && !validTo.isAfter(validFrom);
    }
}
