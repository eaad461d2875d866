package vn.lienthong.minutes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Issue 5: the hash of finalised minutes depends on what they say, not on how the JSON was written. */
class CanonicalJsonTest {

    private static JsonObject json(String text) {
        return MinutesSeal.parse(text);
    }

    @Test
    void membersAreSortedAndNoSpaceIsWritten() {
        assertEquals("{\"a\":[1,true,null],\"b\":\"x\\\"y\\\\z\\n\\u0001\"}",
                CanonicalJson.write(json("{ \"b\" : \"x\\\"y\\\\z\\n\\u0001\", \"a\": [ 1, true, null ] }")));
    }

    @Test
    void equivalentMinutesHashAlike() {
        String composed = "{\"sections\":[{\"title\":\"Kết luận của Chủ tịch\",\"discussion\":\"<p>Đồng ý</p>\"}],"
                + "\"conclusions\":[],\"attendance\":[]}";
        String decomposedReordered = Normalizer.normalize("{\"attendance\": [], \"conclusions\": [],\n"
                + "  \"sections\": [{\"discussion\": \"<p>Đồng ý</p>\", \"title\": \"Kết luận của Chủ tịch\"}]}",
                Normalizer.Form.NFD);

        String hash = CanonicalJson.sha256(json(composed));
        assertEquals(hash, CanonicalJson.sha256(json(decomposedReordered)));
        assertEquals(hash, CanonicalJson.sha256(MinutesContent.normalize(json(decomposedReordered))),
                "normalised content keeps the hash");
        assertEquals(64, hash.length());
    }

    @Test
    void aChangedWordChangesTheHash() {
        assertNotEquals(CanonicalJson.sha256(json("{\"text\":\"Đồng ý\"}")),
                CanonicalJson.sha256(json("{\"text\":\"Đồng ý.\"}")));
    }

    @Test
    void theHashIsSha256OfTheCanonicalUtf8() {
        // sha256 of the 8 bytes {"a":1} as printed by `printf '{"a":1}' | sha256sum`
        assertEquals("015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862",
                CanonicalJson.sha256(json("{ \"a\": 1 }")));
    }
}
