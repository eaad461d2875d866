package vn.lienthong.minutes.control;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Minutes as lines of plain text, in the order they are read: attendance, one block per agenda item, conclusions.
 * Versions are compared on these lines (a change of wording shows, a change of markup alone does not), and the
 * same text serves to search the minutes.
 */
public final class MinutesText {

    private static final Set<String> BLOCKS = Set.of("h2", "h3", "h4", "p", "ul", "ol", "li", "blockquote", "table",
            "thead", "tbody", "tr");

    private MinutesText() {
    }

    public static List<String> lines(JsonObject content) {
        List<String> lines = new ArrayList<>();
        lines.add("THÀNH PHẦN THAM DỰ");
        for (JsonObject a : content.getJsonArray("attendance").getValuesAs(JsonObject.class)) {
            StringBuilder line = new StringBuilder("- ").append(a.getString("unitName", a.getString("unitCode", "")));
            if (a.containsKey("present")) {
                line.append(a.getBoolean("present") ? ": có mặt" : ": vắng mặt");
            }
            if (a.containsKey("reason")) {
                line.append(" (").append(a.getString("reason")).append(')');
            }
            if (a.containsKey("delegates")) {
                List<String> names = a.getJsonArray("delegates").getValuesAs(JsonObject.class).stream()
                        .map(d -> d.getString("name", "") + (d.containsKey("position")
                                ? ", " + d.getString("position") : "")).toList();
                line.append("; người dự: ").append(String.join("; ", names));
            }
            lines.add(line.toString());
        }
        for (JsonObject s : content.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            lines.add((s.containsKey("agendaItem") ? s.getJsonNumber("agendaItem") + ". " : "")
                    + s.getString("title", ""));
            lines.addAll(html(s.getString("discussion", "")));
        }
        lines.add("KẾT LUẬN");
        for (JsonObject c : content.getJsonArray("conclusions").getValuesAs(JsonObject.class)) {
            List<String> text = html(c.getString("text", ""));
            for (int i = 0; i < text.size(); i++) {
                lines.add((i == 0 ? "- " : "  ") + text.get(i));
            }
        }
        return lines;
    }

    /** The text of formatted content, one line per block (paragraph, heading, list item, table row). */
    static List<String> html(String html) {
        StringBuilder out = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e) {
                    if (BLOCKS.contains(e.normalName()) || e.normalName().equals("br")) {
                        out.append('\n');
                    }
                    if (e.normalName().equals("li")) {
                        out.append("• ");
                    } else if ((e.normalName().equals("td") || e.normalName().equals("th"))
                            && e.elementSiblingIndex() > 0) {
                        out.append(" | ");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        });
        List<String> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            String collapsed = line.replaceAll("\\s+", " ").strip();
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
        }
        return lines;
    }
}
