package vn.lienthong.directory.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.lienthong.testsupport.Browser;
import vn.lienthong.testsupport.Deployments;

/** A secretariat clerk finds units in the directory the way people type: without diacritics. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryBrowserIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.application();
    }

    @Test
    void thuKyFindsTheCityAndItsTenWardsThenACommuneWithDj() {
        try (Browser browser = Browser.open(1366, 768)) {
            WebDriver page = browser.driver();
            browser.signIn(base, "thuky");
            page.findElement(By.cssSelector("a[data-nav='directory']")).click();

            search(browser, "soc trang");
            clickResult(browser, "Thành phố Sóc Trăng");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("unit-detail-name"), "Thành phố Sóc Trăng"));
            browser.waiting().until(d -> d.findElements(By.cssSelector("#unit-children .unit-child")).size() == 10);
            List<String> children = page.findElements(By.cssSelector("#unit-children .unit-child")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(children.stream().allMatch(c -> c.contains("Phường")), children.toString());
            browser.screenshot("directory-city-1366x768");

            search(browser, "ho dac kien");
            WebElement commune = clickResult(browser, "Xã Hồ Đắc Kiện");
            assertEquals("31570", commune.getAttribute("data-code"));
            browser.waiting().until(ExpectedConditions.textToBe(By.id("unit-detail-name"), "Xã Hồ Đắc Kiện"));
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#unit-points .point-card")).isEmpty());
            browser.screenshot("directory-commune-1366x768");
        }
    }

    @Test
    void aCommuneClerkSearchesFromAPhone() {
        try (Browser browser = Browser.open(390, 844)) {
            browser.signIn(base, "xa-31570");
            browser.driver().get(base + "#/directory");
            search(browser, "DAI NGAI");
            clickResult(browser, "Thị trấn Đại Ngãi");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("unit-detail-name"), "Thị trấn Đại Ngãi"));
            browser.screenshot("directory-phone-390x844");
        }
    }

    @Test
    void aWrongPasswordIsExplainedInVietnamese() {
        try (Browser browser = Browser.open(1366, 768)) {
            WebDriver page = browser.driver();
            page.get(base + "#/login");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-username")))
                    .sendKeys("luutru");
            page.findElement(By.id("login-password")).sendKeys("sai-mat-khau");
            page.findElement(By.id("login-submit")).click();
            WebElement error = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
            browser.waiting().until(d -> !error.getText().isBlank());
            assertTrue(error.getText().contains("mật khẩu không đúng"), error.getText());
        }
    }


    private static void search(Browser browser, String text) {
        WebElement box = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-search")));
        box.clear();
        box.sendKeys(text);
    }

    private static WebElement clickResult(Browser browser, String name) {
        WebElement result = browser.waiting().until(d -> d.findElements(By.cssSelector(".unit-result")).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains(name)).findFirst().orElse(null));
        result.click();
        return result;
    }
}
