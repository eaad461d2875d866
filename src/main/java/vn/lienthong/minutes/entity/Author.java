package vn.lienthong.minutes.entity;

import java.time.Instant;

/** Who writes a version, for which unit, and when. */
public record Author(String username, String unitCode, Instant at) {
}
