package vn.rubric.workbench.reports;

import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.platform.Report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.rules.score.Scorer;
import vn.rubric.dsl.score.Unit;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.importers.CsvImporter;
import vn.rubric.workbench.data.ImportResult;
import vn.rubric.workbench.simulate.Comparison;
import vn.rubric.workbench.simulate.Stats;
import vn.rubric.workbench.simulate.Summary;
import vn.rubric.workbench.simulate.Sweep;

/**
 * The report tests' input: the Hưng Yên 02/2020 sample pack really loaded, built and
 * scored on its 12 units, and a draft of it whose handled hot spot (4.4) earns 5 instead of 3.
 */
final class SamplePack {

    /** Tests run in the workbench module's folder; the samples sit beside it. */
    static final Path PACK = Path.of("..", "samples", "hung-yen-02-2020").toAbsolutePath().normalize();
    static final Path UNITS = PACK.resolve("data/units.csv");

    final RulePack pack;
    final RuleBase ruleBase;

    SamplePack() {
        this(PACK);
    }

    SamplePack(Path folder) {
        PackLoader.Result loaded = PackLoader.load(folder);
        assertTrue(loaded.ok(), () -> loaded.diagnostics().all().toString());
        pack = loaded.pack();
        RuleBase.Result built = RuleBase.build(pack);
        assertFalse(built.diagnostics().hasErrors(), () -> built.diagnostics().all().toString());
        ruleBase = built.ruleBase();
    }

    /** The draft: the sample rubric with one tier's points changed and its own id. */
    static Path writeDraft(Path dir) throws IOException {
        Path draft = dir.resolve("hung-yen-draft-test");
        Files.createDirectories(draft);
        String rubric = Files.readString(PACK.resolve("rubric.yaml"), StandardCharsets.UTF_8);
        String changed = rubric.replace("when: hot_spot == handled\n            points: 3", "when: hot_spot == handled\n            points: 5")
                .replace("  id: hung-yen-02-2020\n", "  id: hung-yen-draft-test\n");
        assertTrue(!changed.equals(rubric) && changed.contains("hung-yen-draft-test"), "the draft must differ from the sample");
        Files.writeString(draft.resolve("rubric.yaml"), changed, StandardCharsets.UTF_8);
        return draft;
    }

    List<Unit> units(Path csv) {
        ImportResult read = new CsvImporter().read(csv, pack.rubric());
        assertFalse(read.diagnostics().hasErrors(), () -> read.diagnostics().all().toString());
        return read.units();
    }

    List<ScoreSheet> score(Path csv) {
        Scorer.Result result = new Scorer(ruleBase).score(units(csv));
        assertFalse(result.problems().hasErrors(), () -> result.problems().all().toString());
        return result.sheets();
    }

    Report.Scores scores(Path csv) {
        return new Report.Scores(pack.rubric(), score(csv));
    }

    Report.Simulation simulation(Path csv) {
        List<ScoreSheet> sheets = score(csv);
        return new Report.Simulation(pack.rubric(), csv, sheets, Summary.of(pack.rubric(), sheets), List.of());
    }

    /** This pack as the base, {@code draft} beside it, on the sample units; {@code top} sets the draft's top class minimum. */
    Report.Diff diff(SamplePack draft, double top) {
        PackLoader.Result changed = PackLoader.withParameters(draft.pack, Map.of("top_class_min", top));
        RuleBase draftRules = RuleBase.build(changed.pack()).ruleBase();
        List<ScoreSheet> base = score(UNITS);
        List<ScoreSheet> drafted = new Scorer(draftRules).score(draft.units(UNITS)).sheets();
        Comparison c = Comparison.of(pack.rubric(), base, changed.pack().rubric(), drafted);
        return new Report.Diff(pack.rubric(), changed.pack().rubric(), UNITS,
                vn.rubric.dsl.change.RegulationChanges.between(pack.rubric(), changed.pack().rubric()), c, List.of(), List.of());
    }

    /**
     * What {@code rubric changes} reports for a draft of the sample that rewords item 5.2's title
     * ("người lao động vi phạm kỷ luật" becomes "người lao động bị kỷ luật") and gives its
     * reproof tier 1 point instead of 2.
     */
    Report.Changes rewordedChanges() throws IOException {
        String rubric = Files.readString(PACK.resolve("rubric.yaml"), StandardCharsets.UTF_8);
        String changed = rubric.replace("người lao động vi phạm kỷ luật (kể cả", "người lao động bị kỷ luật (kể cả")
                .replace("when: discipline == reproved\n            points: 2", "when: discipline == reproved\n            points: 1");
        assertTrue(!changed.equals(rubric), "the draft must differ from the sample");
        vn.rubric.dsl.load.RubricLoader.Result draft = vn.rubric.dsl.load.RubricLoader.parse(PACK.resolve("rubric.yaml"), changed);
        assertFalse(draft.diagnostics().hasErrors(), () -> draft.diagnostics().all().toString());
        return new Report.Changes(pack.rubric(), draft.rubric(), vn.rubric.dsl.change.RegulationChanges.between(pack.rubric(), draft.rubric()));
    }

    /** As {@code rubric sweep} does it: the parameter set to each value, the units scored again. */
    Report.SweepRun sweep(String parameter, double... values) {
        List<Sweep.Point> points = new ArrayList<>();
        List<Unit> units = units(UNITS);
        for (double v : values) {
            PackLoader.Result changed = PackLoader.withParameters(pack, Map.of(parameter, v));
            List<ScoreSheet> sheets = new Scorer(RuleBase.build(changed.pack()).ruleBase()).score(units).sheets();
            points.add(new Sweep.Point(v, Summary.classCounts(changed.pack().rubric(), sheets),
                    Stats.of(sheets.stream().mapToDouble(ScoreSheet::total).toArray())));
        }
        var p = pack.rubric().parameters().get(parameter);
        return new Report.SweepRun(pack.rubric(), UNITS, new Sweep(parameter, p.label(), p.value(), List.copyOf(points)));
    }

    /**
     * The sample units with ids a worksheet name cannot hold as they are ({@code []:*?/\},
     * too long, differing only in case, "History") and names with markup characters.
     */
    static Path awkwardUnits(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(UNITS, StandardCharsets.UTF_8);
        String[] ids = {"vg/noi:vu*[1]?", "Phong-Tu-Phap-huyen-Van-Giang-tinh-Hung-Yen", "VG-LDTBXH", "vg-ldtbxh", "History", "'quoted'"};
        String[] names = {"Phòng <Nội vụ> & \"Tổ chức\"", null, null, null, null, null};
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 0; i < ids.length; i++) {
            String row = lines.get(1 + i);
            String rest = row.substring(row.indexOf(',') + 1);
            if (names[i] != null) rest = CsvReporter.quote(names[i]) + rest.substring(rest.indexOf(','));
            out.add(CsvReporter.quote(ids[i]) + "," + rest);
        }
        Path csv = dir.resolve("awkward-units.csv");
        Files.write(csv, out, StandardCharsets.UTF_8);
        return csv;
    }

    static Messages texts(Locale locale) {
        return Messages.of(Workbench.CLI_BUNDLE, locale);
    }

    static byte[] write(Reporter reporter, Report report, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reporter.write(report, texts(locale), out);
        return out.toByteArray();
    }
}
