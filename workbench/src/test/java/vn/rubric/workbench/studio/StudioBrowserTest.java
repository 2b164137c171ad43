package vn.rubric.workbench.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The studio in a real browser (Debian's Chromium, driven through chromedriver): open the
 * draft, see the Impact matrix, break the YAML and see Problems locate it, fix it and see the
 * matrix again. Screenshots go to target/studio-screenshots. Without the browser the test is
 * skipped, saying how to install it, except under CI, where that is a failure.
 */
class StudioBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "studio-screenshots");

    @TempDir
    static Path temp;
    static StudioFixture studio;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && System.getenv("CI") != null) fail("Chromium or chromedriver is missing: run scripts/install-chromium before mvn verify (.ci/run does)");
        Assumptions.assumeTrue(present, "skipped: no " + CHROMIUM + " or " + CHROMEDRIVER + "; install them with scripts/install-chromium");
        studio = new StudioFixture(temp);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=vi");
        // the Debian driver, named: Selenium Manager would try to download one
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (studio != null) studio.close();
    }

    @Test
    void breakingTheDraftShowsTheProblemAtItsLineAndFixingItBringsTheMatrixBack() throws IOException {
        try {
            scenario();
        } catch (RuntimeException | AssertionError e) {
            shot("failed"); // what the page showed when it went wrong
            throw e;
        }
    }

    private void scenario() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(studio.server.address());
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertEquals("Thư mục", browser.findElement(By.id("explorer-title")).getText()); // Vietnamese by default

        browser.findElement(By.cssSelector("button.file[data-path='hung-yen-draft/rubric.yaml']")).click();
        WebElement impact = browser.findElement(By.id("view-impact"));
        wait.until(d -> !impact.findElements(By.cssSelector("table.matrix")).isEmpty());
        String matrix = impact.findElement(By.cssSelector("table.matrix")).getText();
        assertTrue(matrix.contains("Hoàn thành tốt nhiệm vụ"), matrix);
        shot("1-impact");

        // break the YAML on a new last line, typing as a drafter does
        WebElement editor = browser.findElement(By.cssSelector(".cm-content"));
        editor.click();
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.END).keyUp(Keys.CONTROL).sendKeys(Keys.END, Keys.ENTER).perform();
        // basicSetup closes brackets as they are typed: type the opening one, then delete the closing one it added
        new Actions(browser).sendKeys("oops: [").sendKeys(Keys.DELETE).perform();
        int lastLine = (int) browser.findElements(By.cssSelector(".cm-gutter.cm-lineNumbers .cm-gutterElement")).stream()
                .map(WebElement::getText).filter(s -> s.matches("\\d+")).mapToInt(Integer::parseInt).max().orElse(0);
        WebElement problems = browser.findElement(By.id("view-problems"));
        wait.until(d -> !problems.findElements(By.cssSelector("tr.error")).isEmpty());
        WebElement row = problems.findElement(By.cssSelector("tr.error"));
        assertEquals("hung-yen-draft/rubric.yaml", row.getDomAttribute("data-file"));
        int line = Integer.parseInt(row.getDomAttribute("data-line"));
        assertTrue(line >= lastLine - 1 && line <= lastLine, "error at line " + line + ", the broken line is " + lastLine);
        wait.until(d -> impact.findElements(By.cssSelector("table.matrix")).isEmpty());
        wait.until(d -> !browser.findElements(By.cssSelector(".cm-lintRange-error")).isEmpty()); // underlined in the editor
        shot("2-broken");

        // fix it: take the line back out
        Actions undo = new Actions(browser);
        for (int i = 0; i < "oops: [".length() + 1; i++) undo.sendKeys(Keys.BACK_SPACE);
        undo.perform();
        wait.until(d -> problems.findElements(By.cssSelector("tr.error")).isEmpty() && !problems.getText().isBlank());
        wait.until(d -> !impact.findElements(By.cssSelector("table.matrix")).isEmpty());
        assertEquals(matrix, impact.findElement(By.cssSelector("table.matrix")).getText());
        shot("3-fixed");

        // a unit that changes class: its sheet, old beside new
        WebElement mover = impact.findElement(By.cssSelector("table.movers tr[data-unit]"));
        String unit = mover.getDomAttribute("data-unit");
        new Actions(browser).scrollToElement(mover).perform();
        mover.click();
        WebElement sheet = browser.findElement(By.id("view-sheet"));
        wait.until(d -> sheet.isDisplayed() && !sheet.findElements(By.cssSelector("table.sheet")).isEmpty());
        assertTrue(sheet.getText().contains("(" + unit + ")"), sheet.getText());
        shot("4-unit-sheet");

        // English, switched in the page
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lang"))).selectByValue("en");
        wait.until(d -> "Explorer".equals(d.findElement(By.id("explorer-title")).getText()));
        wait.until(d -> d.findElement(By.id("view-impact")).getText().contains("Units that change class"));
        shot("5-english");
        List<String> files = Files.list(SHOTS).map(p -> p.getFileName().toString()).sorted().toList();
        assertFalse(files.isEmpty());
    }

    private static void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

}
