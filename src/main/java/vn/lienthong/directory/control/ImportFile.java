package vn.lienthong.directory.control;

import java.time.LocalDate;
import vn.lienthong.directory.entity.ImportKind;

/** A CSV file handed in for import, with what the person said about it. */
public record ImportFile(ImportKind kind, String fileName, byte[] content, LocalDate validFrom, ImportScope scope) {
}
