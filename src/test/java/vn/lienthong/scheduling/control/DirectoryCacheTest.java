package vn.lienthong.scheduling.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.directory.control.UnitVersion;

/**
 * The directory kept between bookings answers as a directory read afresh would: one index per period between two
 * changes of the directory, the meeting day itself in every message, and each unit's default point.
 */
class DirectoryCacheTest {

    private static final LocalDate BEFORE_REFORM = LocalDate.of(2024, 3, 4);
    private static final LocalDate AFTER_REFORM = LocalDate.of(2026, 12, 15);

    @Test
    void daysBetweenTheSameTwoChangesShareOnePeriodAndTheReformStartsANewOne() throws IOException {
        DirectoryCache.Snapshot directory = new DirectoryCache.Snapshot("x", ReferenceUnits.socTrangThenNational(),
                List.of());

        assertEquals(directory.period(LocalDate.of(2022, 1, 1)), directory.period(BEFORE_REFORM));
        assertEquals(directory.period(AFTER_REFORM), directory.period(LocalDate.of(2031, 6, 30)));
        assertNotEquals(directory.period(LocalDate.of(2025, 6, 30)), directory.period(ReferenceUnits.DATE_2025));
    }

    @Test
    void aDirectoryOfAPeriodAnswersLikeOneBuiltForTheDayAndNamesTheDayItWasAskedFor() throws IOException {
        List<UnitVersion> history = ReferenceUnits.socTrangThenNational();
        DirectoryCache.Snapshot directory = new DirectoryCache.Snapshot("x", history, List.of());
        InviteSpec everyDistrict = new InviteSpec(null, List.of("94"), null, null);
        TierResolver resolver = new TierResolver();

        directory.on(LocalDate.of(2022, 1, 1));
        TierResolution cached = resolver.resolve(directory.on(BEFORE_REFORM), "94", everyDistrict);
        TierResolution fresh = resolver.resolve(history, BEFORE_REFORM, "94", everyDistrict);
        TierResolution late = resolver.resolve(directory.on(AFTER_REFORM), "94", everyDistrict);

        assertEquals(fresh, cached);
        assertEquals(12, cached.units().size());
        assertEquals(resolver.resolve(history, AFTER_REFORM, "94", everyDistrict), late);
        assertEquals("Tỉnh Sóc Trăng (mã 94) không còn hiệu lực vào ngày họp 15/12/2026 (đã thôi hiệu lực từ ngày"
                + " 01/07/2025).", late.problems().get(0).message());
    }

    @Test
    void theDefaultPointIsTheMarkedOneElseTheLowestNumbered() {
        DirectoryCache.Snapshot directory = new DirectoryCache.Snapshot("x", List.of(), List.of(
                new Object[] {3L, "31507", false}, new Object[] {5L, "31507", true}, new Object[] {7L, "31507", true},
                new Object[] {4L, "31510", false}, new Object[] {9L, "31510", false}));

        assertEquals(5L, directory.defaultPoint("31507"));
        assertEquals(4L, directory.defaultPoint("31510"));
        assertNull(directory.defaultPoint("31513"));
        assertEquals("31510", directory.unitOf(9L));
        assertNull(directory.unitOf(10L));
    }
}
