package vn.lienthong.directory.control;


import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The official unit lists kept next to the project; tests that need them are skipped where they are absent.
 */
final class ReferenceData {

    static final LocalDate DATE_2021 = LocalDate.of(2021, 11, 1);
    static final LocalDate DATE_2025 = LocalDate.of(2025, 7, 1);

    static final String SOC_TRANG_2021 = "soc_trang_2021-11-01.csv";
    static final String NATIONAL_3_LEVEL_2021 = "units_3level_2021-11-01.csv";
    static final String NATIONAL_2_LEVEL_2025 = "units_2level_2025-07-01.csv";
    static final String SOC_TRANG_TO_CAN_THO_2025 = "soc_trang_to_can_tho_2025-07-01.csv";

    /** The copies the product ships in sql/reference; tests run from the project folder. */
    private static final Path DIRECTORY = Path.of("sql", "reference");

    private ReferenceData() {
    }

    static Path file(String name) {
        Path file = DIRECTORY.resolve(name);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("reference file absent: " + file.toAbsolutePath());
        }
        return file;
    }

    static ParsedUnits units(String name) throws IOException {
        try (Reader in = Files.newBufferedReader(file(name), StandardCharsets.UTF_8)) {
            return UnitCsvReader.read(in);
        }
    }

    static ParsedSuccessions successions(String name) throws IOException {
        try (Reader in = Files.newBufferedReader(file(name), StandardCharsets.UTF_8)) {
            return SuccessionCsvReader.read(in);
        }
    }
}
