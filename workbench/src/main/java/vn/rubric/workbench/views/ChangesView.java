package vn.rubric.workbench.views;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import vn.rubric.dsl.change.RegulationChange;
import vn.rubric.workbench.platform.Analysis;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.View;
import vn.rubric.workbench.platform.ViewContext;
import vn.rubric.workbench.reports.ChangeText;

/** Changes: what the selected draft changes in the regulation it amends, in its order, each with its article (as {@code rubric changes}). */
public final class ChangesView implements View {

    @Override
    public String id() {
        return "changes";
    }

    @Override
    public String title(Locale locale) {
        return Fragment.title("studio.view.changes", locale);
    }

    @Override
    public String mediaType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public void render(ViewContext context, OutputStream out) throws IOException {
        Fragment f = new Fragment();
        Path pack = context.selection().pack();
        if (pack == null) {
            f.empty(context.text().get("studio.no-pack")).writeTo(out);
            return;
        }
        Analysis<Report.Changes> changes = context.workspace().changes(pack);
        if (!changes.hasValue()) {
            f.empty(context.text().get(changes.failure() == Analysis.Failure.INPUT ? "studio.not-amending" : "studio.pack-has-errors")).writeTo(out);
            return;
        }
        if (changes.value().changes().isEmpty()) {
            f.empty(context.text().get("studio.changes.none")).writeTo(out);
            return;
        }
        ChangeText words = new ChangeText(context.text());
        f.tag("<ol class=\"changes\">");
        for (RegulationChange c : changes.value().changes()) f.el("li", null, words.line(c));
        f.tag("</ol>").writeTo(out);
    }
}
