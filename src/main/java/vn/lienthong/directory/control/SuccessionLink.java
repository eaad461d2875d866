package vn.lienthong.directory.control;

import java.time.LocalDate;

/** A checked succession: {@code predecessorCode} continues as {@code successorCode} from {@code date}. */
public record SuccessionLink(String predecessorCode, String successorCode, LocalDate date) {
}
