package vn.lienthong.scheduling.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;
import static vn.lienthong.testsupport.ProblemAssertions.assertInvalid;
import static vn.lienthong.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Api.Reply;
import vn.lienthong.testsupport.Database;
import vn.lienthong.testsupport.Deployments;

/**
 * Issue 3, documents of a meeting over HTTP against MariaDB: each allowed type is stored and read back byte for
 * byte, a file whose bytes are not what its type says is refused (415), an upload over the limit is refused from
 * its declared length or aborted while it streams (413), a meeting holds at most 30 documents, and only the units
 * that manage a meeting change its documents. Nothing is written on any refusal. Weeks 80-82 of the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsIT {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final long LIMIT = 20L * 1024 * 1024;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api as(String username) {
        return Api.at(base).as(username);
    }

    private long meetingOfWeek(int week, String from, String to) {
        return id(book(as("thuky"), meeting(unique("Họp có tài liệu"), week(week), from, to, "941", "31570")));
    }

    private static String documents(long meeting) {
        return "api/meetings/" + meeting + "/documents";
    }

    private static String named(String name) {
        return "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Bytes that start like a file of some type, then {@code size} bytes of noise in all. */
    private static byte[] file(byte[] head, int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static final byte[] PDF_HEAD = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_HEAD = {'P', 'K', 3, 4};
    private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_HEAD = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0};

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long stored(long meeting) {
        return Database.count("SELECT COUNT(*) FROM meeting_document WHERE meeting_id = ?", meeting)
                + Database.count("SELECT COUNT(*) FROM meeting_document_chunk c JOIN meeting_document d"
                + " ON d.id = c.document_id WHERE d.meeting_id = ?", meeting);
    }

    private static long allChunks() {
        return Database.count("SELECT COUNT(*) FROM meeting_document_chunk");
    }

    /** GET with the caller's token, the body as bytes. */
    private HttpResponse<byte[]> bytes(Api api, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(api.base().resolve(path))
                .header("Authorization", "Bearer " + api.token()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void everyAllowedTypeIsStoredAndReadBackByteForByteWithItsChecksum() throws Exception {
        long id = meetingOfWeek(80, "08:00", "10:00");
        Api thuky = as("thuky");
        record Sample(String name, String type, byte[] bytes) {
        }
        List<Sample> samples = List.of(
                new Sample("Báo cáo tổng hợp quý I.pdf", PDF, file(PDF_HEAD, 2 * 1024 * 1024 + 12345, 1)),
                new Sample("Dự thảo kết luận.docx", DOCX, file(ZIP_HEAD, 40_000, 2)),
                new Sample("Số liệu đầu tư công.xlsx", XLSX, file(ZIP_HEAD, 1024 * 1024, 3)),
                new Sample("Sơ đồ vị trí.png", "image/png", file(PNG_HEAD, 5_000, 4)),
                new Sample("Ảnh hiện trường.jpg", "image/jpeg; charset=binary", file(JPEG_HEAD, 7_000, 5)));

        for (Sample sample : samples) {
            Reply uploaded = thuky.post(documents(id) + named(sample.name()), sample.type(), sample.bytes());

            assertEquals(201, uploaded.status(), () -> "uploading " + sample.name() + ": " + uploaded);
            JsonObject document = uploaded.json();
            long docId = document.getJsonNumber("id").longValue();
            assertTrue(uploaded.header("Location").orElseThrow().endsWith(documents(id) + "/" + docId),
                    () -> "Location of " + uploaded);
            assertEquals(sample.name(), document.getString("name"));
            assertEquals(sample.type().split(";")[0], document.getString("contentType"));
            assertEquals(sample.bytes().length, document.getJsonNumber("size").longValue());
            assertEquals(sha256(sample.bytes()), document.getString("sha256"));
            assertEquals("thuky", document.getString("uploadedBy"));

            HttpResponse<byte[]> read = bytes(as("xa-31570"), documents(id) + "/" + docId);
            assertEquals(200, read.statusCode(), "an invited unit reads the documents");
            assertArrayEquals(sample.bytes(), read.body());
            assertEquals(sample.type().split(";")[0], read.headers().firstValue("Content-Type").orElseThrow());
            String disposition = read.headers().firstValue("Content-Disposition").orElseThrow();
            assertTrue(disposition.startsWith("attachment; filename=\""), disposition);
            assertTrue(disposition.contains("filename*=UTF-8''" + URLEncoder.encode(sample.name(),
                    StandardCharsets.UTF_8).replace("+", "%20")), disposition);
        }
        assertEquals(3, Database.count("SELECT COUNT(*) FROM meeting_document_chunk c JOIN meeting_document d"
                + " ON d.id = c.document_id WHERE d.meeting_id = ? AND d.name LIKE 'Báo cáo%'", id),
                "2 MB and a bit are two full chunks of 1 MB and one with the rest");
        List<JsonObject> listed = as("xa-31570").get(documents(id)).structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(samples.stream().map(Sample::name).toList(), listed.stream().map(d -> d.getString("name")).toList());
        assertEquals(5, thuky.get("api/meetings/" + id).json().getJsonArray("documents").size(),
                "the meeting shows its documents");
        assertEquals(5, Database.count("SELECT COUNT(*) FROM audit_entry a JOIN meeting_document d"
                + " ON a.entity_id = CAST(d.id AS CHAR) COLLATE utf8mb4_unicode_ci WHERE a.entity_type = 'MeetingDocument' AND a.action = 'CREATE'"
                + " AND d.meeting_id = ?", id), "every upload is audited");
    }

    @Test
    void bytesThatAreNotWhatTheirTypeSaysAreRefusedWith415AndNothingIsWritten() {
        long id = meetingOfWeek(80, "14:00", "15:00");
        Api thuky = as("thuky");
        byte[] executable = file(new byte[] {'M', 'Z', (byte) 0x90, 0}, 50_000, 6);

        JsonObject renamed = assertProblem(415, thuky.post(documents(id) + named("bao-cao.pdf"), PDF, executable));
        assertProblem(415, thuky.post(documents(id) + named("bao-cao.exe"), "application/x-msdownload", executable));
        assertProblem(415, thuky.post(documents(id) + named("ghi-chu.txt"), "text/plain",
                "ghi chú".getBytes(StandardCharsets.UTF_8)));
        assertProblem(415, thuky.post(documents(id) + named("anh.png"), "image/png", file(JPEG_HEAD, 900, 7)));

        assertTrue(renamed.getString("detail").contains("PDF") && renamed.getString("detail").contains("DOCX")
                && renamed.getString("detail").contains("XLSX") && renamed.getString("detail").contains("PNG")
                && renamed.getString("detail").contains("JPEG"), () -> "the allowed types are named: " + renamed);
        assertEquals(0, stored(id));
    }

    @Test
    void anEmptyFileAMissingOrTooLongNameAreRefusedAndAFolderIsStrippedFromTheName() {
        long id = meetingOfWeek(80, "16:00", "17:00");
        Api thuky = as("thuky");
        byte[] pdf = file(PDF_HEAD, 3_000, 8);

        assertInvalid(thuky.post(documents(id) + named("rong.pdf"), PDF, new byte[0]), "file");
        assertInvalid(thuky.post(documents(id), PDF, pdf), "name");
        assertInvalid(thuky.post(documents(id) + named("C:\\Tài liệu\\"), PDF, pdf), "name");
        assertInvalid(thuky.post(documents(id) + named("x".repeat(197) + ".pdf"), PDF, pdf), "name");
        assertEquals(0, stored(id));

        Reply stripped = thuky.post(documents(id) + named("C:\\fakepath\\Giấy mời.pdf"), PDF, pdf);
        assertEquals(201, stripped.status(), () -> "upload: " + stripped);
        assertEquals("Giấy mời.pdf", stripped.json().getString("name"));
    }

    @Test
    void aDeclaredTwoGigabyteUploadIsRefusedFromItsHeadersBeforeAnyByteIsRead() throws IOException {
        long id = meetingOfWeek(81, "08:00", "09:00");
        long chunksBefore = allChunks();

        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(id, "ban-ghi-hinh.pdf", "Content-Length: 2147483648").getBytes(StandardCharsets.UTF_8));
            out.write(PDF_HEAD);
            out.flush();
            // only the headers and a few bytes were sent: the answer cannot wait for the body
            Answer answer = answer(socket.getInputStream());

            assertEquals(413, answer.status(), () -> "answer: " + answer);
            assertTrue(answer.text().contains("application/problem+json"), answer::text);
            assertTrue(answer.text().contains("20 MB"), () -> "the limit is named: " + answer.text());
        }
        assertEquals(0, stored(id));
        assertEquals(chunksBefore, allChunks());
    }

    @Test
    void aChunkedUploadWithoutLengthIsAbortedOnceItPassesTheLimit() throws Exception {
        long id = meetingOfWeek(81, "10:00", "11:00");
        AtomicLong sent = new AtomicLong();

        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(id, "video.pdf", "Transfer-Encoding: chunked").getBytes(StandardCharsets.UTF_8));
            Thread writer = new Thread(() -> {
                byte[] block = file(PDF_HEAD, 64 * 1024, 9);
                byte[] size = (Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    // up to 2 GB, unless the server stops the upload first
                    while (sent.get() < 2L * 1024 * 1024 * 1024) {
                        out.write(size);
                        out.write(block);
                        out.write(new byte[] {'\r', '\n'});
                        sent.addAndGet(block.length);
                    }
                } catch (IOException closed) {
                    // the server answered and closed the connection: what the test expects
                }
            });
            writer.setDaemon(true);
            writer.start();
            Answer answer = answer(socket.getInputStream());
            long sentWhenAnswered = sent.get();

            assertEquals(413, answer.status(), () -> "answer: " + answer);
            assertTrue(answer.text().contains("20 MB"), () -> "the limit is named: " + answer.text());
            assertTrue(sentWhenAnswered < 10 * LIMIT, () -> "answered after " + sentWhenAnswered + " bytes");
        }
        assertEquals(0, stored(id));
    }

    @Test
    void aMeetingHoldsAtMostThirtyDocuments() {
        long id = meetingOfWeek(81, "14:00", "15:00");
        Api thuky = as("thuky");
        for (int i = 1; i <= Documents.MAX_PER_MEETING; i++) {
            Reply reply = thuky.post(documents(id) + named("Ảnh " + i + ".png"), "image/png", file(PNG_HEAD, 100, i));
            assertEquals(201, reply.status(), () -> "upload: " + reply);
        }

        JsonObject full = assertProblem(409, thuky.post(documents(id) + named("Ảnh 31.png"), "image/png",
                file(PNG_HEAD, 100, 31)));

        assertTrue(full.getString("detail").contains("30"), () -> "the limit is named: " + full);
        assertEquals(30, Database.count("SELECT COUNT(*) FROM meeting_document WHERE meeting_id = ?", id));
    }

    @Test
    void onlyTheUnitsThatManageTheMeetingChangeItsDocumentsAndAConfidentialOneIsHidden() throws Exception {
        long open = meetingOfWeek(82, "08:00", "09:00");
        long secret = id(book(as("thuky"), meeting(unique("Họp mật có tài liệu"), week(82), "10:00", "11:00",
                "31498").add("confidential", true)));
        byte[] pdf = file(PDF_HEAD, 2_000, 10);
        long docId = as("thuky").post(documents(open) + named("Giấy mời.pdf"), PDF, pdf).json()
                .getJsonNumber("id").longValue();
        long secretDoc = as("thuky").post(documents(secret) + named("Mật.pdf"), PDF, pdf).json()
                .getJsonNumber("id").longValue();

        assertProblem(403, as("huyen-941").post(documents(open) + named("khac.pdf"), PDF, pdf));
        assertProblem(403, as("xa-31570").post(documents(open) + named("khac.pdf"), PDF, pdf));
        assertProblem(403, as("xa-31570").delete(documents(open) + "/" + docId));
        assertProblem(401, Api.at(base).get(documents(open)));
        assertProblem(401, Api.at(base).get(documents(open) + "/" + docId));
        assertProblem(404, as("xa-31570").get(documents(secret)));
        assertProblem(404, as("xa-31570").get(documents(secret) + "/" + secretDoc));
        assertProblem(404, as("xa-31570").post(documents(secret) + named("khac.pdf"), PDF, pdf));
        // a document asked for under another meeting is not found there
        assertProblem(404, as("thuky").get(documents(open) + "/" + secretDoc));
        assertEquals(200, bytes(as("xa-31498"), documents(secret) + "/" + secretDoc).statusCode(),
                "an invited unit reads the confidential meeting's documents");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM meeting_document WHERE meeting_id = ?", open));
    }

    @Test
    void aDocumentIsDeletedWithItsBytesAndACancelledMeetingsDocumentsNoLongerChange() {
        long id = meetingOfWeek(82, "14:00", "15:00");
        Api thuky = as("thuky");
        byte[] xlsx = file(ZIP_HEAD, 1024 * 1024 + 1, 11);
        long docId = thuky.post(documents(id) + named("Số liệu.xlsx"), XLSX, xlsx).json().getJsonNumber("id").longValue();
        long keptId = thuky.post(documents(id) + named("Giữ lại.xlsx"), XLSX, xlsx).json().getJsonNumber("id").longValue();

        Reply deleted = thuky.delete(documents(id) + "/" + docId);

        assertEquals(204, deleted.status(), () -> "delete: " + deleted);
        assertProblem(404, thuky.get(documents(id) + "/" + docId));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM meeting_document_chunk WHERE document_id = ?", docId));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'MeetingDocument'"
                + " AND action = 'DELETE' AND entity_id = ?", Long.toString(docId)));

        assertEquals(200, thuky.post("api/meetings/" + id + "/cancel", "{\"reason\": \"Hoãn\"}").status());
        // refused before its body is read: over HTTP/1.1, where such an answer arrives at once (see Api)
        assertProblem(409, thuky.overHttp11().post(documents(id) + named("Muộn.xlsx"), XLSX, xlsx));
        assertProblem(409, thuky.delete(documents(id) + "/" + keptId));
        assertEquals(200, thuky.get(documents(id) + "/" + keptId).status(), "its documents can still be read");
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(60_000);
        return socket;
    }

    private String head(long meeting, String name, String lengthHeader) {
        return "POST /" + documents(meeting) + named(name) + " HTTP/1.1\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Authorization: Bearer " + as("thuky").token() + "\r\n"
                + "Content-Type: application/pdf\r\n"
                + lengthHeader + "\r\n\r\n";
    }

    private record Answer(int status, String text) {
    }

    /** The status and what came of the answer until the server closed the connection or stopped sending. */
    private static Answer answer(InputStream in) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                text.write(buffer, 0, n);
                if (text.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
        } catch (IOException reset) {
            // a reset after the answer arrived
        }
        String answer = text.toString(StandardCharsets.UTF_8);
        return new Answer(answer.length() > 12 ? Integer.parseInt(answer.substring(9, 12)) : -1, answer);
    }
}
