package vn.rubric.workbench.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The form face and Impact in a real browser, at 1366×768, on the samples with last year's
 * 250 units: open the draft, change a class threshold in the form, see the matrix change and
 * the YAML face hold the new value, move the quota's slider by keyboard, open a matrix cell's
 * units and a unit's sheet (old beside new), and see a criterion whose items add up to more
 * than its maximum marked. Screenshots: target/studio-screenshots/form-*.png.
 */
class StudioFormBrowserTest {

    static final String GOOD = "Hoàn thành tốt nhiệm vụ";

    @TempDir
    static Path temp;
    static StudioFixture studio;
    static StudioBrowser chromium;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        chromium = StudioBrowser.start(temp.resolve("downloads"));
        browser = chromium.driver;
        studio = new StudioFixture(temp, true);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) chromium.close();
        if (studio != null) studio.close();
    }

    @Test
    void aThresholdChangedInTheFormMovesTheMatrixAndShowsInTheYaml() throws IOException {
        try {
            scenario();
        } catch (RuntimeException | AssertionError e) {
            shot("form-failed");
            throw e;
        }
    }

    private void scenario() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        browser.get(studio.server.address());
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        browser.findElement(By.cssSelector("button.file[data-path='hung-yen-draft/rubric.yaml']")).click();
        WebElement impact = browser.findElement(By.id("view-impact"));
        wait.until(d -> !impact.findElements(By.cssSelector("table.matrix")).isEmpty());
        // last year's 250 units, chosen by default in Impact's data chooser
        assertEquals("data/hung-yen-2024-units.csv", new org.openqa.selenium.support.ui.Select(impact.findElement(By.cssSelector("select[data-impact-data]")))
                .getFirstSelectedOption().getDomAttribute("value"));
        String before = matrix(impact);

        // the form face: the good class's minimum is the parameter good_class_min (70)
        browser.findElement(By.id("face-form")).click();
        By goodMin = By.cssSelector("#form tr[data-class='" + GOOD + "'] input.num");
        wait.until(d -> !d.findElements(goodMin).isEmpty());
        WebElement min = browser.findElement(goodMin);
        assertEquals("70", min.getDomProperty("value"));
        assertEquals("100/100", browser.findElement(By.cssSelector("#form .total .sums")).getText());
        // every title box shows its whole text: a long Vietnamese title wraps, none is cut
        Number cut = (Number) browser.executeScript("return [...document.querySelectorAll('#form textarea')]"
                + ".filter(a => a.scrollHeight > a.clientHeight + 1 || a.scrollWidth > a.clientWidth + 1).length");
        assertEquals(0, cut.intValue(), "title boxes whose text is cut");
        assertTrue(((Number) browser.executeScript("return document.querySelectorAll('#form textarea').length")).intValue() > 0);
        shot("form-1-form");

        min.click();
        min.sendKeys(Keys.chord(Keys.CONTROL, "a"), "82,5", Keys.ENTER);
        wait.until(d -> changed(impact, before));
        String after = matrix(impact);
        assertNotEquals(before, after);
        // the measure of the edit to the repainted matrix is taken (its figures: benchmarks/studio-latency)
        wait.until(d -> ((Number) browser.executeScript("return performance.getEntriesByName('rubric-edit-to-matrix').length")).intValue() > 0);
        wait.until(d -> "82,5".equals(d.findElement(goodMin).getDomProperty("value")));
        // the same value where the form shows it again: the parameter's own row, box and slider
        By goodParameter = By.cssSelector("#form input.slider[data-parameter='good_class_min']");
        wait.until(d -> "82.5".equals(d.findElement(goodParameter).getDomProperty("value")));
        assertEquals("82,5", browser.findElement(goodParameter).findElement(By.xpath("ancestor::tr//input[contains(@class,'num')]")).getDomProperty("value"));
        shot("form-2-threshold-moved");

        // the YAML face holds the new value: a change at the end of the draft's changes
        browser.findElement(By.id("face-yaml")).click();
        WebElement editor = browser.findElement(By.cssSelector(".cm-content"));
        editor.click();
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.END).keyUp(Keys.CONTROL).perform();
        wait.until(d -> editor.getText().contains("parameter: good_class_min"));
        assertTrue(editor.getText().contains("set: { value: 82.5 }"), editor.getText());
        shot("form-3-yaml");

        // the quota's slider, by keyboard: ten steps down (20 % to 10 %) re-run the impact
        browser.findElement(By.id("face-form")).click();
        By quota = By.cssSelector("#form input.slider[data-parameter='top_class_quota']");
        wait.until(d -> !d.findElements(quota).isEmpty());
        WebElement slider = browser.findElement(quota);
        new Actions(browser).scrollToElement(slider).perform();
        String beforeQuota = matrix(impact);
        for (int i = 0; i < 10; i++) slider.sendKeys(Keys.ARROW_LEFT);
        wait.until(d -> changed(impact, beforeQuota));
        WebElement quotaBox = slider.findElement(By.xpath("ancestor::tr//input[contains(@class,'num')]"));
        wait.until(d -> "10".equals(quotaBox.getDomProperty("value")));
        shot("form-4-slider");

        // a cell of the matrix, by keyboard: its units; one of them: its sheet, old beside new
        WebElement cell = impact.findElement(By.cssSelector("table.matrix td.moved button.cell"));
        String count = cell.getText();
        cell.sendKeys(Keys.ENTER);
        wait.until(d -> !impact.findElements(By.cssSelector("table.cell-list")).isEmpty());
        assertEquals(Integer.parseInt(count), impact.findElements(By.cssSelector("table.cell-list tr[data-unit]")).size());
        shot("form-5-cell");
        WebElement first = impact.findElement(By.cssSelector("table.cell-list tr[data-unit] button.unit"));
        String unit = first.findElement(By.xpath("ancestor::tr")).getDomAttribute("data-unit");
        first.sendKeys(Keys.ENTER);
        WebElement sheet = browser.findElement(By.id("view-sheet"));
        wait.until(d -> sheet.isDisplayed() && !sheet.findElements(By.cssSelector("table.sheet")).isEmpty());
        assertTrue(sheet.getText().contains("(" + unit + ")"), sheet.getText());
        assertEquals(3, sheet.findElements(By.cssSelector("table.sheet tr:first-child th.num")).size(),
                "in force, draft and maximum: " + sheet.getText()); // old beside new
        shot("form-6-sheet");

        // an item's maximum raised past its criterion's: "…/…" marked as an error, in Vietnamese numbers
        By max44 = By.cssSelector("#form input.num[data-bind='[\"item\",\"4.4\",\"max\"]']");
        WebElement max = browser.findElement(max44);
        new Actions(browser).scrollToElement(max).perform();
        max.click();
        max.sendKeys(Keys.chord(Keys.CONTROL, "a"), "10,5", Keys.ENTER);
        By wrong = By.cssSelector("#form details.criterion .sums.error");
        wait.until(d -> !d.findElements(wrong).isEmpty());
        String sums = browser.findElement(wrong).getText();
        assertTrue(sums.matches("\\d+(,\\d+)?/\\d+(,\\d+)?") && sums.contains(",5/"), sums);
        assertFalse(browser.findElement(By.cssSelector("#form .total .sums")).getText().isBlank());
        // item 4.4's long title wraps in its box: more than one line tall, nothing of it hidden
        Object title = browser.executeScript("const a = document.querySelector('#form textarea[data-bind=\\'[\"item\",\"4.4\",\"title\"]\\']');"
                + "if (a) a.scrollIntoView({block: 'center'}); return a && [a.scrollHeight, a.clientHeight, parseFloat(getComputedStyle(a).lineHeight) || 18];");
        java.util.List<?> box = (java.util.List<?>) title;
        double scroll = ((Number) box.get(0)).doubleValue(), client = ((Number) box.get(1)).doubleValue(), line = ((Number) box.get(2)).doubleValue();
        assertTrue(client > 1.5 * line && scroll <= client + 1, "4.4's title box: " + box);
        assertEquals(0, ((Number) browser.executeScript("return [...document.querySelectorAll('#form textarea')].filter(a => a.offsetParent"
                + " && (a.scrollHeight > a.clientHeight + 1 || a.scrollWidth > a.clientWidth + 1)).length")).intValue(), "shown title or citation boxes cut");
        shot("form-7-sums-wrong");
    }

    /** The matrix as shown ("" while it is being replaced). */
    static String matrix(WebElement impact) {
        try {
            return impact.findElement(By.cssSelector("table.matrix")).getText();
        } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
            return "";
        }
    }

    static boolean changed(WebElement impact, String before) {
        String now = matrix(impact);
        return !now.isEmpty() && !now.equals(before);
    }

    private static void shot(String name) throws IOException {
        chromium.shot(name);
    }
}
