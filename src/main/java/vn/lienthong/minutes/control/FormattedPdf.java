package vn.lienthong.minutes.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.lienthong.platform.pdf.AdministrativeLayout;
import vn.lienthong.platform.pdf.PdfFonts;

/**
 * The formatted text of minutes ({@link HtmlSubset}) laid out for a PDF: headings and paragraphs, bulleted and
 * numbered lists (nested lists indented further), bold, italic and underlined runs, quotations indented in italics,
 * and tables with borders, their header cells in bold and cells spanning columns. Links keep their words.
 */
public final class FormattedPdf {

    private static final float INDENT = 18;

    private final PdfFonts fonts;
    private final float size;

    /** @param size the body text size in points */
    public FormattedPdf(PdfFonts fonts, float size) {
        this.fonts = fonts;
        this.size = size;
    }

    /** The blocks of {@code html}; plain text without markup is one paragraph. */
    public List<Element> blocks(String html) {
        List<Element> out = new ArrayList<>();
        if (html != null && !html.isBlank()) {
            blocks(Jsoup.parseBodyFragment(html).body(), 0, Style.PLAIN, out);
        }
        return out;
    }

    /**
     * The blocks of {@code html} with {@code mark} (e.g. "1. ") in bold before its first words; when it does not
     * start with a paragraph (a list, a table), the mark stands on a line of its own above it.
     */
    public List<Element> numbered(String html, String mark) {
        List<Element> out = blocks(html);
        Chunk lead = new Chunk(AdministrativeLayout.composed(mark), fonts.bold(size));
        if (!out.isEmpty() && out.get(0) instanceof Paragraph first) {
            first.add(0, lead);
        } else {
            Paragraph alone = paragraph(0, 3);
            alone.add(lead);
            out.add(0, alone);
        }
        return out;
    }

    private record Style(boolean bold, boolean italic, boolean underline) {
        static final Style PLAIN = new Style(false, false, false);

        Style with(String tag) {
            return switch (tag) {
                case "b", "strong", "th" -> new Style(true, italic, underline);
                case "i", "em", "blockquote" -> new Style(bold, true, underline);
                case "u", "a" -> new Style(bold, italic, true);
                default -> this;
            };
        }
    }

    /** Lays out the children of {@code parent}: runs of inline content become paragraphs, blocks their own parts. */
    private void blocks(org.jsoup.nodes.Element parent, float indent, Style style, List<Element> out) {
        Paragraph open = null;
        for (Node node : parent.childNodes()) {
            org.jsoup.nodes.Element e = node instanceof org.jsoup.nodes.Element el ? el : null;
            String tag = e == null ? "" : e.normalName();
            if (e == null || isInline(tag)) {
                if (node instanceof TextNode text && text.isBlank() && open == null) {
                    continue;
                }
                if (open == null) {
                    open = paragraph(indent, 0);
                }
                inline(node, style, open);
                continue;
            }
            open = flush(open, out);
            switch (tag) {
                case "h2", "h3", "h4" -> {
                    Paragraph heading = paragraph(indent, 6);
                    float headingSize = tag.equals("h2") ? size + 1 : size;
                    inline(e, new Style(true, tag.equals("h4"), false), heading, headingSize);
                    out.add(heading);
                }
                case "p" -> {
                    Paragraph paragraph = paragraph(indent, 3);
                    inline(e, style, paragraph);
                    out.add(paragraph);
                }
                case "blockquote" -> blocks(e, indent + INDENT, style.with(tag), out);
                case "ul", "ol" -> list(e, indent, style, tag.equals("ol"), out);
                case "table" -> out.add(table(e, indent));
                case "li" -> {
                    // a list item outside a list: one more bulleted line
                    item(e, indent, style, "• ", out);
                }
                default -> blocks(e, indent, style, out);
            }
        }
        flush(open, out);
    }

    private void list(org.jsoup.nodes.Element list, float indent, Style style, boolean ordered, List<Element> out) {
        int n = 0;
        for (org.jsoup.nodes.Element child : list.children()) {
            if (child.normalName().equals("li")) {
                n++;
                item(child, indent + INDENT, style, ordered ? n + ". " : "• ", out);
            } else {
                blocks(child, indent + INDENT, style, out);
            }
        }
    }

    /** A list item: its first line starts with the mark hanging left of the text, nested blocks follow. */
    private void item(org.jsoup.nodes.Element li, float indent, Style style, String mark, List<Element> out) {
        List<Element> parts = new ArrayList<>();
        blocks(li, indent, style, parts);
        if (parts.isEmpty() || !(parts.get(0) instanceof Paragraph first)) {
            Paragraph empty = paragraph(indent, 0);
            empty.add(new Chunk(mark, font(style, size)));
            out.add(empty);
            out.addAll(parts);
            return;
        }
        first.add(0, new Chunk(mark, font(style, size)));
        first.setFirstLineIndent(-fonts.regular.getWidthPoint(mark, size));
        out.addAll(parts);
    }

    private PdfPTable table(org.jsoup.nodes.Element table, float indent) {
        List<org.jsoup.nodes.Element> rows = table.select("tr");
        int columns = 1;
        for (org.jsoup.nodes.Element row : rows) {
            int width = 0;
            for (org.jsoup.nodes.Element cell : row.children()) {
                width += span(cell);
            }
            columns = Math.max(columns, width);
        }
        PdfPTable out = new PdfPTable(columns);
        out.setWidthPercentage(100);
        out.setSpacingBefore(4);
        out.setSpacingAfter(4);
        if (indent > 0) {
            out.setWidthPercentage(100 - Math.min(40, indent / 4.5f));
            out.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        for (org.jsoup.nodes.Element row : rows) {
            int used = 0;
            for (org.jsoup.nodes.Element cell : row.children()) {
                boolean header = cell.normalName().equals("th");
                PdfPCell pdfCell = new PdfPCell();
                pdfCell.setPadding(3);
                pdfCell.setColspan(Math.min(span(cell), columns - used));
                used += pdfCell.getColspan();
                if (header) {
                    pdfCell.setBackgroundColor(new Color(235, 235, 235));
                }
                List<Element> parts = new ArrayList<>();
                blocks(cell, 0, header ? Style.PLAIN.with("th") : Style.PLAIN, parts);
                parts.forEach(pdfCell::addElement);
                out.addCell(pdfCell);
            }
            // a short row is filled up, or the table would drop it
            for (; used < columns; used++) {
                out.addCell(new PdfPCell());
            }
        }
        return out;
    }

    private static int span(org.jsoup.nodes.Element cell) {
        try {
            return Math.max(1, Math.min(50, Integer.parseInt(cell.attr("colspan").strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void inline(Node node, Style style, Paragraph target) {
        inline(node, style, target, size);
    }

    private void inline(Node node, Style style, Paragraph target, float fontSize) {
        if (node instanceof TextNode text) {
            String words = text.text();
            if (target.isEmpty()) {
                words = words.stripLeading();
            }
            if (!words.isEmpty()) {
                target.add(new Chunk(AdministrativeLayout.composed(words), font(style, fontSize)));
            }
        } else if (node instanceof org.jsoup.nodes.Element e) {
            if (e.normalName().equals("br")) {
                target.add(Chunk.NEWLINE);
                return;
            }
            Style inner = style.with(e.normalName());
            for (Node child : e.childNodes()) {
                inline(child, inner, target, fontSize);
            }
        }
    }

    private Paragraph paragraph(float indent, float spacingBefore) {
        // the paragraph's own font is used around its runs: without one it would bring in Helvetica
        Paragraph paragraph = new Paragraph("", fonts.regular(size));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setIndentationLeft(indent);
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setLeading(size * 1.3f);
        return paragraph;
    }

    private static Paragraph flush(Paragraph open, List<Element> out) {
        if (open != null && !open.isEmpty()) {
            out.add(open);
        }
        return null;
    }

    private Font font(Style style, float fontSize) {
        return fonts.styled(fontSize, style.bold(), style.italic(), style.underline());
    }

    private static boolean isInline(String tag) {
        return switch (tag) {
            case "b", "strong", "i", "em", "u", "a", "br", "span" -> true;
            default -> false;
        };
    }
}
