package vn.lienthong.scheduling.control;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.directory.control.ParsedUnits;
import vn.lienthong.directory.control.UnitCsvReader;
import vn.lienthong.directory.control.UnitRow;
import vn.lienthong.directory.control.UnitVersion;

/**
 * The official unit lists the product ships in sql/reference, as directory history: each row becomes a version
 * valid from the list's date. Tests run from the project folder.
 */
final class ReferenceUnits {

    static final LocalDate DATE_2021 = LocalDate.of(2021, 11, 1);
    static final LocalDate DATE_2025 = LocalDate.of(2025, 7, 1);

    private static final Path DIRECTORY = Path.of("sql", "reference");

    private ReferenceUnits() {
    }

    /** Province 94 (Sóc Trăng) with its 11 districts and 109 communes, as listed on 1 November 2021. */
    static List<UnitVersion> socTrang2021(LocalDate validTo) throws IOException {
        return versions("soc_trang_2021-11-01.csv", DATE_2021, validTo);
    }

    /** The whole country after the 2025 reform: 34 provinces and 3,321 communes, two levels. */
    static List<UnitVersion> national2025() throws IOException {
        return versions("units_2level_2025-07-01.csv", DATE_2025, null);
    }

    /** Sóc Trăng's three levels until the reform, then the national two-level list: codes reused included. */
    static List<UnitVersion> socTrangThenNational() throws IOException {
        List<UnitVersion> history = new ArrayList<>(socTrang2021(DATE_2025));
        history.addAll(national2025());
        return history;
    }

    private static List<UnitVersion> versions(String file, LocalDate from, LocalDate to) throws IOException {
        ParsedUnits parsed;
        try (Reader in = Files.newBufferedReader(DIRECTORY.resolve(file), StandardCharsets.UTF_8)) {
            parsed = UnitCsvReader.read(in);
        }
        if (!parsed.problems().isEmpty()) {
            throw new IllegalStateException(file + " has problems: " + parsed.problems());
        }
        List<UnitVersion> versions = new ArrayList<>();
        for (UnitRow row : parsed.rows()) {
            versions.add(new UnitVersion(null, row.code(), row.name(), row.type(), row.level(),
                    row.parentCode(), from, to));
        }
        return versions;
    }
}
