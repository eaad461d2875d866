package vn.lienthong.archive.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.archive.entity.ArchivedMeeting;

/** The index and its searches on a real Lucene index on disk: matching, phrases, snippets, facets, access. */
class ArchiveSearcherTest {

    @TempDir
    Path dir;

    private ArchiveIndex index;
    private ArchiveSearcher searcher;
    private final UnitLineage lineage = new UnitLineage(Map.of("94", "Tỉnh Sóc Trăng", "941", "Thành phố Sóc Trăng",
            "950", "Huyện Mới"), List.<String[]>of(new String[]{"941", "950"}));

    @BeforeEach
    void open() throws IOException {
        ArchiveSettings settings = new ArchiveSettings();
        settings.indexDir = Optional.of(dir.toString());
        settings.pollMillis = 500;
        index = new ArchiveIndex();
        index.settings = settings;
        index.open();
        searcher = new ArchiveSearcher();
        searcher.index = index;
        index.apply(List.of(
                ArchiveDocuments.of(meeting(1, "Đẩy mạnh cải cách hành chính", false, "2023-03-01T02:00:00Z",
                        List.of("Kết luận: giao Sở Nội vụ <b>đẩy mạnh</b> dịch vụ công trực tuyến")), lineage),
                ArchiveDocuments.of(meeting(2, "Giao ban công tác dịch", false, "2024-05-01T02:00:00Z",
                        List.of("Công dịch vụ: sửa chữa trụ sở")), lineage),
                ArchiveDocuments.of(meeting(3, "Họp mật về an ninh", true, "2024-06-01T02:00:00Z",
                        List.of("Nội dung mật của các đơn vị")), lineage)), List.of(), 3);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static ArchivedMeeting meeting(long id, String title, boolean confidential, String start,
                                           List<String> minutes) {
        return new ArchivedMeeting(id, title, id == 2 ? "MEETING" : "CONFERENCE", "APPROVED", confidential,
                Instant.parse(start), "94", "UBND tỉnh Sóc Trăng", "Lê Văn Thử", "chutich", "94",
                Set.of("94", id == 3 ? "31570" : "941"), List.of("UBND tỉnh Sóc Trăng", "Thành phố Sóc Trăng"),
                "DRAFT", List.of("Báo cáo tình hình"), minutes, List.of("Giao nhiệm vụ rà soát thủ tục"),
                List.of());
    }

    private ArchiveSearcher.Result find(String text, String reader, boolean readsAll) {
        return searcher.search(new ArchiveQuery(QuerySyntax.parse(text), reader, readsAll, null, null, Set.of(),
                Set.of(), null, null, null, null), false, 0, 10);
    }

    private static List<Long> ids(ArchiveSearcher.Result result) {
        return result.hits().stream().map(ArchiveSearcher.Hit::meetingId).sorted().toList();
    }

    @Test
    void withoutDiacriticsInAnyCaseTheSameMeetingsAreFound() {
        assertEquals(List.of(1L), ids(find("day manh", "94", true)));
        assertEquals(List.of(1L), ids(find("CẢI CÁCH", "94", true)));
        assertEquals(List.of(1L), ids(find("cai cach hanh chinh", "94", true)));
    }

    @Test
    void aPhraseMatchesOnlyInOrder() {
        assertEquals(List.of(1L), ids(find("\"dịch vụ công\"", "94", true)));
        assertEquals(List.of(1L, 2L), ids(find("dịch vụ công", "94", true)));
        assertEquals(List.of(2L), ids(find("\"công dịch vụ\"", "94", true)));
    }

    @Test
    void snippetsMarkTheMatchAndEscapeTheStoredText() {
        String snippet = find("day manh", "94", true).hits().get(0).snippet();
        assertTrue(snippet.contains("<mark>"), snippet);
        assertFalse(snippet.contains("<b>"), snippet);
        assertTrue(snippet.contains("&lt;b&gt;"), snippet);
    }

    @Test
    void aSnippetSpanningTwoLinesOfTheTextSeparatesThem() {
        String snippet = find("sở nội vụ", "94", true).hits().get(0).snippet();
        assertFalse(snippet.contains("\u0000"), snippet);
        assertTrue(snippet.contains(" · "), snippet);
    }

    @Test
    void aPhraseIsMarkedWhereItsWordsStandInOrderOnly() {
        String snippet = find("\"công dịch vụ\"", "94", true).hits().get(0).snippet();
        assertTrue(snippet.contains("<mark>Công dịch vụ</mark>"), snippet);
        assertFalse(snippet.contains("<mark>công</mark>"), () -> "the title's words apart are no match: " + snippet);
    }

    @Test
    void aMatchDeepInLongMinutesIsShownWithItsSentenceAndWordsApartInTwoPassages() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Mở đầu: đua ghe Ngo năm nay tổ chức tại sông Maspéro.");
        for (int i = 0; i < 200; i++) {
            lines.add("Dòng " + i + " của biên bản về công tác chung của các đơn vị.");
        }
        lines.add("Kết luận: khắc phục sạt lở bờ sông trước mùa mưa. Giao Sở Nông nghiệp theo dõi.");
        lines.add("Dòng cuối của biên bản.");
        index.apply(List.of(ArchiveDocuments.of(meeting(50, "Họp về bờ kè", false, "2022-01-01T02:00:00Z", lines),
                lineage)), List.of(), 50);
        String deep = find("SAT LO", "94", true).hits().get(0).snippet();
        assertTrue(deep.contains("Kết luận khắc phục <mark>sạt</mark> <mark>lở</mark> bờ sông")
                || deep.contains("Kết luận: khắc phục <mark>sạt</mark> <mark>lở</mark> bờ sông"), deep);
        assertTrue(deep.length() < 600, () -> "a passage, not the minutes: " + deep);
        String apart = find("ghe sạt", "94", true).hits().get(0).snippet();
        assertTrue(apart.contains("<mark>ghe</mark>") && apart.contains("<mark>sạt</mark>")
                && apart.contains(" … "), apart);
        assertTrue(apart.length() < 1_000, apart);
    }

    @Test
    void confidentialMeetingsAreNotFoundNorCountedByOtherUnits() {
        ArchiveSearcher.Result other = find("các", "31571", false);
        assertEquals(0, other.total());
        assertTrue(other.facets().hosts().isEmpty());
        assertEquals(List.of(3L), ids(find("các", "31570", false)));
        assertEquals(List.of(3L), ids(find("các", "94", true)));
    }

    @Test
    void facetsCountEveryHit() {
        ArchiveSearcher.Result all = find("", "94", true);
        assertEquals(3, all.total());
        assertEquals(Map.of(2023, 1L, 2024, 2L), all.facets().years());
        assertEquals(Map.of("94", 3L), all.facets().hosts());
        assertEquals(Map.of("CONFERENCE", 2L, "MEETING", 1L), all.facets().kinds());
        assertEquals(List.of(3L, 2L, 1L), all.hits().stream().map(ArchiveSearcher.Hit::meetingId).toList(),
                "without words, newest first");
    }

    @Test
    void theSuccessorOfAnInvitedUnitFindsItsMeetingsByNameAndCode() {
        assertEquals(List.of(1L, 2L), ids(find("huyện mới", "94", true)));
        ArchiveSearcher.Result byCode = searcher.search(new ArchiveQuery(QuerySyntax.parse(""), "94", true, null,
                null, Set.of(), Set.of("950"), null, null, null, null), false, 0, 10);
        assertEquals(List.of(1L, 2L), ids(byCode));
    }

    @Test
    void beyondTheCountLimitThePageComesWithoutCountingAndTheCountIsAskedApart() throws IOException {
        int many = ArchiveSearcher.COUNT_LIMIT + 50;
        manyMeetings(many, "Dịch vụ công trực tuyến và chuyển đổi số");
        ArchiveSearcher.Result page = find("chuyển đổi số", "94", true);
        assertFalse(page.totalExact());
        assertTrue(page.total() >= ArchiveSearcher.COUNT_LIMIT && page.total() <= many, () -> "" + page.total());
        assertEquals(10, page.hits().size());
        assertEquals(null, page.facets(), "the facets would need every hit: they are counted on request");
        FacetCounter.Result counted = searcher.facets(query("chuyển đổi số"));
        assertEquals(many, counted.total());
        assertEquals(Map.of(2025, (long) many), counted.years());
        assertTrue(find("day manh", "94", true).totalExact(), "few hits are still counted exactly");
    }

    @Test
    void aLongPhraseBeyondTheCountLimitListsOnlyMeetingsWithTheWordsInOrder() throws IOException {
        manyMeetings(ArchiveSearcher.COUNT_LIMIT + 50, "Dịch vụ công trực tuyến");
        // the newest meeting holds both word pairs of the phrase, but apart
        index.apply(List.of(ArchiveDocuments.of(meeting(900_000, "Dịch vụ sửa chữa, vụ công tác phí", false,
                "2026-01-01T02:00:00Z", List.of()), lineage)), List.of(), 900_000);
        ArchiveSearcher.Result newest = searcher.search(query("\"dịch vụ công\""), true, 0, 20);
        assertFalse(newest.totalExact());
        assertEquals(20, newest.hits().size());
        assertFalse(newest.hits().stream().anyMatch(h -> h.meetingId() == 900_000), "the pairs apart are no match");
        assertTrue(ids(find("dịch vụ sửa chữa vụ công", "94", true)).contains(900_000L), "found by its words");
    }

    private ArchiveQuery query(String text) {
        return new ArchiveQuery(QuerySyntax.parse(text), "94", true, null, null, Set.of(), Set.of(), null, null, null,
                null);
    }

    private void manyMeetings(int count, String title) throws IOException {
        List<org.apache.lucene.document.Document> documents = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(ArchiveDocuments.of(meeting(1_000 + i, title, false, "2025-02-01T02:00:00Z", List.of()),
                    lineage));
        }
        index.apply(documents, List.of(), 1_000 + count);
    }
}
