package vn.lienthong.archive.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import vn.lienthong.archive.entity.ArchivedMeeting;

/**
 * A rough, in-process timing of the archive's query classes over generated meetings (not a test; run by hand):
 * {@code java -cp target/test-classes:target/classes:$(cat target/runtime/launcher.classpath)
 * vn.lienthong.archive.control.ArchiveTiming 200000}.
 */
public final class ArchiveTiming {

    private static final String[] SYLLABLES = ("của các và là có được trong cho với những đã về theo này người "
            + "công tác năm tỉnh huyện xã đơn vị triển khai thực hiện kế hoạch báo cáo kết luận giao nhiệm vụ dịch "
            + "công trực tuyến cải cách hành chính đẩy mạnh chuyển đổi số ngân sách đầu tư xây dựng nông thôn mới "
            + "an ninh trật tự giáo dục y tế môi trường đất đai sở ngành phòng ban chủ tịch ủy ban nhân dân hội đồng "
            + "quyết định chỉ đạo kiểm tra giám sát tiến độ hoàn thành quý tháng tuần rà soát thủ tục hồ sơ").split(" ");

    private ArchiveTiming() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("archive-timing");
        ArchiveSettings settings = new ArchiveSettings();
        settings.indexDir = Optional.of(dir.toString());
        ArchiveIndex index = new ArchiveIndex();
        index.settings = settings;
        index.open();
        UnitLineage lineage = new UnitLineage(java.util.Map.of(), List.of());
        Random random = new Random(42);
        long started = System.nanoTime();
        List<Document> batch = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            batch.add(ArchiveDocuments.of(meeting(i, random), lineage));
            if (batch.size() == 1000 || i == count) {
                index.apply(batch, List.of(), i);
                batch.clear();
            }
        }
        System.out.printf("indexed %d meetings in %d s%n", count, (System.nanoTime() - started) / 1_000_000_000);
        index.close();
        index = new ArchiveIndex();
        index.settings = settings;
        index.executor = null;
        index.open();
        ArchiveSearcher searcher = new ArchiveSearcher();
        searcher.index = index;
        String[] queries = {"của", "các", "và", "cai cach hanh chinh", "\"dịch vụ công\"", "\"của các\"",
                "day manh chuyen doi so", "zzz", ""};
        for (String q : queries) {
            for (String reader : new String[]{"94", "31570"}) {
                long[] times = new long[40];
                long total = 0;
                for (int run = 0; run < times.length; run++) {
                    long t = System.nanoTime();
                    ArchiveQuery query = new ArchiveQuery(QuerySyntax.parse(q), reader, reader.equals("94"),
                            run % 2 == 0 ? null : Instant.parse("2022-01-01T00:00:00Z").toEpochMilli(), null,
                            Set.of(), run % 4 == 1 ? Set.of("941") : Set.of(), null, null, null, null);
                    total = searcher.search(query, run % 3 == 0, 0, 20).total();
                    times[run] = (System.nanoTime() - t) / 1000;
                }
                Arrays.sort(times);
                System.out.printf("%-28s reader %-6s hits %8d  p50 %6.1f ms  p95 %6.1f ms%n", q, reader, total,
                        times[times.length / 2] / 1000.0, times[(int) (times.length * 0.95)] / 1000.0);
            }
        }
        index.close();
    }

    private static ArchivedMeeting meeting(long id, Random random) {
        StringBuilder minutes = new StringBuilder();
        while (minutes.length() < 2000) {
            // Zipf-like: the first syllables ("của", "các", "và") are by far the commonest
            int i = (int) Math.min(SYLLABLES.length - 1, Math.abs(random.nextGaussian()) * SYLLABLES.length / 3);
            minutes.append(SYLLABLES[i]).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        boolean confidential = id % 10 == 0;
        String unit = Integer.toString(31500 + (int) (id % 100));
        return new ArchivedMeeting(id, "Họp " + SYLLABLES[(int) (id % SYLLABLES.length)] + " " + id,
                id % 3 == 0 ? "MEETING" : "CONFERENCE", "APPROVED", confidential,
                Instant.parse("2020-01-01T02:00:00Z").plusSeconds(id * 300), id % 5 == 0 ? "941" : "94",
                "UBND tỉnh", "Lê Văn Thử", "chutich", "94", Set.of("94", unit, "941"),
                List.of("UBND tỉnh", "Xã " + unit), id % 2 == 0 ? "FINAL" : "DRAFT", List.of("Báo cáo tình hình"),
                List.of(minutes.toString()), List.of("Giao nhiệm vụ rà soát"), List.of());
    }
}
