package vn.rubric.example.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.rules.score.Scorer;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.data.ImportResult;
import vn.rubric.workbench.importers.CsvImporter;
import vn.rubric.workbench.platform.Report;

/** The DOCX follows seed 003's outline and is filled from the scoring result. */
class SelfAssessmentReporterTest {

    static final Path PACK = Path.of("..", "..", "hung-yen-02-2020").toAbsolutePath().normalize();

    static List<ScoreSheet> scoreSample(int units) {
        RulePack pack = PackLoader.load(PACK).pack();
        ImportResult read = new CsvImporter().read(PACK.resolve("data/units.csv"), pack.rubric());
        assertFalse(read.diagnostics().hasErrors(), () -> read.diagnostics().all().toString());
        Scorer.Result scored = new Scorer(RuleBase.build(pack).ruleBase()).score(read.units().subList(0, units));
        assertFalse(scored.problems().hasErrors(), () -> scored.problems().all().toString());
        return scored.sheets();
    }

    @Test
    void eachUnitGetsTheReportOfTheOutlineWithItsOwnPoints() throws Exception {
        RulePack pack = PackLoader.load(PACK).pack();
        List<ScoreSheet> sheets = scoreSample(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SelfAssessmentReporter().write(new Report.Scores(pack.rubric(), sheets), Messages.of(Workbench.CLI_BUNDLE, Locale.ENGLISH), out);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            List<String> headings = new ArrayList<>();
            for (XWPFTable t : doc.getTables()) headings.add(t.getRow(0).getCell(0).getParagraphs().get(0).getText());
            for (ScoreSheet s : sheets) {
                assertTrue(headings.contains(s.unit().name().toUpperCase(SelfAssessmentReporter.VI)), headings.toString());
                int at = lines.indexOf("Tổng số điểm thực hiện công tác dân vận chính quyền: " + SelfAssessmentReporter.points(s.total()) + " điểm, trong đó:");
                assertTrue(at >= 0, "total of " + s.unit().id() + " in " + lines);
                assertEquals("BÁO CÁO", lines.get(lines.subList(0, at).lastIndexOf("BÁO CÁO")));
                // then each criterion, in the rubric's order, with the unit's points
                int from = at;
                for (ScoreSheet.Subtotal c : s.criteria()) {
                    String line = "Tiêu chí số " + c.id() + ": " + c.title() + ": (" + SelfAssessmentReporter.points(c.points()) + " điểm)";
                    int next = lines.subList(from, lines.size()).indexOf(line);
                    assertTrue(next >= 0, "missing after the total: " + line);
                    from += next;
                }
                assertTrue(lines.subList(from, lines.size()).contains("Tổng số điểm đạt được là " + SelfAssessmentReporter.points(s.total())
                        + ", đề nghị mức xếp loại: " + s.ratingClass() + "."), lines.toString());
            }
            // an item that lost points is listed under what fell short, with its points
            ScoreSheet.ItemLine lost = sheets.stream().flatMap(s -> s.items().stream()).filter(i -> i.points() < i.max() && !i.section().equals("deduction") && !i.section().equals("bonus"))
                    .findFirst().orElseThrow();
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("    + " + lost.id() + ". ") && l.contains(": " + SelfAssessmentReporter.points(lost.points()) + "/"
                    + SelfAssessmentReporter.points(lost.max()) + " điểm")), lines.toString());
        }
    }

    @Test
    void pointsAndDatesAreWrittenTheVietnameseWay() {
        assertEquals("94,25", SelfAssessmentReporter.points(94.25));
        assertEquals("100", SelfAssessmentReporter.points(100));
        assertEquals("08/01/2020", SelfAssessmentReporter.date("2020-01-08"));
        assertEquals("8/1/2020", SelfAssessmentReporter.date("8/1/2020"));
    }
}
