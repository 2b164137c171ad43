package vn.rubric.workbench.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Scoring;
import vn.rubric.dsl.model.Tier;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.workbench.plugins.PluginFolders;
import vn.rubric.workbench.plugins.PluginLoader;
import vn.rubric.workbench.workspace.Outcome;
import vn.rubric.workbench.workspace.Workspace;

/** The form's edits as edits of the YAML text: one value rewritten where it is written, nothing else touched. */
class ValueEditTest {

    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private final Workspace workspace = new Workspace(PluginLoader.load(PluginFolders.none()).registry());

    private Path copy() throws IOException {
        for (String pack : List.of("hung-yen-02-2020", "hung-yen-draft")) {
            Path from = SAMPLES.resolve(pack);
            try (Stream<Path> all = Files.walk(from)) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    Path dest = temp.resolve(pack).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(dest);
                    else Files.copy(p, dest);
                }
            }
        }
        return temp;
    }

    private static List<String> differentLines(String a, String b) {
        List<String> x = a.lines().toList(), y = b.lines().toList();
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            String l = i < x.size() ? x.get(i) : null, r = i < y.size() ? y.get(i) : null;
            if (!java.util.Objects.equals(l, r)) out.add(l + " => " + r);
        }
        return out;
    }

    @Test
    void aParameterOfARubricWrittenWholeIsRewrittenOnItsLineOnly() throws IOException {
        Path base = copy().resolve("hung-yen-02-2020/rubric.yaml");
        String before = Files.readString(base);
        Outcome<String> set = workspace.setValue(base, new ValuePath(ValuePath.Kind.PARAMETER, "good_class_min", null, "value"), "72,5");
        assertTrue(set.ok(), set.diagnostics().toString());
        List<String> changed = differentLines(before, set.value());
        assertEquals(List.of("  good_class_min: { value: 70, label: Điểm tối thiểu xếp loại Hoàn thành tốt nhiệm vụ } => "
                + "  good_class_min: { value: 72.5, label: Điểm tối thiểu xếp loại Hoàn thành tốt nhiệm vụ }"), changed);
        // the workspace reads the new text at once (an unsaved edit, as typing is); the file is untouched
        assertEquals(72.5, workspace.load(base.getParent()).value().rubric().parameters().get("good_class_min").value());
        assertEquals(before, Files.readString(base));
    }

    @Test
    void aTitleTypedWithCombiningAccentsIsWrittenInNfcInItsOwnQuotes() throws IOException {
        Path base = copy().resolve("hung-yen-02-2020/rubric.yaml");
        String title = "Cơ quan, đơn vị không có người vi phạm kỷ luật: ‘mới’";
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFD);
        Outcome<String> set = workspace.setValue(base, new ValuePath(ValuePath.Kind.ITEM, "5.2", null, "title"), decomposed);
        assertTrue(set.ok(), set.diagnostics().toString());
        assertTrue(set.value().contains("        title: '" + title + "'\n"), "single quotes kept");
        Item item = workspace.load(base.getParent()).value().rubric().item("5.2").orElseThrow();
        assertEquals(title, item.title());
    }

    @Test
    void aTierOfAnAmendingPackIsRewrittenInTheChangeThatSetsIt() throws IOException {
        Path draft = copy().resolve("hung-yen-draft/rubric.yaml");
        String before = Files.readString(draft);
        Outcome<String> set = workspace.setValue(draft, new ValuePath(ValuePath.Kind.TIER, "5.2", "kiểm điểm, phê bình", "points"), "1,5");
        assertTrue(set.ok(), set.diagnostics().toString());
        assertEquals(List.of("    set: { points: 1 } =>     set: { points: 1.5 }"), differentLines(before, set.value()));
        assertEquals(1.5, tier(draft, "5.2", "kiểm điểm, phê bình").points().value());
    }

    @Test
    void aValueTheDraftDoesNotChangeYetGetsANewChangeAtTheEnd() throws IOException {
        Path draft = copy().resolve("hung-yen-draft/rubric.yaml");
        String before = Files.readString(draft);
        Outcome<String> set = workspace.setValue(draft, new ValuePath(ValuePath.Kind.PARAMETER, "good_class_min", null, "value"), "75");
        assertTrue(set.ok(), set.diagnostics().toString());
        assertTrue(set.value().startsWith(before.stripTrailing()), "the text before is kept");
        assertTrue(set.value().contains("\n  - parameter: good_class_min\n    set: { value: 75 }"), set.value());
        RulePack loaded = workspace.load(draft.getParent()).value();
        assertEquals(75, loaded.rubric().parameters().get("good_class_min").value());
        // the new change has no article yet: validation asks for it
        assertTrue(workspace.load(draft.getParent()).diagnostics().all().stream().anyMatch(d -> d.code().equals("W-CHANGE-NO-CITE")));
        // a second edit rewrites that change, not a third one
        Outcome<String> again = workspace.setValue(draft, new ValuePath(ValuePath.Kind.PARAMETER, "good_class_min", null, "value"), "76");
        assertEquals(1, again.value().split("parameter: good_class_min", -1).length - 1, again.value());
        assertTrue(again.value().contains("set: { value: 76 }"));
    }

    @Test
    void aSimpleConditionChosenFromTheDropDownsIsWrittenAsTheLanguageWritesIt() throws IOException {
        Path base = copy().resolve("hung-yen-02-2020/rubric.yaml");
        ValuePath when = new ValuePath(ValuePath.Kind.TIER, "5.2", "kiểm điểm, phê bình", "when");
        Outcome<String> set = workspace.setCondition(base, when, "hot_spot", "handled");
        assertTrue(set.ok(), set.diagnostics().toString());
        assertTrue(set.value().contains("            when: hot_spot == handled\n"));
        Outcome<String> wrong = workspace.setCondition(base, when, "hot_spot", "sometimes");
        assertFalse(wrong.hasValue());
        assertEquals("E-FORM-CONDITION", wrong.diagnostics().all().get(0).code());
    }

    @Test
    void whatIsNotANumberOrNotWrittenIsRefusedWithItsReason() throws IOException {
        Path base = copy().resolve("hung-yen-02-2020/rubric.yaml");
        Outcome<String> nan = workspace.setValue(base, new ValuePath(ValuePath.Kind.PARAMETER, "good_class_min", null, "value"), "bảy mươi");
        assertEquals("E-FORM-NUMBER", nan.diagnostics().all().get(0).code());
        Outcome<String> missing = workspace.setValue(base, new ValuePath(ValuePath.Kind.ITEM, "9.9", null, "title"), "x");
        assertEquals("E-FORM-NOT-WRITTEN", missing.diagnostics().all().get(0).code());
        assertNull(ValuePath.of(List.of("item", "5.2", "points")));
        assertNotNull(ValuePath.of(List.of("tier", "5.2", "kiểm điểm, phê bình", "points")));
    }

    @Test
    void theFormShowsRunningSumsInTheUsersNumbersAndTheSimpleConditions() throws IOException {
        Path base = copy().resolve("hung-yen-02-2020/rubric.yaml");
        workspace.setValue(base, new ValuePath(ValuePath.Kind.ITEM, "5.2", null, "max"), "9,5");
        RubricForm form = workspace.form(base.getParent(), new Locale("vi")).value();
        RubricForm.CriterionRow five = form.criteria().stream().filter(c -> c.id().equals("5")).findFirst().orElseThrow();
        assertEquals("12,5/8", five.sums());
        assertFalse(five.sumsAdd());
        RubricForm.TierRow reproved = five.items().get(1).tiers().get(1);
        assertEquals("discipline", reproved.field());
        assertEquals("reproved", reproved.choice());
        assertTrue(form.fields().stream().anyMatch(f -> f.name().equals("discipline") && f.choices().size() == 3));
        // a class's minimum written as a parameter shows the parameter's value, and names it
        RubricForm.ClassRow good = form.classes().get(1);
        assertEquals("70", good.minText());
        assertEquals("good_class_min", good.minParameter());
        workspace.setValue(base, new ValuePath(ValuePath.Kind.PARAMETER, "good_class_min", null, "value"), "72,5");
        assertEquals("72,5", workspace.form(base.getParent(), new Locale("vi")).value().classes().get(1).minText());
    }

    private Tier tier(Path rubric, String item, String label) {
        Item i = workspace.load(rubric.getParent()).value().rubric().item(item).orElseThrow();
        return ((Scoring.PickOne) i.scoring()).tiers().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow();
    }
}
