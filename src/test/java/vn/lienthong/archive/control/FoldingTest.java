package vn.lienthong.archive.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The archive ignores case and every Vietnamese diacritic, đ included, however the text was typed. */
class FoldingTest {

    @ParameterizedTest
    @CsvSource({
            // the five tones on a plain vowel, and no tone
            "a,a", "à,a", "á,a", "ả,a", "ã,a", "ạ,a",
            // breve and circumflex on a, with every tone
            "ă,a", "ằ,a", "ắ,a", "ẳ,a", "ẵ,a", "ặ,a",
            "â,a", "ầ,a", "ấ,a", "ẩ,a", "ẫ,a", "ậ,a",
            "è,e", "é,e", "ẻ,e", "ẽ,e", "ẹ,e", "ê,e", "ề,e", "ế,e", "ể,e", "ễ,e", "ệ,e",
            "ì,i", "í,i", "ỉ,i", "ĩ,i", "ị,i",
            "ò,o", "ó,o", "ỏ,o", "õ,o", "ọ,o", "ô,o", "ồ,o", "ố,o", "ổ,o", "ỗ,o", "ộ,o",
            "ơ,o", "ờ,o", "ớ,o", "ở,o", "ỡ,o", "ợ,o",
            "ù,u", "ú,u", "ủ,u", "ũ,u", "ụ,u", "ư,u", "ừ,u", "ứ,u", "ử,u", "ữ,u", "ự,u",
            "ỳ,y", "ý,y", "ỷ,y", "ỹ,y", "ỵ,y",
            "đ,d", "Đ,d", "Ặ,a", "Ữ,u", "Ộ,o", "Ờ,o", "Ế,e", "Ỵ,y", "Í,i"
    })
    void everyMarkOnEveryVowelFoldsAwayInBothCasesAndBothNormalForms(String letter, String plain) {
        assertEquals(plain, Folding.fold(letter));
        assertEquals(plain, Folding.fold(Normalizer.normalize(letter, Normalizer.Form.NFD)));
        assertEquals(plain, Folding.fold(letter.toUpperCase()));
    }

    @Test
    void wordsComposedAndDecomposedGiveTheSameTerms() {
        String composed = Normalizer.normalize("Đẩy mạnh cải cách hành chính", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        List<String> expected = List.of("day", "manh", "cai", "cach", "hanh", "chinh");
        assertEquals(expected, QuerySyntax.words(composed));
        assertEquals(expected, QuerySyntax.words(decomposed));
        assertEquals(expected, QuerySyntax.words("DAY MANH cai cach HANH CHINH"));
    }

    @Test
    void upperCaseWithMarksEqualsPlainLowerCase() {
        assertEquals(QuerySyntax.words("cai cach"), QuerySyntax.words("CAI CÁCH"));
        assertEquals(QuerySyntax.words("cai cach"), QuerySyntax.words("cải cách"));
    }

    @Test
    void shortAndCommonSyllablesAreKept() {
        assertEquals(List.of("vu", "an", "cua", "cac", "va", "o", "la"),
                QuerySyntax.words("vụ an của các và ở là"));
    }
}
