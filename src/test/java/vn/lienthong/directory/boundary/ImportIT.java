package vn.lienthong.directory.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.lienthong.testsupport.Api;
import vn.lienthong.testsupport.Database;
import vn.lienthong.testsupport.Deployments;

/**
 * Importing the official lists through the API into a database of its own (imports change the directory that
 * the other tests read): the national lists load completely, re-importing changes nothing, the 2025 reform
 * closes the 2021 units while their old names stay valid for earlier dates, and faulty rows are reported by line.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportIT {

    private static final Path REFERENCE = Path.of("sql", "reference");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @Test
    void theNationalListsAndTheSocTrangMergerLoadWithTheirHistory() throws Exception {
        Api admin = Api.at(base).as("admin");

        JsonObject national2021 = importFile(admin, "UNITS", "FULL", "units_3level_2021-11-01.csv");
        assertEquals("DONE", national2021.getString("status"));
        assertEquals(11_358, national2021.getInt("total"));
        assertEquals(11_358, national2021.getInt("processed"));
        assertEquals(11_358, national2021.getInt("created") + national2021.getInt("unchanged"));
        assertEquals(0, national2021.getInt("rejected"));
        assertEquals(63, total(admin, "api/units?level=1&at=2024-01-01"));
        assertEquals(705, total(admin, "api/units?level=2&at=2024-01-01"));
        assertEquals(10_590, total(admin, "api/units?level=3&at=2024-01-01"));

        JsonObject again = importFile(admin, "UNITS", "FULL", "units_3level_2021-11-01.csv");
        assertEquals(List.of(0, 0, 0, 11_358), counts(again), "re-importing the same list changes nothing");

        JsonObject reform = importFile(admin, "UNITS", "FULL", "units_2level_2025-07-01.csv");
        assertEquals("DONE", reform.getString("status"));
        assertEquals(0, reform.getInt("rejected"));
        assertEquals(34, total(admin, "api/units?level=1&at=2025-07-01"));
        assertEquals(3_321, total(admin, "api/units?level=2&at=2025-07-01"));
        assertEquals(0, total(admin, "api/units?level=3&at=2025-07-01"), "the district level is gone");
        assertEquals(63, total(admin, "api/units?level=1&at=2025-06-30"), "the day before, the old tree is intact");

        JsonObject city = admin.get("api/units/941?at=2024-01-01").json();
        assertEquals("Thành phố Sóc Trăng", city.getString("name"));
        assertEquals("2025-07-01", city.getString("validTo"));
        assertEquals("Phường 6", admin.get("api/units/31507?at=2024-01-01").json().getString("name"));
        assertEquals("Phường Sóc Trăng", admin.get("api/units/31507?at=2025-07-01").json().getString("name"));

        JsonObject merger = importFile(admin, "SUCCESSIONS", "PROVINCES", "soc_trang_to_can_tho_2025-07-01.csv");
        assertEquals("DONE", merger.getString("status"));
        assertEquals(108, merger.getInt("created"));
        assertEquals(2, merger.getInt("rejected"));
        var errors = merger.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(List.of(2, 3), errors.stream().map(e -> e.getInt("line")).toList());
        assertTrue(errors.get(0).getString("reason").contains("mã đơn vị cũ"), errors.toString());
        assertEquals(108, Database.count("SELECT COUNT(*) FROM unit_succession"));

        JsonObject mergerAgain = importFile(admin, "SUCCESSIONS", "PROVINCES", "soc_trang_to_can_tho_2025-07-01.csv");
        assertEquals(0, mergerAgain.getInt("created"), "re-importing the mapping changes nothing");
        assertEquals(108, Database.count("SELECT COUNT(*) FROM unit_succession"));

        JsonObject ward5 = admin.get("api/units/31498?at=2024-01-01").json();
        assertEquals("Phường 5", ward5.getString("name"));
        assertEquals("31507", ward5.getJsonArray("successors").getJsonObject(0).getString("code"));
        JsonObject newWard = admin.get("api/units/31507?at=2026-01-01").json();
        assertTrue(newWard.getJsonArray("predecessors").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getString("code").equals("31498") && p.getString("name").equals("Phường 5")));

        assertTrue(Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'IMPORT' AND actor = 'admin'") >= 5);
    }

    @Test
    void faultyRowsAreReportedByLineAndTheRestIsLoaded() throws Exception {
        Api admin = Api.at(base).as("admin");
        String csv = """
                code,name,type,parent_code,level
                98,Tỉnh Thử Nghiệm,Tỉnh,,1
                981,Huyện Một,Huyện,98,2
                982,Huyện Mồ Côi,Huyện,97,2
                9a,Sai Mã,Xã,981,3
                98101,Xã Thiếu Cột,Xã,981
                98102,Xã Đúng,Xã,981,3
                98102,Xã Trùng,Xã,981,3
                """;
        JsonObject job = importText(admin, "UNITS", "PROVINCES", "thu-nghiem_2030-01-01.csv", csv);
        assertEquals("DONE", job.getString("status"));
        assertEquals(3, job.getInt("created"));
        assertEquals(List.of(4, 5, 6, 8), job.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("line")).toList());
        assertEquals("Xã Đúng", admin.get("api/units/98102?at=2030-01-01").json().getString("name"));
        assertEquals(404, admin.get("api/units/982?at=2030-01-01").status());
    }

    @Test
    void aFileThatIsNotAUnitListChangesNothing() throws Exception {
        Api admin = Api.at(base).as("admin");
        long before = Database.count("SELECT COUNT(*) FROM admin_unit");
        JsonObject job = importText(admin, "UNITS", "FULL", "sai-dinh-dang_2030-01-01.csv", "ma,ten\n1,2\n");
        assertEquals("FAILED", job.getString("status"));
        assertEquals(0, job.getInt("created") + job.getInt("closed") + job.getInt("changed"));
        assertEquals(1, job.getJsonArray("errors").getJsonObject(0).getInt("line"));
        assertEquals(before, Database.count("SELECT COUNT(*) FROM admin_unit"), "a FULL import of a bad file closes nothing");
        assertEquals(400, admin.post("api/imports?kind=UNITS&fileName=khong-ngay.csv", "text/csv",
                "code,name,type,parent_code,level\n".getBytes(StandardCharsets.UTF_8)).status(), "no date, no import");
        assertEquals(400, admin.post("api/imports?kind=UNITS&fileName=a_2030-01-01.csv", "text/csv", new byte[0]).status());
        assertEquals(400, admin.post("api/imports?kind=NOTHING&fileName=a_2030-01-01.csv", "text/csv", "x".getBytes()).status());
    }

    private static JsonObject importFile(Api api, String kind, String scope, String name) throws IOException {
        return await(api, api.post("api/imports?kind=" + kind + "&scope=" + scope + "&fileName=" + name, "text/csv",
                Files.readAllBytes(REFERENCE.resolve(name))));
    }

    private static JsonObject importText(Api api, String kind, String scope, String name, String csv) throws Exception {
        return await(api, api.post("api/imports?kind=" + kind + "&scope=" + scope + "&fileName=" + name, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonObject await(Api api, Api.Reply started) {
        assertEquals(202, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonObject job = api.get("api/imports/" + id).json();
            if (!job.getString("status").equals("RUNNING")) {
                return job;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    private static List<Integer> counts(JsonObject job) {
        return List.of(job.getInt("created"), job.getInt("changed"), job.getInt("closed"), job.getInt("unchanged"));
    }

    private static long total(Api api, String path) {
        return api.get(path).json().getJsonNumber("total").longValue();
    }
}
