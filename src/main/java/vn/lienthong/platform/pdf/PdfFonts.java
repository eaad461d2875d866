package vn.lienthong.platform.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typeface of the documents the system prints (invitation letters, minutes, conclusion notices): Liberation
 * Serif (SIL Open Font License 1.1, shipped in OpenPDF's {@code openpdf-fonts-extra}), metric-compatible with Times New Roman, the face administrative documents use, and
 * covering every Vietnamese letter. Embedded as a subset with Identity-H encoding, so the PDF shows and copies the
 * same text everywhere. The font files are read once; each document gets fonts of its own, because a font object
 * records the glyphs its document used and writes them when the document closes.
 */
public final class PdfFonts {

    private static final String DIRECTORY = "liberation/";
    private static final byte[] REGULAR = read("LiberationSerif-Regular.ttf");
    private static final byte[] BOLD = read("LiberationSerif-Bold.ttf");
    private static final byte[] ITALIC = read("LiberationSerif-Italic.ttf");
    private static final byte[] BOLD_ITALIC = read("LiberationSerif-BoldItalic.ttf");

    public final BaseFont regular;
    public final BaseFont bold;
    public final BaseFont italic;
    public final BaseFont boldItalic;

    public PdfFonts() {
        this.regular = font("LiberationSerif-Regular.ttf", REGULAR);
        this.bold = font("LiberationSerif-Bold.ttf", BOLD);
        this.italic = font("LiberationSerif-Italic.ttf", ITALIC);
        this.boldItalic = font("LiberationSerif-BoldItalic.ttf", BOLD_ITALIC);
    }

    public Font regular(float size) {
        return new Font(regular, size);
    }

    public Font bold(float size) {
        return new Font(bold, size);
    }

    public Font italic(float size) {
        return new Font(italic, size);
    }

    /** The face for a run of text that is bold, italic, both or neither; {@code underline} adds the line. */
    public Font styled(float size, boolean isBold, boolean isItalic, boolean underline) {
        BaseFont face = isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : regular);
        return new Font(face, size, underline ? Font.UNDERLINE : Font.NORMAL);
    }

    public Font bold(float size, Color color) {
        return new Font(bold, size, Font.NORMAL, color);
    }

    private static BaseFont font(String name, byte[] file) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + DIRECTORY + file + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
