package vn.lienthong.directory.boundary;

import java.time.LocalDate;

/** What a directory search asks for; null fields are not filtered on. */
public record UnitQuery(LocalDate at, Integer level, String parentCode, String text, int offset, int limit) {
}
