package vn.rubric.workbench.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The studio's actions in a real browser: a test expectation broken in the editor and saved,
 * Tests showing it failing with expected beside actual, the new expectation accepted after its
 * review and kept across a reload; Ban hành refused without a decision, then issued, verified
 * and its KJAR downloaded (the bytes checked); the Plugins view. By keyboard where a drafter
 * would use it. Screenshots go to target/studio-screenshots.
 */
class StudioActionsBrowserTest {

    static final String CASE = "5.2 · kiểm điểm, phê bình → 1 (02/2020: 2)";

    @TempDir
    static Path temp;
    static StudioFixture studio;
    static StudioBrowser chromium;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        chromium = StudioBrowser.start(temp.resolve("downloads"));
        browser = chromium.driver;
        studio = new StudioFixture(temp);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) chromium.close();
        if (studio != null) studio.close();
    }

    @Test
    void aTestIsAcceptedThenThePackIsIssuedAndItsKjarDownloaded() throws Exception {
        try {
            scenario();
        } catch (RuntimeException | AssertionError e) {
            chromium.shot("actions-failed");
            throw e;
        }
    }

    private void scenario() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        Path testFile = studio.folder.resolve("hung-yen-draft/tests/discipline.yaml");
        String original = Files.readString(testFile);
        open(wait);

        // break the expectation in the editor (search it, replace it), and save by keyboard
        browser.findElement(By.cssSelector("button.file[data-path='hung-yen-draft/tests/discipline.yaml']")).click();
        wait.until(d -> d.findElement(By.id("file-name")).getText().equals("hung-yen-draft/tests/discipline.yaml"));
        wait.until(d -> d.findElement(By.cssSelector(".cm-content")).getText().contains("total: 96"));
        browser.findElement(By.cssSelector(".cm-content")).click();
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("f").keyUp(Keys.CONTROL).perform();
        WebElement search = wait.until(d -> d.findElement(By.cssSelector(".cm-search input[name=search]")));
        search.sendKeys("total: 96", Keys.ENTER);
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        new Actions(browser).sendKeys("total: 97").keyDown(Keys.CONTROL).sendKeys("s").keyUp(Keys.CONTROL).perform();
        wait.until(d -> readString(testFile).contains("      total: 97\n"));

        // Tests: the case fails, expected beside actual
        tab(wait, "tests");
        WebElement tests = browser.findElement(By.id("view-tests"));
        wait.until(d -> !tests.findElements(By.cssSelector("tr.failed")).isEmpty());
        WebElement failed = tests.findElement(By.cssSelector("tr.failed"));
        assertTrue(failed.getText().contains(CASE), failed.getText());
        List<WebElement> cells = failed.findElements(By.cssSelector("table.misses td.num"));
        assertEquals(List.of("97", "96"), cells.stream().map(WebElement::getText).toList());
        assertEquals("right", cells.get(0).getCssValue("text-align"));
        chromium.shot("6-tests-failing");

        // review and accept, by keyboard: the button, then the dialog's Accept (focused first)
        WebElement review = failed.findElement(By.cssSelector("button[data-action=tests-review]"));
        review.sendKeys(Keys.ENTER);
        WebElement dialog = wait.until(d -> d.findElement(By.id("tests-dialog")));
        assertTrue(dialog.findElement(By.cssSelector("ul.moves")).getText().contains("97 → 96"), dialog.getText());
        chromium.shot("7-tests-review");
        // Escape closes it and nothing is written; open it again
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> d.findElements(By.id("tests-dialog")).isEmpty());
        assertTrue(readString(testFile).contains("      total: 97\n"));
        tests.findElement(By.cssSelector("button[data-action=tests-review]")).sendKeys(Keys.ENTER);
        wait.until(d -> d.findElement(By.id("tests-dialog")));
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("primary", focused.getDomAttribute("class"), "the dialog's Accept is not focused");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(d -> d.findElements(By.id("tests-dialog")).isEmpty());
        wait.until(d -> readString(testFile).equals(original));
        wait.until(d -> tests.findElements(By.cssSelector("tr.failed")).isEmpty() && tests.getText().contains("0 không đạt"));

        // reload the page: the accepted expectation is kept
        open(wait);
        browser.findElement(By.cssSelector("button.file[data-path='hung-yen-draft/tests/discipline.yaml']")).click();
        wait.until(d -> d.findElement(By.cssSelector(".cm-content")).getText().contains("total: 96"));
        tab(wait, "tests");
        wait.until(d -> d.findElement(By.id("view-tests")).getText().contains("0 không đạt"));
        chromium.shot("8-tests-accepted");

        // Ban hành without a decision: refused with the reason, rubric.yaml untouched
        Path rubric = studio.folder.resolve("hung-yen-draft/rubric.yaml");
        byte[] before = Files.readAllBytes(rubric);
        browser.findElement(By.id("issue")).sendKeys(Keys.ENTER);
        WebElement issue = wait.until(d -> d.findElement(By.id("issue-dialog")));
        assertEquals("issue-decision", browser.switchTo().activeElement().getDomAttribute("id"));
        // Tab stays in the dialog: from its first field back to its last button
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertTrue(issue.findElement(By.cssSelector(".dialog-buttons")).getText().contains(browser.switchTo().activeElement().getText()));
        browser.findElement(By.id("issue-decisionDate")).sendKeys("2026-03-02");
        browser.findElement(By.id("issue-effectiveFrom")).sendKeys("2026-03-16");
        browser.findElement(By.id("issue-version")).sendKeys("1.0.0", Keys.ENTER);
        wait.until(d -> d.findElement(By.id("issue-result")).getDomAttribute("class").equals("refused"));
        assertTrue(browser.findElement(By.id("issue-result")).getText().contains("chưa có quyết định ban hành quy định"), browser.findElement(By.id("issue-result")).getText());
        chromium.shot("9-issue-refused");
        assertArrayEquals(before, Files.readAllBytes(rubric));

        // filled: issued, verified, files offered
        browser.findElement(By.id("issue-decision")).sendKeys("Quyết định số 05/2026/QĐ-UBND", Keys.ENTER);
        wait.until(d -> "issued".equals(d.findElement(By.id("issue-result")).getDomAttribute("class")));
        WebElement result = browser.findElement(By.id("issue-result"));
        assertTrue(result.getText().contains("dist/hung-yen-draft-1.0.0"), result.getText());
        chromium.shot("10-issued");
        WebElement jar = result.findElements(By.cssSelector("ul.downloads a")).stream().filter(a -> a.getText().endsWith(".jar")).findFirst().orElseThrow();
        String name = jar.getText();
        String sha = jar.getDomAttribute("data-sha256");
        jar.sendKeys(Keys.ENTER);
        Path downloaded = chromium.downloads.resolve(name);
        wait.until(d -> Files.isRegularFile(downloaded) && !Files.exists(chromium.downloads.resolve(name + ".crdownload")));
        byte[] bytes = Files.readAllBytes(downloaded);
        assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertArrayEquals(Files.readAllBytes(studio.folder.resolve("dist/hung-yen-draft-1.0.0").resolve(name)), bytes);
        assertTrue(Files.readString(rubric).contains("decision: Quyết định số 05/2026/QĐ-UBND"));
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> d.findElements(By.id("issue-dialog")).isEmpty());

        // Plugins: every plugin of the registry, what it contributes
        tab(wait, "plugins");
        WebElement plugins = browser.findElement(By.id("view-plugins"));
        wait.until(d -> !plugins.findElements(By.cssSelector("tr[data-plugin=core]")).isEmpty());
        assertTrue(plugins.getText().contains("views: problems, impact, changes, tests, sheet, outline, plugins"), plugins.getText());
        chromium.shot("11-plugins");
        assertFalse(browser.findElement(By.id("status")).getDomAttribute("class").equals("error"), browser.findElement(By.id("status")).getText());
    }

    private void open(WebDriverWait wait) {
        browser.get(studio.server.address());
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    private void tab(WebDriverWait wait, String id) {
        WebElement tab = browser.findElement(By.id("tab-" + id));
        tab.sendKeys(Keys.ENTER);
        wait.until(d -> d.findElement(By.id("view-" + id)).isDisplayed());
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }
}
