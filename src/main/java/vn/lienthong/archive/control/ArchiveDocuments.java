package vn.lienthong.archive.control;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import vn.lienthong.archive.entity.ArchivedMeeting;

/**
 * One Lucene document per meeting. Only what the result list and the snippets need is stored; the text is indexed
 * with offsets, so snippets are cut from the postings without analysing the text again.
 */
public final class ArchiveDocuments {

    public static final String ID = "id";
    public static final String TITLE = "title";
    /** Everything searchable, one value per part (title, agenda item, unit name, line of minutes, task, file). */
    public static final String TEXT = "text";
    /** The same text as pairs of neighbouring words, for phrases. */
    public static final String BIGRAMS = "bigrams";
    public static final String START = "start";
    public static final String YEAR = "year";
    public static final String HOST = "host";
    public static final String HOST_NAME = "hostName";
    /** Codes the host filter matches: the host and its successors. */
    public static final String HOST_LINE = "hostLine";
    /** Codes the unit filter matches: the invited units (host included) and their successors. */
    public static final String UNIT = "unit";
    /** Units that may read the meeting when it is confidential: the invited units, host and booking unit. */
    public static final String READER = "reader";
    public static final String CONFIDENTIAL = "confidential";
    public static final String KIND = "kind";
    public static final String STATUS = "status";
    public static final String MINUTES = "minutes";
    public static final String CHAIR = "chair";
    public static final String CHAIR_USER = "chairUser";

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private ArchiveDocuments() {
    }

    public static Document of(ArchivedMeeting m, UnitLineage lineage) {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(m.id()), Field.Store.YES));
        d.add(new TextField(TITLE, m.title(), Field.Store.YES));
        text(d, m.title());
        text(d, m.chairName());
        m.agenda().forEach(t -> text(d, t));
        m.unitNames().forEach(t -> text(d, t));
        // after a merge the meeting is found under the names of the units that took over
        Set<String> successors = new LinkedHashSet<>();
        m.invitedUnits().forEach(code -> successors.addAll(lineage.successorsOf(code)));
        successors.removeAll(m.invitedUnits());
        successors.stream().map(lineage::name).distinct().filter(name -> !m.unitNames().contains(name))
                .forEach(t -> text(d, t));
        m.minutes().forEach(t -> text(d, t));
        m.tasks().forEach(t -> text(d, t));
        m.attachments().forEach(t -> text(d, t));

        long start = m.start().toEpochMilli();
        d.add(new LongPoint(START, start));
        d.add(new NumericDocValuesField(START, start));
        d.add(new StoredField(START, start));
        d.add(new NumericDocValuesField(YEAR, m.start().atZone(VIETNAM).getYear()));

        d.add(new StringField(HOST, m.hostUnitCode(), Field.Store.YES));
        d.add(new SortedDocValuesField(HOST, new BytesRef(m.hostUnitCode())));
        d.add(new StoredField(HOST_NAME, m.hostUnitName()));
        keywords(d, HOST_LINE, List.of(m.hostUnitCode()));
        keywords(d, HOST_LINE, lineage.successorsOf(m.hostUnitCode()));
        keywords(d, UNIT, m.invitedUnits());
        keywords(d, UNIT, successors);
        keywords(d, READER, m.invitedUnits());
        keywords(d, READER, List.of(m.hostUnitCode(), m.createdByUnit()));

        d.add(new StringField(CONFIDENTIAL, Boolean.toString(m.confidential()), Field.Store.YES));
        d.add(new StringField(KIND, m.kind(), Field.Store.YES));
        d.add(new SortedDocValuesField(KIND, new BytesRef(m.kind())));
        d.add(new StringField(STATUS, m.status(), Field.Store.YES));
        d.add(new StringField(MINUTES, m.minutesStatus(), Field.Store.YES));
        d.add(new TextField(CHAIR, m.chairName(), Field.Store.YES));
        if (m.chairUsername() != null) {
            d.add(new StringField(CHAIR_USER, m.chairUsername(), Field.Store.NO));
        }
        return d;
    }

    private static void text(Document d, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new Field(TEXT, value, TEXT_WITH_OFFSETS));
            d.add(new TextField(BIGRAMS, value, Field.Store.NO));
        }
    }

    private static void keywords(Document d, String field, java.util.Collection<String> codes) {
        for (String code : codes) {
            if (code != null) {
                d.add(new StringField(field, code, Field.Store.NO));
            }
        }
    }
}
