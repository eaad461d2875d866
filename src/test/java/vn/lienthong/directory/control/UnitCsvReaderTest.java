package vn.lienthong.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitCsvReaderTest {

    private static final String HEADER = "code,name,type,parent_code,level\n";

    private static ParsedUnits read(String text) throws IOException {
        return UnitCsvReader.read(new StringReader(text));
    }

    private static List<Integer> problemLines(ParsedUnits parsed) {
        return parsed.problems().stream().map(CsvProblem::line).toList();
    }

    @Test
    void readsRowsWithTheirLineNumbers() throws IOException {
        ParsedUnits parsed = read(HEADER + "94,Tỉnh Sóc Trăng,Tỉnh,,1\n941,Thành phố Sóc Trăng,Thành phố,94,2\n");

        assertEquals(List.of(
                new UnitRow(2, "94", "Tỉnh Sóc Trăng", "Tỉnh", null, 1),
                new UnitRow(3, "941", "Thành phố Sóc Trăng", "Thành phố", "94", 2)), parsed.rows());
        assertEquals(List.of(), parsed.problems());
    }

    @Test
    void acceptsQuotedFieldsCrlfByteOrderMarkAndTrailingEmptyLines() throws IOException {
        String text = "\uFEFFCode,NAME,Type,Parent_Code,LEVEL\r\n"
                + "\"94\",\"Tỉnh \"\"Sóc Trăng\"\", cũ\",Tỉnh,,1\r\n"
                + "941,Thành phố Sóc Trăng,Thành phố,94,2\r\n\r\n\n";
        ParsedUnits parsed = read(text);

        assertEquals(List.of(), parsed.problems());
        assertEquals("Tỉnh \"Sóc Trăng\", cũ", parsed.rows().get(0).name());
        assertEquals(3, parsed.rows().get(1).line());
    }

    @Test
    void countsLinesInsideQuotedFieldsSoLaterLineNumbersStayRight() throws IOException {
        ParsedUnits parsed = read(HEADER + "94,\"Tỉnh\nSóc Trăng\",Tỉnh,,1\n941,,Thành phố,94,2\n");

        assertEquals(List.of(4), problemLines(parsed));
    }

    @Test
    void trimsNamesAndTypesAndStoresThemComposed() throws IOException {
        String decomposed = Normalizer.normalize("Huyện Mỹ Tú", Normalizer.Form.NFD);
        ParsedUnits parsed = read(HEADER + "94,Tỉnh Sóc Trăng,Tỉnh,,1\n 947 , " + decomposed + " , Huyện ,94, 2 \n");

        UnitRow row = parsed.rows().get(1);
        assertEquals("947", row.code());
        assertEquals("Huyện Mỹ Tú", row.name());
        assertTrue(Normalizer.isNormalized(row.name(), Normalizer.Form.NFC));
        assertEquals("Huyện", row.type());
        assertEquals(2, row.level());
    }

    @Test
    void rejectsTheWholeFileOnAWrongHeaderAndSaysSoOnLineOne() throws IOException {
        ParsedUnits parsed = read("code,name,parent_code,type,level\n94,Tỉnh Sóc Trăng,,Tỉnh,1\n");

        assertEquals(List.of(), parsed.rows());
        assertEquals(List.of(1), problemLines(parsed));
        assertTrue(parsed.problems().get(0).reason().contains("code,name,type,parent_code,level"));
    }

    @Test
    void reportsAnEmptyFile() throws IOException {
        ParsedUnits parsed = read("");

        assertEquals(List.of(), parsed.rows());
        assertEquals(List.of(1), problemLines(parsed));
    }

    @Test
    void reportsEachFaultyRowAndKeepsTheOthers() throws IOException {
        String text = HEADER
                + "94,Tỉnh Sóc Trăng,Tỉnh,,1\n"              // 2 fine
                + "941,Thành phố Sóc Trăng,Thành phố,94\n"  // 3 four columns
                + "9A1,Huyện Châu Thành,Huyện,94,2\n"        // 4 code not digits
                + "942000,Huyện Kế Sách,Huyện,94,2\n"        // 5 code too long
                + "943,,Huyện,94,2\n"                        // 6 no name
                + "944,Huyện Mỹ Tú,,94,2\n"                  // 7 no type
                + "945,Huyện Cù Lao Dung,Huyện,94,4\n"       // 8 level out of range
                + "95,Tỉnh Bạc Liêu,Tỉnh,94,1\n"             // 9 province with a parent
                + "946,Huyện Long Phú,Huyện,,2\n"            // 10 district without parent
                + "947,Huyện Mỹ Xuyên,Huyện,94,2\n"          // 11 fine
                + "947,Huyện Mỹ Xuyên,Huyện,94,2\n"          // 12 second occurrence of a code
                + ",Huyện Ngã Năm,Huyện,94,2\n"              // 13 no code
                + "948,Huyện Ngã Năm,Huyện,94,hai\n"         // 14 level not a number
                + "9,Huyện Thạnh Trị,Huyện,94,2\n";          // 15 code too short
        ParsedUnits parsed = read(text);

        assertEquals(List.of("94", "947"), parsed.rows().stream().map(UnitRow::code).toList());
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15), problemLines(parsed));
        assertEquals("Dòng này có 4 cột, cần đúng 5 cột (code,name,type,parent_code,level).",
                parsed.problems().get(0).reason());
        assertEquals("Mã đơn vị \"9A1\" không hợp lệ: mã phải gồm 2 đến 5 chữ số.",
                parsed.problems().get(1).reason());
        assertEquals("Thiếu tên đơn vị.", parsed.problems().get(3).reason());
        assertEquals("Mã đơn vị 947 bị trùng: đã có ở dòng 11.", parsed.problems().get(8).reason());
        assertEquals("Thiếu mã đơn vị.", parsed.problems().get(9).reason());
    }

    @Test
    void namesEveryFaultOfARowInOneProblem() throws IOException {
        ParsedUnits parsed = read(HEADER + "x,, ,,0\n");

        assertEquals(1, parsed.problems().size());
        String reason = parsed.problems().get(0).reason();
        assertTrue(reason.contains("Mã đơn vị \"x\""), reason);
        assertTrue(reason.contains("Thiếu tên đơn vị."), reason);
        assertTrue(reason.contains("Thiếu loại đơn vị"), reason);
        assertTrue(reason.contains("Cấp đơn vị \"0\""), reason);
    }

    @Test
    void rejectsAMalformedParentCodeAndAUnitThatIsItsOwnParent() throws IOException {
        ParsedUnits parsed = read(HEADER + "941,Thành phố Sóc Trăng,Thành phố,9 4,2\n942,Huyện Châu Thành,Huyện,942,2\n");

        assertEquals(List.of(), parsed.rows());
        assertEquals(List.of(2, 3), problemLines(parsed));
    }

    @Test
    void keepsTheRowsBeforeAnUnclosedQuoteAndReportsWhereItOpened() throws IOException {
        ParsedUnits parsed = read(HEADER + "94,Tỉnh Sóc Trăng,Tỉnh,,1\n941,\"Thành phố Sóc Trăng,Thành phố,94,2\n");

        assertEquals(1, parsed.rows().size());
        assertEquals(List.of(3), problemLines(parsed));
    }

    @Test
    void readsTheSocTrangList2021() throws IOException {
        ParsedUnits parsed = ReferenceData.units(ReferenceData.SOC_TRANG_2021);

        assertEquals(List.of(), parsed.problems());
        assertEquals(121, parsed.rows().size());
        assertEquals(1, countLevel(parsed, 1));
        assertEquals(11, countLevel(parsed, 2));
        assertEquals(109, countLevel(parsed, 3));
        assertEquals(10, parsed.rows().stream().filter(row -> "941".equals(row.parentCode())).count());
    }

    @Test
    void readsTheNationalThreeLevelList2021() throws IOException {
        ParsedUnits parsed = ReferenceData.units(ReferenceData.NATIONAL_3_LEVEL_2021);

        assertEquals(List.of(), parsed.problems());
        assertEquals(11_358, parsed.rows().size());
        assertEquals(63, countLevel(parsed, 1));
        assertEquals(705, countLevel(parsed, 2));
        assertEquals(10_590, countLevel(parsed, 3));
    }

    @Test
    void readsTheNationalTwoLevelList2025() throws IOException {
        ParsedUnits parsed = ReferenceData.units(ReferenceData.NATIONAL_2_LEVEL_2025);

        assertEquals(List.of(), parsed.problems());
        assertEquals(3_355, parsed.rows().size());
        assertEquals(34, countLevel(parsed, 1));
        assertEquals(3_321, countLevel(parsed, 2));
    }

    private static long countLevel(ParsedUnits parsed, int level) {
        return parsed.rows().stream().filter(row -> row.level() == level).count();
    }
}
