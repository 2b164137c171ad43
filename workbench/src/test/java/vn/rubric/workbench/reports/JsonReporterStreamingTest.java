package vn.rubric.workbench.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.workbench.CliTest;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.plugins.PluginFolders;
import vn.rubric.workbench.plugins.PluginLoader;
import vn.rubric.workbench.workspace.Progress;
import vn.rubric.workbench.workspace.Workspace;

/**
 * score --format json writes each unit's sheet as it comes to it: 50,000 units held as one
 * tree and then one string ran out of memory (issue 14), so the first units must be out
 * before the last is read, and the bytes are those of the whole document as before.
 */
class JsonReporterStreamingTest {

    @Test
    void theFirstUnitsAreWrittenBeforeTheLastIsRead() throws IOException {
        Workspace workspace = new Workspace(PluginLoader.load(PluginFolders.none()).registry());
        Report.Scores scores = workspace.score(CliTest.pack(), null, null, Progress.NONE).value();
        List<ScoreSheet> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) many.addAll(scores.sheets());
        Messages text = Messages.of(Workbench.CLI_BUNDLE, Messages.VIETNAMESE);

        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        new JsonReporter().write(new Report.Scores(scores.rubric(), many), text, whole);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] writtenWhenLastRead = {-1};
        List<ScoreSheet> watched = new AbstractList<>() {
            @Override
            public ScoreSheet get(int index) {
                if (index == many.size() - 1) writtenWhenLastRead[0] = out.size();
                return many.get(index);
            }

            @Override
            public int size() {
                return many.size();
            }
        };
        new JsonReporter().write(new Report.Scores(scores.rubric(), watched), text, out);
        assertTrue(writtenWhenLastRead[0] > whole.size() / 2, "only " + writtenWhenLastRead[0] + " of " + whole.size() + " bytes were out when the last sheet was read");
        assertEquals(whole.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
    }
}
