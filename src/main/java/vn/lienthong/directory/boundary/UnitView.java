package vn.lienthong.directory.boundary;

import java.time.LocalDate;
import vn.lienthong.directory.entity.AdministrativeUnit;

/** A unit as the API shows it. */
public record UnitView(String code, String name, String type, int level, String parentCode, LocalDate validFrom,
                       LocalDate validTo) {

    public static UnitView of(AdministrativeUnit unit) {
        return new UnitView(unit.getCode(), unit.getName(), unit.getType(), unit.getLevel(), unit.getParentCode(),
                unit.getValidFrom(), unit.getValidTo());
    }
}
