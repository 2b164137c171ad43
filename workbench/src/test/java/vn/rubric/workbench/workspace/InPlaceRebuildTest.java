package vn.rubric.workbench.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.plugins.PluginFolders;
import vn.rubric.workbench.plugins.PluginLoader;

/**
 * The studio's edit loop changes the draft's rules in place (RuleBase.build with the kept
 * rule base): whatever the edit (a tier's points, a class's minimum, the quota's share, and
 * back again), the comparison is the same, to the byte, as a new workspace's that builds the
 * draft anew.
 */
class InPlaceRebuildTest {

    private static final Path BASE = Path.of("..", "samples", "hung-yen-02-2020");
    private static final Path DRAFT = Path.of("..", "samples", "hung-yen-draft");
    private static final Path DATA = Path.of("..", "samples", "data", "hung-yen-2024-units.csv");

    @Test
    void editsChangedInPlaceCompareAsNewBuildsDo() throws IOException {
        Path rubric = DRAFT.resolve("rubric.yaml");
        String text = Files.readString(rubric, StandardCharsets.UTF_8);
        String points = "kiểm điểm, phê bình\n    set: { points: 1 }";
        assertTrue(text.contains(points), "the draft no longer sets the points of 5.2's second tier");
        String quota = "add: { value: 20, label: Tỷ lệ";
        assertTrue(text.contains(quota), "the draft no longer adds the quota's share");

        Workspace editing = workspace();
        Object rules = editing.build(DRAFT).value().kieBase();
        record Edit(String text, Map<String, String> settings) {}
        Edit[] edits = {
                new Edit(text.replace(points, points.replace("1", "3")), Map.of()),
                new Edit(text.replace(points, points.replace("1", "0")), Map.of()),
                new Edit(text.replace(quota, quota.replace("20", "35")), Map.of()),
                new Edit(text, Map.of("top_class_min", "85")),
                new Edit(text, Map.of()),
        };
        for (Edit edit : edits) {
            editing.edit(rubric, edit.text());
            String inPlace = diffJson(editing, edit.settings());
            assertSame(rules, editing.build(DRAFT, edit.settings()).value().kieBase(), "the edit was not made in place");

            Workspace fresh = workspace();
            fresh.edit(rubric, edit.text());
            assertEquals(diffJson(fresh, edit.settings()), inPlace, "changed in place, the rules compare otherwise: " + edit.settings());
        }
    }

    private static Workspace workspace() {
        return new Workspace(PluginLoader.load(PluginFolders.none()).registry());
    }

    private static String diffJson(Workspace workspace, Map<String, String> settings) throws IOException {
        Outcome<Report.Diff> diff = workspace.compare(BASE, DRAFT, DATA, settings, Progress.NONE);
        assertTrue(diff.hasValue(), () -> diff.diagnostics().all().toString());
        Reporter json = workspace.reporters(Report.Diff.class).stream().filter(r -> r.format().equals("json")).findFirst().orElseThrow();
        return new String(workspace.render(json, diff.value(), Messages.of(Workbench.CLI_BUNDLE, Messages.VIETNAMESE)), StandardCharsets.UTF_8);
    }
}
