package vn.lienthong.archive.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The archive's own query language: words and "phrases", nothing of Lucene's syntax. */
class QuerySyntaxTest {

    @Test
    void wordsAreEachRequiredAndFolded() {
        assertEquals(List.of(List.of("cai"), List.of("cach")), QuerySyntax.parse("Cải  CÁCH").parts());
    }

    @Test
    void quotedWordsAreOnePhraseInOrder() {
        QuerySyntax.Parsed parsed = QuerySyntax.parse("họp \"dịch vụ công\" tỉnh");
        assertEquals(List.of(List.of("hop"), List.of("dich", "vu", "cong"), List.of("tinh")), parsed.parts());
        assertEquals(List.of("hop", "tinh"), parsed.words());
        assertEquals(List.of(List.of("dich", "vu", "cong")), parsed.phrases());
    }

    @Test
    void typographicQuotesCountAsQuotes() {
        assertEquals(List.of(List.of("dich", "vu")), QuerySyntax.parse("“dịch vụ”").parts());
    }

    @Test
    void anOpenQuoteMakesAPhraseOfTheRest() {
        assertEquals(List.of(List.of("hop"), List.of("dich", "vu", "cong")),
                QuerySyntax.parse("họp \"dịch vụ công").parts());
    }

    @Test
    void aQuotedSingleWordIsAWordAndEmptyQuotesAreNothing() {
        assertEquals(List.of(List.of("vu")), QuerySyntax.parse("\"vụ\" \"\"").parts());
        assertTrue(QuerySyntax.parse("\"\"").isEmpty());
    }

    @Test
    void luceneSyntaxIsOnlyPunctuation() {
        assertEquals(List.of(List.of("title"), List.of("cai"), List.of("cach"), List.of("2"), List.of("and"),
                        List.of("or"), List.of("not"), List.of("a"), List.of("to"), List.of("b"), List.of("3")),
                QuerySyntax.parse("title:cai* +cach~2 AND (OR) -NOT [a TO b]^3 \\ / ! && || {}").parts());
        assertTrue(QuerySyntax.parse("*:* ?~^ () [] {} && || ! \\").isEmpty());
    }

    @Test
    void repeatedWordsCountOnce() {
        assertEquals(List.of(List.of("cua")), QuerySyntax.parse("của Của CUA").parts());
    }

    @Test
    void longInputParsesWithoutError() {
        String longText = "cải cách ".repeat(5_000) + "\"";
        assertEquals(List.of(List.of("cai"), List.of("cach")), QuerySyntax.parse(longText).parts());
        assertTrue(QuerySyntax.parse(null).isEmpty());
    }
}
