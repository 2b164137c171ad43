package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.change.RegulationChange;
import vn.rubric.dsl.change.RegulationChanges;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.Amendment;
import vn.rubric.dsl.model.Amendment.Kind;
import vn.rubric.dsl.model.Amendment.Op;
import vn.rubric.dsl.model.Amendment.Target;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.rules.score.Scorer;
import vn.rubric.workbench.importers.CsvImporter;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.reports.TextDiffReporter;
import vn.rubric.workbench.simulate.Comparison;
import vn.rubric.workbench.simulate.Reason;

/**
 * Hưng Yên 02/2020 beside its draft written as an amendment (the draft's effective text with
 * the amending decision's list of changes filled in by hand, as an amending pack's loader
 * fills it): each unit that changes class cites the articles of the changes that moved it.
 */
class AmendedDiffReasonsTest {

    static final Path SAMPLES = Path.of("..", "samples");

    static RulePack load(String pack) {
        PackLoader.Result r = PackLoader.load(SAMPLES.resolve(pack));
        assertTrue(r.ok(), () -> r.diagnostics().all().toString());
        return r.pack();
    }

    static List<ScoreSheet> score(RulePack pack, Path csv) {
        var units = new CsvImporter().read(csv, pack.rubric()).units();
        return new Scorer(RuleBase.build(pack).ruleBase()).score(units).sheets();
    }

    /** The draft's four articles: 3.8 scored by the SIPAS index, 5.2's reproof tier, the bonus, the quota. */
    static Rubric amending(Rubric effective) {
        List<Amendment.Change> changes = List.of(
                new Amendment.Change(new Target(Kind.ITEM, "3.8", null), Op.REPLACE, List.of(), "Điều 1, khoản 1", null),
                new Amendment.Change(new Target(Kind.TIER, "5.2", "kiểm điểm, phê bình"), Op.SET, List.of("points"), "Điều 1, khoản 2", null),
                new Amendment.Change(new Target(Kind.BONUS, null, null), Op.ADD, List.of(), "Điều 1, khoản 3", null),
                new Amendment.Change(new Target(Kind.RATING_CLASS, "Hoàn thành xuất sắc nhiệm vụ", null), Op.SET, List.of("quota"), "Điều 1, khoản 4", null));
        return new Rubric(effective.file(), effective.regulation(), effective.parameters(), effective.evidence(), effective.criteria(),
                effective.bonus(), effective.deductions(), effective.rating(),
                new Amendment(SAMPLES.resolve("hung-yen-02-2020"), "hung-yen-02-2020", changes, null));
    }

    @Test
    void theMoversCiteTheArticlesOfTheChangesThatMovedThem() throws Exception {
        RulePack base = load("hung-yen-02-2020"), draft = load("hung-yen-draft");
        Path csv = SAMPLES.resolve("data").resolve("hung-yen-2024-units.csv");
        Rubric amended = amending(draft.rubric());
        List<RegulationChange> changes = RegulationChanges.between(base.rubric(), amended);
        Comparison c = Comparison.of(base.rubric(), score(base, csv), amended, score(draft, csv), changes);

        List<Comparison.UnitChange> movers = c.movers();
        assertFalse(movers.isEmpty());
        Set<String> seen = new java.util.TreeSet<>();
        for (Comparison.UnitChange u : movers) {
            assertFalse(u.reasons().isEmpty(), u.unit().id());
            for (Reason r : u.reasons()) {
                String expected = switch (r.kind()) {
                    case ITEM_POINTS -> switch (r.id()) {
                        case "3.8" -> "Điều 1, khoản 1";
                        case "5.2" -> "Điều 1, khoản 2";
                        default -> throw new AssertionError("no other item changed: " + r);
                    };
                    case BARRED -> "Điều 1, khoản 4"; // the quota, with the unit's place
                    default -> throw new AssertionError("the draft has no other kind of change that moves a unit: " + r);
                };
                assertEquals(expected, r.cite(), u.unit().id() + ": " + r);
                seen.add(r.kind() + " " + r.id() + " " + r.cite());
            }
        }
        assertEquals(Set.of("BARRED Hoàn thành xuất sắc nhiệm vụ Điều 1, khoản 4", "ITEM_POINTS 3.8 Điều 1, khoản 1",
                "ITEM_POINTS 5.2 Điều 1, khoản 2"), seen);

        // the terminal report: the list of changes cited, then each mover's reasons with their articles
        Report.Diff report = new Report.Diff(base.rubric(), amended, csv, changes, c, List.of(), List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new TextDiffReporter().write(report, Messages.of(Workbench.CLI_BUNDLE, Messages.VIETNAMESE), bytes);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("nội dung 5.2, mức \"kiểm điểm, phê bình\": điểm 2 → 1 (Điều 1, khoản 2)\n"), text);
        assertTrue(text.contains("      nội dung 5.2: 2 → 1 điểm (Điều 1, khoản 2)\n"), text);
        assertTrue(text.matches("(?s).*\\(không được xếp \"Hoàn thành xuất sắc nhiệm vụ\" vì: [^\n]*\\(thứ \\d+/\\d+, chỉ 50 đơn vị được xếp\\)\\) \\(Điều 1, khoản 4\\)\n.*"), text);
        String cited = changes.stream().filter(x -> x.cite() != null).map(x -> x.target().kind() + ":" + x.cite()).collect(Collectors.joining(", "));
        assertEquals("ITEM:Điều 1, khoản 1, ITEM:Điều 1, khoản 1, TIER:Điều 1, khoản 2, BONUS:Điều 1, khoản 3, ITEM:Điều 1, khoản 3, "
                + "RATING_CLASS:Điều 1, khoản 4", cited);
    }
}
