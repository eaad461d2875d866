package vn.lienthong.directory.control;

/**
 * Why one line of an imported file was not taken.
 *
 * @param line   1-based line number in the file, the header being line 1
 * @param reason a Vietnamese sentence the clerk who prepared the file can act on
 */
public record CsvProblem(int line, String reason) {
}
