package vn.lienthong.directory.boundary;

import java.time.LocalDate;
import java.util.List;

/** A unit with where it sits (its ancestors) and what came before and after it. */
public record UnitDetail(String code, String name, String type, int level, String parentCode, LocalDate validFrom,
                         LocalDate validTo, List<Link> path, List<Link> predecessors, List<Link> successors) {

    /** Another unit named as it was on {@code date} (for the path: the date asked about). */
    public record Link(String code, String name, LocalDate date) {
    }

    static UnitDetail of(UnitView unit, List<Link> path, List<Link> predecessors, List<Link> successors) {
        return new UnitDetail(unit.code(), unit.name(), unit.type(), unit.level(), unit.parentCode(),
                unit.validFrom(), unit.validTo(), path, predecessors, successors);
    }
}
