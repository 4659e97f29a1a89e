package dev.aksca.interop;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aksca.support.Emulator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI as a person uses it, in headless Chromium: both tags and every operation are listed, the bearer
 * scheme's Authorize dialog takes a token of the emulated tenant, and "Try it out" on applyAccessPolicy with its
 * example body creates the policy. Skipped where Debian's chromium and chromium-driver are not installed, unless
 * AKSCA_BROWSER_TESTS=required (set by .ci/run), where their absence fails the test.
 */
@QuarkusTest
class SwaggerUiBrowserTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TestHTTPResource("/q/swagger-ui")
    URL swaggerUi;

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void startChromium() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("required".equals(System.getenv("AKSCA_BROWSER_TESTS"))) {
            assertTrue(installed,
                    "AKSCA_BROWSER_TESTS=required but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed");
        Emulator.reset();
        profile = Files.createTempDirectory("aksca-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1400,1800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, PATIENCE);
    }

    @AfterEach
    void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void swaggerUiListsEveryOperationAndAppliesAPolicyWithABearerToken() throws IOException {
        List<String> operationIds = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getList("paths.collect { it.value.collect { it.value.operationId } }.flatten()");
        browser.get(swaggerUi.toString());

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h3.opblock-tag")));
        List<String> tags = browser.findElements(By.cssSelector("h3.opblock-tag")).stream()
                .map(tag -> tag.getDomAttribute("data-tag")).toList();
        assertEquals(List.of("Access policies", "Verification"), tags);
        List<String> shown = browser.findElements(By.cssSelector(".opblock-summary-operation-id")).stream()
                .map(WebElement::getText).sorted().toList();
        assertEquals(operationIds.stream().sorted().toList(), shown);

        authorize(Emulator.token("aksca-admin"));

        WebElement apply = browser.findElement(By.id("operations-Access_policies-applyAccessPolicy"));
        scrollTo(apply);
        apply.findElement(By.cssSelector(".opblock-summary-control")).click();
        click(apply, ".try-out__btn");
        type(apply, "subscriptionId", "00000000-0000-0000-0000-000000000001");
        type(apply, "resourceGroup", "rg-demo");
        type(apply, "clusterName", "aks-demo");
        new Select(find(apply, "tr[data-param-name='kind'] select")).selectByValue("control-plane");
        WebElement body = find(apply, "textarea.body-param__text");
        assertEquals("{}", body.getDomProperty("value").trim());
        click(apply, "button.execute");

        WebElement status = wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(apply,
                By.cssSelector(".live-responses-table tbody .response-col_status"))).get(0);
        scrollTo(status);
        Path screenshot = Paths.get("target", "swagger-ui-apply.png");
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), screenshot,
                StandardCopyOption.REPLACE_EXISTING);
        assertEquals("201", status.getText().trim(), "see " + screenshot);
        assertEquals(1, Emulator.requests("POST", Emulator.POLICIES_PATH).size());
    }

    /** The Authorize dialog of the documented bearer scheme. */
    private void authorize(String token) {
        browser.findElement(By.cssSelector(".scheme-container button.authorize")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux")));
        dialog.findElement(By.cssSelector("input[type='text'], input[type='password']")).sendKeys(token);
        dialog.findElement(By.cssSelector(".auth-btn-wrapper button.authorize")).click();
        wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(dialog, By.cssSelector("button.btn-done")))
                .get(0).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));
    }

    private void type(WebElement operation, String parameter, String value) {
        WebElement input = find(operation, "tr[data-param-name='" + parameter + "'] input");
        input.clear();
        input.sendKeys(value);
    }

    /** Swagger UI renders an operation's body after the click that expands it, or switches it to "Try it out". */
    private WebElement find(WebElement operation, String css) {
        return wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(operation, By.cssSelector(css)));
    }

    private void click(WebElement operation, String css) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(find(operation, css)));
        scrollTo(button);
        button.click();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
