package vn.rubric.workbench.reports;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.rubric.dsl.change.RegulationChange;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;

/**
 * What changed in the regulation, on the terminal: one numbered line per change in the
 * regulation's order, each with its article; a reworded text shows its words removed as
 * {@code [-…-]} and added as {@code {+…+}}.
 */
public final class TextChangesReporter implements Reporter {

    @Override
    public String format() {
        return "text";
    }

    @Override
    public boolean writes(Class<? extends Report> kind) {
        return kind == Report.Changes.class;
    }

    @Override
    public void write(Report report, Messages text, OutputStream stream) {
        Report.Changes changes = (Report.Changes) report;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.println(text.get("changes.title", TextSimulationReporter.regulationName(changes.base()), TextSimulationReporter.regulationName(changes.draft())));
        list(changes.changes(), text, out);
        out.flush();
    }

    /** The numbered lines, or a line saying there is no change; {@code rubric diff} prints the same under its own heading. */
    static void list(List<RegulationChange> changes, Messages text, PrintWriter out) {
        if (changes.isEmpty()) {
            out.println("  " + text.get("changes.none"));
            return;
        }
        ChangeText words = new ChangeText(text);
        int width = String.valueOf(changes.size()).length();
        for (int k = 0; k < changes.size(); k++) {
            out.printf("  %" + width + "d. %s%n", k + 1, TextLayout.oneLine(words.line(changes.get(k))));
        }
    }
}
