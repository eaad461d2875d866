package vn.lienthong.minutes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Issue 5: minutes keep headings, lists, bold/italic and tables; nothing that could run survives. */
class HtmlSubsetTest {

    @Test
    void scriptsEventHandlersAndJavascriptLinksAreRemoved() {
        String cleaned = HtmlSubset.clean("<p onclick=\"steal()\">Ý kiến<script>alert(1)</script></p>"
                + "<img src=x onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">bấm</a>"
                + "<a href=\"JaVaScRiPt:alert(4)\">hoa</a><iframe src=\"https://x\"></iframe>"
                + "<style>p{}</style><svg onload=alert(5)></svg><p style=\"x\">kiểu</p>");

        String lower = cleaned.toLowerCase();
        for (String banned : new String[] {"script", "onerror", "onclick", "onload", "javascript", "<img", "<iframe",
                "<style", "<svg", "style="}) {
            assertFalse(lower.contains(banned), () -> banned + " survived in " + cleaned);
        }
        assertTrue(cleaned.contains("<p>Ý kiến</p>"), cleaned);
        assertTrue(cleaned.contains("bấm") && cleaned.contains("<p>kiểu</p>"), cleaned);
        assertFalse(cleaned.contains("<a"), () -> "a link without its address is no link: " + cleaned);
    }

    @Test
    void theAllowedSubsetIsKept() {
        String html = "<h2>Ý kiến các sở</h2><p><strong>Sở Tài chính</strong> và <em>Sở Xây dựng</em> "
                + "<u>thống nhất</u>; <b>đậm</b> <i>nghiêng</i><br>dòng mới</p><ul><li>một</li></ul><ol><li>hai</li></ol>"
                + "<table><thead><tr><th colspan=\"2\">Chỉ tiêu</th></tr></thead><tbody><tr><td>Thu ngân sách</td>"
                + "<td rowspan=\"1\">105%</td></tr></tbody></table>";

        assertEquals(html, HtmlSubset.clean(html));
    }

    @Test
    void plainLinksStayWithoutOpeningAWayBack() {
        assertEquals("<a href=\"https://vanban.lienthong.vn/1\" rel=\"noopener noreferrer\">văn bản</a>",
                HtmlSubset.clean("<a href=\"https://vanban.lienthong.vn/1\" target=\"_blank\">văn bản</a>"));
    }

    @Test
    void decomposedAccentsAreStoredComposed() {
        String decomposed = Normalizer.normalize("<p>Kết luận của Chủ tịch</p>", Normalizer.Form.NFD);

        assertEquals("<p>Kết luận của Chủ tịch</p>", HtmlSubset.clean(decomposed));
    }

    @Test
    void emptyOrBlankIsEmpty() {
        assertEquals("", HtmlSubset.clean(null));
        assertEquals("", HtmlSubset.clean("  "));
        assertEquals("", HtmlSubset.clean("<script>alert(1)</script>"));
    }
}
