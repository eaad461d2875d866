package vn.lienthong.directory.control;

/**
 * One line of a succession table: the old unit ({@code oldCode}) became, wholly or in part, the new unit
 * ({@code newCode}). Names are kept as written, for the report only; the codes carry the meaning.
 */
public record SuccessionRow(int line, String oldCode, String oldName, String oldDistrict, String newCode,
        String newName, String newProvince) {
}
