package vn.rubric.workbench.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.rubric.dsl.change.RegulationChange;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.model.Scoring;
import vn.rubric.dsl.model.Tier;
import vn.rubric.workbench.Cli;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.plugins.PluginFolders;
import vn.rubric.workbench.plugins.PluginLoader;
import vn.rubric.workbench.reports.TextLayout;
import vn.rubric.workbench.workspace.Outcome;
import vn.rubric.workbench.workspace.Workspace;

/** The three documents read back with POI as a reader would: every item, point, count and total equals the rubric or the diff. */
class DocumentsTest {

    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    static final Path BASE = SAMPLES.resolve("hung-yen-02-2020");
    static final Path DRAFT = SAMPLES.resolve("hung-yen-draft");
    static final Path DATA = SAMPLES.resolve("data/hung-yen-2024-units.csv");
    private static final DecimalFormat N = TextLayout.points(Locale.forLanguageTag("vi"));

    static Workspace workspace() {
        return new Workspace(PluginLoader.load(PluginFolders.none()).registry());
    }

    static XWPFDocument open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    static String text(XWPFTableCell cell) {
        return String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }

    static String nfc(String s) {
        return Normalizer.normalize(TextLayout.oneLine(s), Normalizer.Form.NFC);
    }

    @Test
    void theAppendixIsTheRubricsSheetRowForRowInTheDecreesFormat(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("phụ-lục.docx");
        Cli r = Cli.run("document", BASE.toString(), "--kind", "appendix", "-o", out.toString());
        assertEquals(0, r.exit(), r.toString());
        Rubric rubric = workspace().load(BASE).value().rubric();
        try (XWPFDocument doc = open(out)) {
            // A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm (in twips), the page number a field in the header
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertEquals(11906, ((Number) sect.getPgSz().getW()).intValue());
            assertEquals(16838, ((Number) sect.getPgSz().getH()).intValue());
            assertEquals(1134, ((Number) sect.getPgMar().getTop()).intValue());
            assertEquals(1134, ((Number) sect.getPgMar().getBottom()).intValue());
            assertEquals(1701, ((Number) sect.getPgMar().getLeft()).intValue());
            assertEquals(850, ((Number) sect.getPgMar().getRight()).intValue());
            assertTrue(doc.getHeaderList().get(0).getParagraphs().get(0).getCTP().getFldSimpleList().get(0).getInstr().contains("PAGE"));

            XWPFTable sheet = doc.getTables().get(0);
            assertTrue(sheet.getRow(0).isRepeatHeader(), "the table header is repeated on every page");
            assertEquals(List.of("STT", "Nội dung tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định"),
                    sheet.getRow(0).getTableCells().stream().map(DocumentsTest::text).toList());
            List<List<String>> expected = new ArrayList<>();
            for (Criterion c : rubric.criteria()) {
                expected.add(List.of(c.id(), nfc(c.title()), N.format(c.max())));
                for (Item i : c.items()) {
                    expected.add(List.of(i.id(), nfc(i.title()), N.format(i.max())));
                    if (i.scoring() instanceof Scoring.PickOne p) {
                        for (Tier t : p.tiers()) expected.add(List.of("", "- " + nfc(t.text()), N.format(t.points().value())));
                    }
                }
            }
            expected.add(List.of("", "Tổng điểm", "100"));
            List<List<String>> actual = new ArrayList<>();
            for (XWPFTableRow row : sheet.getRows().subList(1, sheet.getRows().size())) {
                // an item's cell holds its title, then the "(Chấm 1 trong 3 mức sau)" remark on a line of its own
                String content = text(row.getCell(1)).split("\n")[0];
                actual.add(List.of(text(row.getCell(0)), content, text(row.getCell(2))));
                assertEquals("", text(row.getCell(3)) + text(row.getCell(4)), "the self-scored and appraised columns are left to fill in");
            }
            assertEquals(expected, actual);
            assertEquals(8 + 28 + 12 + 1, actual.size());

            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    assertEquals("Times New Roman", run.getFontFamily());
                    assertTrue(run.getFontSizeAsDouble() >= 13 && run.getFontSizeAsDouble() <= 14, p.getText());
                }
            }

            XWPFTable rating = doc.getTables().get(1);
            assertEquals(List.of("Hoàn thành xuất sắc nhiệm vụ", "Từ 90 điểm trở lên"), List.of(text(rating.getRow(1).getCell(0)), text(rating.getRow(1).getCell(1))));
            assertEquals("Từ 70 đến dưới 90 điểm", text(rating.getRow(2).getCell(1)));
            assertEquals("Dưới 50 điểm", text(rating.getRow(4).getCell(1)));
            assertTrue(text(rating.getRow(1).getCell(2)).contains("bị kỷ luật từ khiển trách trở lên"));
        }
    }

    @Test
    void theComparisonHasEveryChangeWithItsArticleAndTheChangedWordsMarked(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("so-sánh.docx");
        Cli r = Cli.run("document", BASE.toString(), DRAFT.toString(), "--kind", "comparison", "-o", out.toString());
        assertEquals(0, r.exit(), r.toString());
        List<RegulationChange> changes = workspace().changes(BASE, DRAFT).value().changes();
        assertFalse(changes.isEmpty());
        try (XWPFDocument doc = open(out)) {
            XWPFTable t = doc.getTables().get(0);
            assertTrue(t.getRow(0).isRepeatHeader());
            assertEquals(changes.size() + 1, t.getRows().size());
            boolean struck = false, underlined = false;
            for (int k = 0; k < changes.size(); k++) {
                XWPFTableRow row = t.getRow(k + 1);
                RegulationChange c = changes.get(k);
                assertEquals(String.valueOf(k + 1), text(row.getCell(0)));
                assertEquals(c.cite() == null ? "" : c.cite(), text(row.getCell(4)));
                if (c.words().isEmpty()) continue;
                // the current text is the words both share and the removed ones; the amended text those and the added ones
                StringBuilder before = new StringBuilder(), after = new StringBuilder();
                for (var p : c.words()) {
                    if (p.op() != vn.rubric.dsl.change.WordDiff.Op.ADDED) before.append(p.text());
                    if (p.op() != vn.rubric.dsl.change.WordDiff.Op.REMOVED) after.append(p.text());
                }
                assertEquals(before.toString().strip(), text(row.getCell(2)).strip());
                assertTrue(text(row.getCell(3)).startsWith(after.toString().strip()), text(row.getCell(3)));
                for (XWPFRun run : row.getCell(2).getParagraphs().get(0).getRuns()) struck |= run.isStrikeThrough();
                for (XWPFRun run : row.getCell(3).getParagraphs().get(0).getRuns()) underlined |= run.getUnderline() != org.apache.poi.xwpf.usermodel.UnderlinePatterns.NONE;
            }
            assertTrue(struck && underlined, "a reworded text has its removed words struck out and its added words underlined");
        }
    }

    @Test
    void everyNumberOfTheImpactReportIsTheNumberOfDiffJson(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("tác-động.docx");
        Cli r = Cli.run("document", BASE.toString(), DRAFT.toString(), "--data", DATA.toString(), "--kind", "impact", "-o", out.toString());
        assertEquals(0, r.exit(), r.toString());
        Cli json = Cli.run("diff", BASE.toString(), DRAFT.toString(), "--data", DATA.toString(), "--format", "json");
        assertEquals(0, json.exit(), json.toString());
        JsonNode diff = new ObjectMapper().readTree(json.out());
        try (XWPFDocument doc = open(out)) {
            List<XWPFTable> tables = doc.getTables();
            // 1. class counts before and after, with their bars
            XWPFTable counts = tables.get(0);
            JsonNode rows = diff.get("transitions").get("rows");
            assertEquals(rows.size() + 1, counts.getRows().size());
            for (int k = 0; k < rows.size(); k++) {
                XWPFTableRow row = counts.getRow(k + 1);
                String name = rows.get(k).asText();
                assertEquals(name, text(row.getCell(0)));
                int b = classCount(diff.get("summaries").get("base"), name), d = classCount(diff.get("summaries").get("draft"), name);
                assertEquals(String.valueOf(b), text(row.getCell(1)));
                assertEquals(String.valueOf(d), text(row.getCell(2)));
                assertEquals((d - b > 0 ? "+" : "") + (d - b), text(row.getCell(3)));
                assertTrue(text(row.getCell(4)).endsWith(" " + d) && text(row.getCell(4)).contains(" " + b + "\n"), text(row.getCell(4)));
            }
            // 2. the transition matrix, cell for cell
            XWPFTable matrix = tables.get(1);
            JsonNode columns = diff.get("transitions").get("columns"), cells = diff.get("transitions").get("counts");
            for (int c = 0; c < columns.size(); c++) assertEquals(columns.get(c).asText(), text(matrix.getRow(0).getCell(c + 1)));
            for (int k = 0; k < rows.size(); k++) {
                for (int c = 0; c < columns.size(); c++) assertEquals(cells.get(k).get(c).asText(), text(matrix.getRow(k + 1).getCell(c + 1)));
            }
            // 3. each unit that changes class, in the order of diff, with its totals and classes
            XWPFTable movers = tables.get(2);
            JsonNode ids = diff.get("movers");
            assertTrue(ids.size() > 0);
            assertEquals(ids.size() + 1, movers.getRows().size());
            for (int k = 0; k < ids.size(); k++) {
                JsonNode unit = unit(diff, ids.get(k).asText());
                XWPFTableRow row = movers.getRow(k + 1);
                assertEquals(unit.get("name").asText() + " (" + unit.get("id").asText() + ")", text(row.getCell(1)));
                assertEquals(N.format(unit.get("base").get("total").asDouble()), text(row.getCell(2)));
                assertEquals(N.format(unit.get("draft").get("total").asDouble()), text(row.getCell(3)));
                assertEquals(unit.get("base").get("class").asText(), text(row.getCell(4)));
                assertEquals(unit.get("draft").get("class").asText(), text(row.getCell(5)));
                assertEquals(unit.get("reasons").size(), text(row.getCell(6)).split("\n").length);
            }
            // 4. the evidence the data lacked, under each regulation, with the units that lacked it
            List<JsonNode> missing = new ArrayList<>();
            diff.get("missing").get("base").forEach(missing::add);
            diff.get("missing").get("draft").forEach(missing::add);
            if (missing.isEmpty()) return;
            XWPFTable lacked = tables.get(3);
            assertEquals(missing.size() + 1, lacked.getRows().size());
            for (int k = 0; k < missing.size(); k++) {
                assertEquals(missing.get(k).get("field").asText(), text(lacked.getRow(k + 1).getCell(1)));
                assertEquals(missing.get(k).get("units").asText(), text(lacked.getRow(k + 1).getCell(4)));
            }
        }
    }

    private static int classCount(JsonNode summary, String name) {
        for (JsonNode c : summary.get("classes")) if (c.get("ratingClass").asText().equals(name)) return c.get("count").asInt();
        return 0;
    }

    private static JsonNode unit(JsonNode diff, String id) {
        for (JsonNode u : diff.get("units")) if (u.get("id").asText().equals(id)) return u;
        throw new AssertionError("no unit " + id);
    }

    @Test
    void aDocumentKindNeedsItsPacks(@TempDir Path dir) {
        Cli unknown = Cli.run("--lang", "en", "document", BASE.toString(), "--kind", "memo", "-o", dir.resolve("x.docx").toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("appendix, comparison, impact"), unknown.err());
        Cli lone = Cli.run("--lang", "en", "document", BASE.toString(), "--kind", "comparison", "-o", dir.resolve("x.docx").toString());
        assertEquals(2, lone.exit());
        assertTrue(lone.err().contains("give BASE and DRAFT"), lone.err());
        assertFalse(Files.exists(dir.resolve("x.docx")));
    }

    @Test
    void theDocumentsAreTheSameBytesEachTime(@TempDir Path dir) throws IOException {
        Outcome<Report.Sheet> sheet = workspace().sheet(BASE);
        assertNotNull(sheet.value());
        var text = vn.rubric.dsl.diag.Messages.of(vn.rubric.workbench.Workbench.CLI_BUNDLE, vn.rubric.dsl.diag.Messages.VIETNAMESE);
        byte[] first = workspace().render(new AppendixDocument(), sheet.value(), text);
        byte[] again = workspace().render(new AppendixDocument(), sheet.value(), text);
        assertTrue(java.util.Arrays.equals(first, again), "no time stamp in the document");
    }
}
