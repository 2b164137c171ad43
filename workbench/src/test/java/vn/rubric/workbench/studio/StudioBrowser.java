package vn.rubric.workbench.studio;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium for a studio test, as {@link StudioBrowserTest} starts it (headless,
 * 1366×768, Vietnamese), downloading into a folder of the test's. Without the browser the test
 * is skipped, except under CI, where that is a failure.
 */
final class StudioBrowser implements AutoCloseable {

    final ChromeDriver driver;
    final Path downloads;

    private StudioBrowser(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    static StudioBrowser start(Path downloads) throws IOException {
        boolean present = Files.isExecutable(StudioBrowserTest.CHROMIUM) && Files.isExecutable(StudioBrowserTest.CHROMEDRIVER);
        if (!present && System.getenv("CI") != null) fail("Chromium or chromedriver is missing: run scripts/install-chromium before mvn verify (.ci/run does)");
        Assumptions.assumeTrue(present, "skipped: no " + StudioBrowserTest.CHROMIUM + " or " + StudioBrowserTest.CHROMEDRIVER + "; install them with scripts/install-chromium");
        Files.createDirectories(downloads);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(StudioBrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=vi");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(StudioBrowserTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // headless Chromium downloads only where it is told to
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        Files.createDirectories(StudioBrowserTest.SHOTS);
        return new StudioBrowser(driver, downloads);
    }

    void shot(String name) throws IOException {
        Files.write(StudioBrowserTest.SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
