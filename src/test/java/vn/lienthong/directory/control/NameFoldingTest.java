package vn.lienthong.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameFoldingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Thị trấn Đại Ngãi|thi tran dai ngai",
            "Xã Hồ Đắc Kiện|xa ho dac kien",
            "'  SÓC   Trăng '|soc trang",
            "Thành phố Hồ Chí Minh|thanh pho ho chi minh",
            "Huyện Cù Lao Dung|huyen cu lao dung",
            "Phường Nguyễn Thị Minh Khai|phuong nguyen thi minh khai",
            "Đặc khu Côn Đảo|dac khu con dao",
            "soc trang|soc trang"})
    void foldsUnitNamesForSearch(String name, String folded) {
        assertEquals(folded, NameFolding.fold(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "aàáảãạ, a", "ăằắẳẵặ, a", "âầấẩẫậ, a",
            "eèéẻẽẹ, e", "êềếểễệ, e",
            "iìíỉĩị, i",
            "oòóỏõọ, o", "ôồốổỗộ, o", "ơờớởỡợ, o",
            "uùúủũụ, u", "ưừứửữự, u",
            "yỳýỷỹỵ, y"})
    void stripsEveryToneFromEveryVowelInEveryCaseAndNormalForm(String vowelWithSixTones, String base) {
        String expected = base.repeat(6);
        String upper = vowelWithSixTones.toUpperCase(Locale.ROOT);
        assertEquals(expected, NameFolding.fold(vowelWithSixTones));
        assertEquals(expected, NameFolding.fold(upper));
        assertEquals(expected, NameFolding.fold(Normalizer.normalize(vowelWithSixTones, Normalizer.Form.NFD)));
        assertEquals(expected, NameFolding.fold(Normalizer.normalize(upper, Normalizer.Form.NFD)));
    }

    @Test
    void foldsDWithStrokeInBothCases() {
        assertEquals("dd dd", NameFolding.fold("đĐ Đđ"));
        assertEquals("dong da", NameFolding.fold("ĐỐNG ĐA"));
    }

    @Test
    void treatsComposedAndDecomposedInputAlike() {
        String composed = "Phường Mỹ Xuyên";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        String mixed = Normalizer.normalize("Phường ", Normalizer.Form.NFD) + "Mỹ Xuyên";

        assertEquals("phuong my xuyen", NameFolding.fold(composed));
        assertEquals("phuong my xuyen", NameFolding.fold(decomposed));
        assertEquals("phuong my xuyen", NameFolding.fold(mixed));
    }

    @Test
    void collapsesAnyWhitespaceIncludingNoBreakSpacesAndTrims() {
        assertEquals("xa an hiep", NameFolding.fold("\tXã\u00A0\u00A0An \n Hiệp\r\n"));
    }

    @Test
    void givesEmptyTextForNullAndBlank() {
        assertEquals("", NameFolding.fold(null));
        assertEquals("", NameFolding.fold(""));
        assertEquals("", NameFolding.fold(" \t "));
    }

    @Test
    void leavesDigitsAndPunctuationAndIsIdempotent() {
        String folded = NameFolding.fold("Phường 1 (cũ), Sóc Trăng");
        assertEquals("phuong 1 (cu), soc trang", folded);
        assertEquals(folded, NameFolding.fold(folded));
    }
}
