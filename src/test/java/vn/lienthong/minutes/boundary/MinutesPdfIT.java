package vn.lienthong.minutes.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienthong.scheduling.boundary.MeetingRequests.array;
import static vn.lienthong.scheduling.boundary.MeetingRequests.book;
import static vn.lienthong.scheduling.boundary.MeetingRequests.id;
import static vn.lienthong.scheduling.boundary.MeetingRequests.meeting;
import static vn.lienthong.scheduling.boundary.MeetingRequests.unique;
import static vn.lienthong.scheduling.boundary.MeetingRequests.week;
import static vn.lienthong.testsupport.ProblemAssertions.assertInvalid;
import static vn.lienthong.testsupport.ProblemAssertions.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Api.Download;
import vn.lienthong.testsupport.Api.Reply;
import vn.lienthong.testsupport.Database;
import vn.lienthong.testsupport.Deployments;
import vn.lienthong.testsupport.PdfDocuments;
import vn.lienthong.testsupport.SamplePdfs;

/**
 * Issue "Minutes, conclusions and the archive", over HTTP against MariaDB: locked minutes and their conclusion
 * notice print as PDFs carrying the hash, a draft is refused with 409; signed scans of the minutes are taken only
 * once they are locked and only from the host's office; the text of attached PDFs is read for the search after the
 * upload (EXTRACTED, or NONE for a PDF without text, FAILED for a damaged one). Weeks 150-153 of the run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MinutesPdfIT {

    private static final String PDF = "application/pdf";
    private static final LocalDate DEADLINE = LocalDate.now().plusYears(2);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api as(String username) {
        return Api.at(base).as(username);
    }

    /** A provincial meeting chaired by chutich, inviting Trà Vinh city and a commune, with minutes saved once. */
    private long meetingWithDraftMinutes(int week) {
        long id = id(book(as("thuky"), meeting(unique("Họp rà soát giải ngân vốn đầu tư công"), week(week),
                "08:00", "10:00", "941", "31570").add("chair", "chutich")));
        var content = Json.createObjectBuilder()
                .add("attendance", Json.createArrayBuilder().add(Json.createObjectBuilder().add("unitCode", "941")
                        .add("unitName", "Thành phố Trà Vinh").add("present", true)))
                .add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder().add("agendaItem", 1)
                        .add("title", "Báo cáo tình hình").add("discussion",
                                "<p>Đẩy mạnh <strong>giải ngân</strong> vốn đầu tư công</p><ul><li>Rà soát dự án"
                                        + "</li></ul>")))
                .add("conclusions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("text", "Giao các xã rà soát hộ nghèo")));
        ok(200, as("thuky").put(minutes(id), Json.createObjectBuilder().add("version", 0).add("content", content)
                .build().toString()));
        return id;
    }

    private String finalise(long id) {
        return ok(201, as("chutich").post(minutes(id) + "/finalize", "")).json().getString("sha256");
    }

    private static String minutes(long meeting) {
        return "api/meetings/" + meeting + "/minutes";
    }

    private static String documents(long meeting) {
        return "api/meetings/" + meeting + "/documents";
    }

    private static String named(String name) {
        return "?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Reply ok(int status, Reply reply) {
        assertEquals(status, reply.status(), () -> "answer: " + reply);
        return reply;
    }

    private static String text(Download pdf) {
        assertEquals(200, pdf.status(), pdf.reply()::toString);
        assertEquals(PDF, pdf.reply().contentType());
        return Normalizer.normalize(PdfDocuments.flatText(pdf.bytes()), Normalizer.Form.NFC);
    }

    private static long documentsOf(long meeting) {
        return Database.count("SELECT COUNT(*) FROM meeting_document WHERE meeting_id = ?", meeting);
    }

    @Test
    void lockedMinutesPrintWithTheirHashAndTheNoticeListsTheTasksWhileADraftIsRefused() {
        long id = meetingWithDraftMinutes(150);
        JsonObject task = ok(201, as("thuky").post("api/meetings/" + id + "/tasks", Json.createObjectBuilder()
                .add("conclusion", 0).add("title", "Rà soát danh sách hộ nghèo năm 2027")
                .add("deadline", DEADLINE.toString()).add("leadUnit", "31570").add("supportingUnits", array("941"))
                .build().toString())).json();

        JsonObject draft = assertProblem(409, as("xa-31570").inLanguage("en").download(minutes(id) + ".pdf").reply());
        assertTrue(draft.getString("detail").contains("not been finalised"), draft::toString);
        assertProblem(409, as("thuky").download("api/meetings/" + id + "/conclusions.pdf").reply());

        String sha256 = finalise(id);
        Download printed = as("xa-31570").download(minutes(id) + ".pdf");
        String text = text(printed);
        assertTrue(text.contains("SHA-256: " + sha256), text);
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
        assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc"), text);
        assertTrue(text.contains("BIÊN BẢN"), text);
        assertTrue(text.contains("Đẩy mạnh giải ngân vốn đầu tư công"), text);
        assertTrue(text.contains("• Rà soát dự án"), text);
        assertTrue(text.contains("Giao các xã rà soát hộ nghèo"), text);
        String disposition = printed.reply().header("Content-Disposition").orElseThrow();
        assertEquals("attachment; filename=\"Bien ban cuoc hop " + id + " - phien ban 2.pdf\"; filename*=UTF-8''"
                + "Bi%C3%AAn%20b%E1%BA%A3n%20cu%E1%BB%99c%20h%E1%BB%8Dp%20" + id + "%20-%20phi%C3%AAn%20b%E1%BA%A3n%20"
                + "2.pdf", disposition);

        Download notice = as("xa-31570").download("api/meetings/" + id + "/conclusions.pdf");
        String noticeText = text(notice);
        assertTrue(noticeText.contains("THÔNG BÁO"), noticeText);
        assertTrue(noticeText.contains("Rà soát danh sách hộ nghèo năm 2027"), noticeText);
        assertTrue(noticeText.contains("Đơn vị chủ trì: " + task.getString("leadUnitName")), noticeText);
        assertTrue(noticeText.contains("Nơi nhận: - " + task.getString("leadUnitName") + ";"), noticeText);
        assertTrue(noticeText.contains("SHA-256 của biên bản: " + sha256), noticeText);
        assertTrue(notice.reply().header("Content-Disposition").orElseThrow().contains("filename*=UTF-8''Th%C3%B4ng"));

        String amended = ok(201, as("chutich").post(minutes(id) + "/amendments", Json.createObjectBuilder()
                .add("reason", "Bổ sung ý kiến").add("content", Json.createObjectBuilder()
                        .add("conclusions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("text", "Giao các xã rà soát hộ nghèo và cận nghèo"))))
                .build().toString())).json().getString("sha256");
        assertNotEquals(sha256, amended);
        String correction = text(as("thuky").download(minutes(id) + ".pdf"));
        assertTrue(correction.contains("SHA-256: " + amended), correction);
        assertTrue(correction.contains("BẢN ĐÍNH CHÍNH (phiên bản 3) của biên bản phiên bản 2. Lý do đính chính:"
                + " Bổ sung ý kiến"), correction);
        assertTrue(correction.contains("Giao các xã rà soát hộ nghèo và cận nghèo"), correction);

        assertProblem(404, as("thuky").download("api/meetings/999999999/minutes.pdf").reply());
        assertProblem(400, as("thuky").download("api/meetings/abc/minutes.pdf").reply());
    }

    @Test
    void aSignedScanIsTakenOnlyForLockedMinutesAndFromTheHostsOffice() {
        long id = meetingWithDraftMinutes(151);
        String signed = minutes(id) + "/signed";
        byte[] scan = SamplePdfs.withoutText();

        assertProblem(409, as("thuky").post(signed + named("Biên bản đã ký.pdf"), PDF, scan));
        assertProblem(403, as("xa-31570").post(signed + named("Biên bản đã ký.pdf"), PDF, scan));
        assertEquals(0, documentsOf(id), "nothing is kept on a refusal");

        finalise(id);
        assertProblem(403, as("xa-31570").post(signed + named("Biên bản đã ký.pdf"), PDF, scan));
        assertProblem(415, as("thuky").post(signed + named("Biên bản.docx"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                new byte[] {'P', 'K', 3, 4, 0, 0}));
        assertProblem(415, as("thuky").post(signed + named("Biên bản.pdf"), PDF, "not a pdf".getBytes()));
        assertInvalid(as("thuky").post(signed, PDF, scan), "name");
        assertEquals(0, documentsOf(id), "nothing is kept on a refusal");

        Reply stored = ok(201, as("thuky").post(signed + named("Biên bản đã ký.pdf"), PDF, scan));
        JsonObject view = stored.json();
        long docId = view.getJsonNumber("id").longValue();
        assertEquals("SIGNED_MINUTES", view.getString("purpose"));
        assertTrue(stored.header("Location").orElseThrow().endsWith(documents(id) + "/" + docId));

        List<JsonObject> listed = ok(200, as("xa-31570").get(signed)).structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(docId), listed.stream().map(d -> d.getJsonNumber("id").longValue()).toList());
        JsonObject inDocuments = ok(200, as("xa-31570").get(documents(id))).structure().asJsonArray()
                .getJsonObject(0);
        assertEquals("SIGNED_MINUTES", inDocuments.getString("purpose"));

        Download download = as("xa-31570").download(documents(id) + "/" + docId);
        assertEquals(200, download.status());
        assertEquals(PDF, download.reply().contentType());
        assertTrue(java.util.Arrays.equals(scan, download.bytes()));
        assertTrue(download.reply().header("Content-Disposition").orElseThrow()
                .endsWith("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20%C4%91%C3%A3%20k%C3%BD.pdf"));
        assertEquals("NONE", awaitText(id, docId), "a scan without a text layer has no text");
    }

    @Test
    void theTextOfAttachedPdfsIsReadForTheSearch() throws SQLException {
        long id = id(book(as("thuky"), meeting(unique("Họp có tài liệu"), week(152), "08:00", "10:00", "941")));
        String words = Normalizer.normalize("Báo cáo tiến độ xây dựng nông thôn mới huyện Châu Thành",
                Normalizer.Form.NFD);
        long withText = ok(201, as("thuky").post(documents(id) + named("Báo cáo.pdf"), PDF,
                SamplePdfs.withText(words))).json().getJsonNumber("id").longValue();
        long scanned = ok(201, as("thuky").post(documents(id) + named("Bản quét.pdf"), PDF,
                SamplePdfs.withoutText())).json().getJsonNumber("id").longValue();
        long damaged = ok(201, as("thuky").post(documents(id) + named("Hỏng.pdf"), PDF,
                "%PDF-1.7\nno objects here".getBytes(StandardCharsets.US_ASCII))).json().getJsonNumber("id")
                .longValue();
        JsonObject image = ok(201, as("thuky").post(documents(id) + named("Ảnh.png"), "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0})).json();
        assertEquals("NONE", image.getString("textStatus"), "no text is read out of images");
        assertEquals("DOCUMENT", image.getString("purpose"));

        assertEquals("EXTRACTED", awaitText(id, withText));
        assertEquals("NONE", awaitText(id, scanned));
        assertEquals("FAILED", awaitText(id, damaged));
        String stored = textOf(withText);
        assertTrue(stored.contains("Báo cáo tiến độ xây dựng nông thôn mới huyện Châu Thành"), stored);
        assertTrue(Normalizer.isNormalized(stored, Normalizer.Form.NFC));
        assertEquals(null, textOf(scanned));
        assertEquals(null, textOf(damaged));
        assertEquals(4, documentsOf(id), "the uploads stay whatever their text");
    }

    /** The document's text status once it is no longer PENDING, asking the API every half second for a minute. */
    private String awaitText(long meeting, long document) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            String status = ok(200, as("thuky").get(documents(meeting))).structure().asJsonArray()
                    .getValuesAs(JsonObject.class).stream()
                    .filter(d -> d.getJsonNumber("id").longValue() == document).findFirst().orElseThrow()
                    .getString("textStatus");
            if (!status.equals("PENDING") || System.nanoTime() > until) {
                return status;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
        }
    }

    private static String textOf(long document) throws SQLException {
        try (Connection connection = Database.connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT text_content FROM meeting_document WHERE id = ?")) {
            query.setLong(1, document);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }
}
