package vn.lienthong.directory.control;

import java.util.regex.Pattern;

/**
 * The shape of official unit codes of the General Statistics Office: 2 digits for a province, 3 for a district,
 * 5 for a commune. Only the shape is checked here; whether a code exists is the directory's question.
 */
final class UnitCodes {

    private static final Pattern WELL_FORMED = Pattern.compile("[0-9]{2,5}");

    private UnitCodes() {
    }

    static boolean isWellFormed(String code) {
        return WELL_FORMED.matcher(code).matches();
    }

    /** The clerk-facing reason for a malformed code; {@code what} names the column, e.g. "Mã đơn vị cũ". */
    static String malformed(String what, String code) {
        return what + " \"" + code + "\" không hợp lệ: mã phải gồm 2 đến 5 chữ số.";
    }
}
