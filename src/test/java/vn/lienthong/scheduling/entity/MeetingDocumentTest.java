package vn.lienthong.scheduling.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue "Minutes, conclusions and the archive": a document's text is read once, and only a PDF's. */
class MeetingDocumentTest {

    private static MeetingDocument pdf() {
        return new MeetingDocument(7, "Báo cáo.pdf", "application/pdf", DocumentPurpose.DOCUMENT, true, "thuky",
                Instant.now());
    }

    @Test
    void aPdfWaitsForItsTextAndKeepsTheFirstResult() {
        MeetingDocument document = pdf();
        assertEquals(TextStatus.PENDING, document.getTextStatus());
        assertTrue(document.textRead(TextStatus.EXTRACTED, "Nội dung"));
        assertEquals("Nội dung", document.getTextContent());
        assertFalse(document.textRead(TextStatus.FAILED, null), "read once");
        assertEquals(TextStatus.EXTRACTED, document.getTextStatus());
    }

    @Test
    void otherFilesHaveNoTextToReadAndOnlyExtractedTextIsKept() {
        MeetingDocument scan = new MeetingDocument(7, "Ảnh.png", "image/png", DocumentPurpose.SIGNED_MINUTES, false,
                "thuky", Instant.now());
        assertEquals(TextStatus.NONE, scan.getTextStatus());
        assertEquals(DocumentPurpose.SIGNED_MINUTES, scan.getPurpose());
        assertFalse(scan.textRead(TextStatus.EXTRACTED, "x"));
        assertThrows(IllegalArgumentException.class, () -> pdf().textRead(TextStatus.EXTRACTED, " "));
        MeetingDocument failed = pdf();
        assertTrue(failed.textRead(TextStatus.FAILED, "ignored"));
        assertNull(failed.getTextContent());
    }
}
