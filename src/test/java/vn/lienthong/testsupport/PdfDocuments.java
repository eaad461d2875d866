package vn.lienthong.testsupport;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads PDFs back for the tests: the text of each page and the fonts they use, with OpenPDF's reader. */
public final class PdfDocuments {

    private PdfDocuments() {
    }

    /** The text of every page, in order. */
    public static List<String> pages(byte[] pdf) {
        PdfReader reader = reader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            reader.close();
        }
    }

    /** The text of all pages with every run of white space (line breaks included) as one space. */
    public static String flatText(byte[] pdf) {
        return flat(String.join(" ", pages(pdf)));
    }

    /** {@code text} with every run of white space as one space: lines wrap where the layout wants. */
    public static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * The fonts the pages use, each as its base name and whether the file is embedded: a TrueType font is when its
     * descriptor (of the font itself or, for a composite font, of its descendant) has a FontFile2 stream.
     */
    public static Set<String> fonts(byte[] pdf) {
        PdfReader reader = reader(pdf);
        try {
            Set<String> fonts = new LinkedHashSet<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
                PdfDictionary pageFonts = resources == null ? null : resources.getAsDict(PdfName.FONT);
                if (pageFonts == null) {
                    continue;
                }
                for (PdfName key : pageFonts.getKeys()) {
                    PdfDictionary font = pageFonts.getAsDict(key);
                    fonts.add(font.getAsName(PdfName.BASEFONT) + (embedded(font) ? " embedded" : " not embedded"));
                }
            }
            return fonts;
        } finally {
            reader.close();
        }
    }

    private static boolean embedded(PdfDictionary font) {
        PdfDictionary descriptor = font.getAsDict(PdfName.FONTDESCRIPTOR);
        if (descriptor == null && font.getAsArray(PdfName.DESCENDANTFONTS) != null) {
            PdfObject first = PdfReader.getPdfObject(font.getAsArray(PdfName.DESCENDANTFONTS).getPdfObject(0));
            descriptor = first instanceof PdfDictionary descendant ? descendant.getAsDict(PdfName.FONTDESCRIPTOR) : null;
        }
        return descriptor != null && descriptor.get(PdfName.FONTFILE2) != null;
    }

    private static PdfReader reader(byte[] pdf) {
        try {
            return new PdfReader(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("not a PDF", e);
        }
    }
}
