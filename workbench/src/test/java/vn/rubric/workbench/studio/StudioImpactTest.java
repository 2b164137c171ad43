package vn.rubric.workbench.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.workbench.Cli;

/**
 * Impact on a folder with last year's units (data/, as the samples have): it compares on them
 * by default, as {@code rubric diff} does, offers the folder's other data files, lists a
 * matrix cell's units, and a unit's sheet is scored on the same data.
 */
class StudioImpactTest {

    static final String LAST_YEAR = "data/hung-yen-2024-units.csv";

    @TempDir
    static Path temp;
    static StudioFixture studio;
    static JsonNode cli;

    @BeforeAll
    static void start() throws IOException {
        studio = new StudioFixture(temp, true);
        Path base = studio.folder.resolve("hung-yen-02-2020"), draft = studio.folder.resolve("hung-yen-draft");
        Cli diff = Cli.run("diff", base.toString(), draft.toString(), "--data", studio.folder.resolve(LAST_YEAR).toString(), "--format", "json");
        assertEquals(0, diff.exit(), diff.err());
        cli = StudioJson.MAPPER.readTree(diff.out());
    }

    @AfterAll
    static void stop() {
        studio.close();
    }

    /** The counts of the matrix, row by row, as the view shows them. */
    static List<Integer> matrix(String html) {
        String table = html.replaceAll("(?s).*?<table class=\"matrix\">(.*?)</table>.*", "$1");
        List<Integer> counts = new ArrayList<>();
        Matcher m = Pattern.compile("<td class=\"num[^\"]*\">(?:<button[^>]*>)?(\\d+)").matcher(table);
        while (m.find()) counts.add(Integer.parseInt(m.group(1)));
        return counts;
    }

    @Test
    void byDefaultTheDraftIsComparedOnLastYearsUnitsAsTheCliDiffDoes() {
        String html = studio.get("/api/views/impact?pack=hung-yen-draft").body();
        List<Integer> expected = new ArrayList<>();
        cli.path("transitions").path("counts").forEach(row -> row.forEach(n -> expected.add(n.asInt())));
        assertEquals(expected, matrix(html));
        assertEquals(250, matrix(html).stream().mapToInt(Integer::intValue).sum());
        // the chooser: the folder's data files, last year's chosen
        assertTrue(html.contains("<option value=\"" + LAST_YEAR + "\" selected>"), html);
        assertTrue(html.contains("<option value=\"hung-yen-draft/data/units.csv\">"), html);
        assertTrue(html.contains("<option value=\"hung-yen-02-2020/data/units.csv\">"), html);
    }

    @Test
    void anotherDataFileOfTheFolderCanBeChosenAndOneOutsideItIsNot() {
        String draftOwn = studio.get("/api/views/impact?pack=hung-yen-draft&data=hung-yen-draft/data/units.csv").body();
        assertEquals(12, matrix(draftOwn).stream().mapToInt(Integer::intValue).sum(), draftOwn);
        assertTrue(draftOwn.contains("<option value=\"hung-yen-draft/data/units.csv\" selected>"), draftOwn);
        // a path out of the folder is not read: the default is used
        String outside = studio.get("/api/views/impact?pack=hung-yen-draft&data=../../etc/passwd").body();
        assertEquals(250, matrix(outside).stream().mapToInt(Integer::intValue).sum(), outside);
    }

    @Test
    void aCellListsItsUnitsAndTheSpreadOfTotalsIsShown() {
        // the first cell off the diagonal with units: those that move from one class to another
        JsonNode rows = cli.path("transitions").path("rows"), columns = cli.path("transitions").path("columns");
        String from = null, to = null;
        int count = 0;
        for (int r = 0; r < rows.size() && from == null; r++) {
            for (int c = 0; c < columns.size(); c++) {
                int n = cli.path("transitions").path("counts").get(r).get(c).asInt();
                if (n > 0 && !rows.get(r).asText().equals(columns.get(c).asText())) {
                    from = rows.get(r).asText();
                    to = columns.get(c).asText();
                    count = n;
                    break;
                }
            }
        }
        assertTrue(from != null, "the draft moves no unit on last year's data: " + cli.path("transitions"));
        List<String> expected = new ArrayList<>();
        for (JsonNode u : cli.path("units")) {
            if (u.path("base").path("class").asText().equals(from) && u.path("draft").path("class").asText().equals(to)) expected.add(u.path("id").asText());
        }
        assertEquals(count, expected.size());
        String html = studio.get("/api/views/impact?pack=hung-yen-draft&from=" + enc(from) + "&to=" + enc(to)).body();
        String list = html.replaceAll("(?s).*?<table class=\"cell-list\">(.*?)</table>.*", "$1");
        assertFalse(list.equals(html), "no cell list: " + html);
        List<String> shown = new ArrayList<>();
        Matcher m = Pattern.compile("<tr data-unit=\"([^\"]+)\">").matcher(list);
        while (m.find()) shown.add(m.group(1));
        assertEquals(expected, shown);
        assertTrue(html.contains("aria-pressed=\"true\""), "the chosen cell is marked: " + html);
        // the spread: lowest and highest total under each, in the Vietnamese number format
        assertTrue(html.contains("<table class=\"spread\">"), html);
        double max = 0;
        for (JsonNode u : cli.path("units")) max = Math.max(max, u.path("draft").path("total").asDouble());
        String shownMax = vn.rubric.workbench.reports.TextLayout.points(vn.rubric.dsl.diag.Messages.VIETNAMESE).format(max);
        assertTrue(html.matches("(?s).*<th>Cao nhất</th><td class=\"num\">[^<]+</td><td class=\"num\">" + Pattern.quote(shownMax) + "</td>.*"), shownMax + " in " + html);
    }

    @Test
    void aUnitsSheetIsScoredOnTheChosenData() throws IOException {
        // a unit of last year's file that the draft's own file lacks
        String unit = null;
        for (JsonNode u : cli.path("units")) if (u.path("movesClass").asBoolean()) { unit = u.path("id").asText(); break; }
        assertTrue(unit != null);
        Cli score = Cli.run("score", studio.folder.resolve("hung-yen-draft").toString(), "--data", studio.folder.resolve(LAST_YEAR).toString(),
                "--unit", unit, "--format", "json");
        assertEquals(0, score.exit(), score.err());
        double total = StudioJson.MAPPER.readTree(score.out()).path("units").get(0).path("total").asDouble();
        String shown = vn.rubric.workbench.reports.TextLayout.points(vn.rubric.dsl.diag.Messages.VIETNAMESE).format(total);
        String sheet = studio.get("/api/views/sheet?pack=hung-yen-draft&unit=" + enc(unit)).body();
        assertTrue(sheet.contains("<td class=\"num\">" + shown + "</td>"), shown + " in " + sheet);
        String onOwn = studio.get("/api/views/sheet?pack=hung-yen-draft&unit=" + enc(unit) + "&data=hung-yen-draft/data/units.csv").body();
        assertFalse(onOwn.contains("<table class=\"sheet\">"), "the draft's own file has no unit " + unit + ": " + onOwn);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
