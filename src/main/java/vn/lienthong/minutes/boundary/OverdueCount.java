package vn.lienthong.minutes.boundary;

/** How many overdue tasks a unit leads ({@code leading}) and supports ({@code supporting}). */
public record OverdueCount(String unit, String unitName, long leading, long supporting) {
}
