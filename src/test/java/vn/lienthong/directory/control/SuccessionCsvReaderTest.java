package vn.lienthong.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuccessionCsvReaderTest {

    private static final String HEADER =
            "old_ward_code,old_ward_name,old_district_name,new_ward_code,new_ward_name,new_province_name\r\n";

    private static ParsedSuccessions read(String text) throws IOException {
        return SuccessionCsvReader.read(new StringReader(text));
    }

    @Test
    void readsARowWithItsLineNumber() throws IOException {
        ParsedSuccessions parsed = read(HEADER
                + "31498,Phường 5,Thành phố Sóc Trăng,31507,Phường Sóc Trăng,Thành phố Cần Thơ\r\n");

        assertEquals(List.of(new SuccessionRow(2, "31498", "Phường 5", "Thành phố Sóc Trăng", "31507",
                "Phường Sóc Trăng", "Thành phố Cần Thơ")), parsed.rows());
        assertEquals(List.of(), parsed.problems());
    }

    @Test
    void reportsMissingOldAndNewCodesAndKeepsTheOtherRows() throws IOException {
        ParsedSuccessions parsed = read(HEADER
                + ",Phường 9,Thành phố Sóc Trăng,25744,Phường Phú Lợi,Thành phố Cần Thơ\r\n"
                + "31498,Phường 5,Thành phố Sóc Trăng,,Phường Sóc Trăng,Thành phố Cần Thơ\r\n"
                + "31501,Phường 7,Thành phố Sóc Trăng,31507,Phường Sóc Trăng,Thành phố Cần Thơ\r\n");

        assertEquals(List.of("31501"), parsed.rows().stream().map(SuccessionRow::oldCode).toList());
        assertEquals(List.of(new CsvProblem(2, "Thiếu mã đơn vị cũ."), new CsvProblem(3, "Thiếu mã đơn vị mới.")),
                parsed.problems());
    }

    @Test
    void reportsTheSecondOccurrenceOfAPair() throws IOException {
        String row = "31501,Phường 7,Thành phố Sóc Trăng,31507,Phường Sóc Trăng,Thành phố Cần Thơ\r\n";
        ParsedSuccessions parsed = read(HEADER + row + row
                + "31501,Phường 7,Thành phố Sóc Trăng,31510,Phường Phú Lợi,Thành phố Cần Thơ\r\n");

        assertEquals(2, parsed.rows().size());
        assertEquals(List.of(new CsvProblem(3, "Cặp mã cũ 31501 và mã mới 31507 bị trùng: đã có ở dòng 2.")),
                parsed.problems());
    }

    @Test
    void reportsMalformedCodes() throws IOException {
        ParsedSuccessions parsed = read(HEADER + "3150A,Phường 7,,31507,Phường Sóc Trăng,Thành phố Cần Thơ\r\n");

        assertEquals(List.of(), parsed.rows());
        assertTrue(parsed.problems().get(0).reason().startsWith("Mã đơn vị cũ \"3150A\""));
    }

    @Test
    void refusesAUnitListGivenAsSuccessionTable() throws IOException {
        ParsedSuccessions parsed = read("code,name,type,parent_code,level\n94,Tỉnh Sóc Trăng,Tỉnh,,1\n");

        assertEquals(List.of(), parsed.rows());
        assertEquals(1, parsed.problems().size());
        assertEquals(1, parsed.problems().get(0).line());
    }

    @Test
    void readsTheSocTrangToCanThoTableAndReportsExactlyItsTwoFaultyRows() throws IOException {
        ParsedSuccessions parsed = ReferenceData.successions(ReferenceData.SOC_TRANG_TO_CAN_THO_2025);

        assertEquals(108, parsed.rows().size(), "110 data rows less the 2 faulty ones");
        assertEquals(List.of(new CsvProblem(2, "Thiếu mã đơn vị cũ."), new CsvProblem(3, "Thiếu mã đơn vị cũ.")),
                parsed.problems());
        assertTrue(parsed.rows().stream().allMatch(row -> "Thành phố Cần Thơ".equals(row.newProvince())));
    }
}
