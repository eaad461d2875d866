package vn.lienthong.minutes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.platform.problem.ProblemException;

/** Issue 5: minutes are stored in one normalised structure, and read as lines for comparison. */
class MinutesContentTest {

    private static JsonObject json(String text) {
        return MinutesSeal.parse(text);
    }

    @Test
    void contentIsNormalisedAndSanitised() {
        JsonObject normalized = MinutesContent.normalize(json("{\"attendance\":[{\"unitCode\":\"941\","
                + "\"unitName\":\" Thành phố Trà Vinh \",\"present\":false,\"reason\":\"Trùng lịch\\n\",\"extra\":1,"
                + "\"delegates\":[{\"name\":\"Nguyễn Văn An\",\"position\":null}]}],"
                + "\"sections\":[{\"agendaItem\":1,\"title\":\"Báo cáo\",\"discussion\":\"<p onclick=x>Ý kiến</p>\"}],"
                + "\"conclusions\":[{\"text\":\"<b>Giao</b> Sở Tài chính<script>x</script>\"}]}"));

        assertEquals("{\"attendance\":[{\"delegates\":[{\"name\":\"Nguyễn Văn An\"}],\"present\":false,"
                + "\"reason\":\"Trùng lịch\",\"unitCode\":\"941\",\"unitName\":\"Thành phố Trà Vinh\"}],"
                + "\"conclusions\":[{\"text\":\"<b>Giao</b> Sở Tài chính\"}],"
                + "\"sections\":[{\"agendaItem\":1,\"discussion\":\"<p>Ý kiến</p>\",\"title\":\"Báo cáo\"}]}",
                CanonicalJson.write(normalized));
    }

    @Test
    void theRollCallsWordOnAUnitIsKeptAndAnUnknownWayOfBeingPresentRefused() {
        JsonObject normalized = MinutesContent.normalize(json("{\"attendance\":[{\"unitCode\":\"31570\","
                + "\"expected\":true,\"present\":true,\"presence\":\"REPRESENTED\","
                + "\"representedBy\":\" Trần Thị Năm \"}]}"));
        assertEquals("{\"attendance\":[{\"expected\":true,\"presence\":\"REPRESENTED\",\"present\":true,"
                + "\"representedBy\":\"Trần Thị Năm\",\"unitCode\":\"31570\"}],\"conclusions\":[],\"sections\":[]}",
                CanonicalJson.write(normalized));
        assertEquals("Có người dự thay", MinutesPdf.present(normalized.getJsonArray("attendance").getJsonObject(0)));
        assertThrows(ProblemException.class, () -> MinutesContent.normalize(json(
                "{\"attendance\":[{\"unitCode\":\"31570\",\"presence\":\"TELEPATHY\"}]}")));
        assertThrows(ProblemException.class, () -> MinutesContent.normalize(json(
                "{\"attendance\":[{\"unitCode\":\"31570\",\"expected\":\"yes\"}]}")));
    }

    @Test
    void missingListsAreEmpty() {
        assertEquals("{\"attendance\":[],\"conclusions\":[],\"sections\":[]}",
                CanonicalJson.write(MinutesContent.normalize(json("{}"))));
    }

    @Test
    void wrongTypesNameTheirField() {
        ProblemException notObject = assertThrows(ProblemException.class,
                () -> MinutesContent.normalize(Json.createValue("văn bản")));
        assertEquals("content", notObject.fields(java.util.Locale.ENGLISH).get(0).field());

        ProblemException item = assertThrows(ProblemException.class, () -> MinutesContent.normalize(
                json("{\"sections\":[{\"title\":\"a\"},{\"agendaItem\":\"hai\"}]}")));
        assertEquals("content.sections[1].agendaItem", item.fields(java.util.Locale.ENGLISH).get(0).field());

        ProblemException list = assertThrows(ProblemException.class,
                () -> MinutesContent.normalize(json("{\"conclusions\":\"xong\"}")));
        assertEquals("content.conclusions", list.fields(java.util.Locale.ENGLISH).get(0).field());
    }

    @Test
    void minutesReadAsLines() {
        JsonObject content = MinutesContent.normalize(json("{\"attendance\":[{\"unitName\":\"Huyện Càng Long\","
                + "\"present\":true,\"delegates\":[{\"name\":\"Trần Bình\",\"position\":\"Phó Chủ tịch\"}]}],"
                + "\"sections\":[{\"agendaItem\":2,\"title\":\"Thảo luận\",\"discussion\":\"<p>Một</p><ul><li>hai</li>"
                + "<li>ba</li></ul><table><tr><td>x</td><td>y</td></tr></table>\"}],"
                + "\"conclusions\":[{\"text\":\"<p>Giao việc</p>\"}]}"));

        assertEquals(List.of("THÀNH PHẦN THAM DỰ", "- Huyện Càng Long: có mặt; người dự: Trần Bình, Phó Chủ tịch",
                "2. Thảo luận", "Một", "• hai", "• ba", "x | y", "KẾT LUẬN", "- Giao việc"), MinutesText.lines(content));
    }
}
