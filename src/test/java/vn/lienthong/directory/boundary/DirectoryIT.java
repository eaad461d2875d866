package vn.lienthong.directory.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
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

/** The directory as a signed-in user reads it, over HTTP, against MariaDB with the Sóc Trăng demo data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    private Api api() {
        return Api.at(base).as("thuky");
    }

    @Test
    void migrationsRanAndTheDemoDataIsThere() {
        assertEquals(1, Database.count("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1' AND success = 1"));
        assertEquals(121, Database.count("SELECT COUNT(*) FROM admin_unit WHERE code = '94' OR parent_code = '94'"
                + " OR parent_code IN (SELECT code FROM admin_unit WHERE parent_code = '94')"));
        assertEquals(121, Database.count("SELECT COUNT(DISTINCT unit_code) FROM meeting_point"));
        assertTrue(Database.count("SELECT COUNT(*) FROM app_user WHERE username IN ('admin','thuky','chutich','luutru',"
                + "'huyen-941','xa-31570','kythuat-94')") == 7);
    }

    @Test
    void theHierarchyOf2021HasThreeLevels() {
        Api api = api();
        assertEquals(1, api.get("api/units?level=1&at=2022-01-01").json().getInt("total"));
        assertEquals(11, api.get("api/units?level=2&parent=94&at=2022-01-01").json().getInt("total"));
        assertEquals(109, api.get("api/units?level=3&at=2022-01-01").json().getInt("total"));
        assertEquals(10, api.get("api/units/941/children?at=2022-01-01").json().getInt("total"));
        assertEquals(0, api.get("api/units?at=2020-01-01").json().getInt("total"), "nothing existed before the list's date");
    }

    @Test
    void searchIgnoresCaseAndDiacriticsIncludingDj() {
        Api api = api();
        assertEquals(List.of("Tỉnh Sóc Trăng", "Thành phố Sóc Trăng"), names(api.get("api/units?q=soc%20trang").json()));
        assertEquals(List.of("Thị trấn Đại Ngãi"), names(api.get("api/units?q=dai%20ngai").json()));
        assertEquals(List.of("Xã Hồ Đắc Kiện"), names(api.get("api/units?q=HO%20DAC%20KIEN").json()));
        assertEquals(List.of("Xã Hồ Đắc Kiện"), names(api.get("api/units?q=h%E1%BB%93%20%C4%91%E1%BA%AFc").json()));
    }

    @Test
    void aUnitShowsItsPathAndEveryDocumentedField() {
        JsonObject unit = api().get("api/units/31570").json();
        assertEquals("Xã Hồ Đắc Kiện", unit.getString("name"));
        assertEquals("Xã", unit.getString("type"));
        assertEquals(3, unit.getInt("level"));
        assertEquals("942", unit.getString("parentCode"));
        assertEquals("2021-11-01", unit.getString("validFrom"));
        assertEquals(JsonValue.NULL, unit.get("validTo"));
        assertEquals(List.of("Tỉnh Sóc Trăng", "Huyện Châu Thành"),
                unit.getJsonArray("path").getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList());
    }

    @Test
    void everyUnitOfTheDemoHasAMeetingPoint() {
        JsonObject points = api().get("api/units/31570/points").json();
        assertEquals(1, points.getInt("total"));
        JsonObject point = points.getJsonArray("items").getJsonObject(0);
        assertEquals("BROWSER", point.getString("kind"));
        assertTrue(point.getBoolean("isDefault"));
    }

    @Test
    void badQueriesAreClearProblemsNotErrors() {
        Api api = api();
        var unknown = api.get("api/units/99999");
        assertEquals(404, unknown.status());
        assertTrue(unknown.isProblem());
        assertTrue(unknown.json().getString("detail").contains("99999"));
        var badDate = api.get("api/units?at=27-11-2026");
        assertEquals(400, badDate.status());
        assertEquals("at", badDate.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, api.get("api/units?level=9").status());
        assertEquals(400, api.get("api/units?limit=100000").status());
        assertEquals(400, api.get("api/units/abc").status());
        assertEquals(400, api.get("api/units?q=" + "x".repeat(101)).status());
    }

    private static List<String> names(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(u -> u.getString("name")).toList();
    }
}
