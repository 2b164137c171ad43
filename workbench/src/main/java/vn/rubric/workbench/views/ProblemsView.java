package vn.rubric.workbench.views;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.workbench.platform.Analysis;
import vn.rubric.workbench.platform.View;
import vn.rubric.workbench.platform.ViewContext;

/**
 * Problems: every finding of the selected pack as {@code rubric validate} gives it, each with
 * its file, line and column (a row the studio can take the editor to), code, message and fix.
 */
public final class ProblemsView implements View {

    @Override
    public String id() {
        return "problems";
    }

    @Override
    public String title(Locale locale) {
        return Fragment.title("studio.view.problems", locale);
    }

    @Override
    public String mediaType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public void render(ViewContext context, OutputStream out) throws IOException {
        Messages text = context.text(), diagnostics = context.diagnostics();
        Fragment f = new Fragment();
        Path pack = context.selection().pack();
        if (pack == null) {
            f.empty(text.get("studio.no-pack")).writeTo(out);
            return;
        }
        Analysis<RulePack> validated = context.workspace().validate(pack);
        if (validated.findings().all().isEmpty()) {
            f.empty(text.get("studio.no-problems")).writeTo(out);
            return;
        }
        f.tag("<table class=\"problems\"><tr>");
        for (String k : new String[] {"file", "line", "code", "message", "hint"}) f.el("th", k.equals("line") ? "num" : null, text.get("studio.problem." + k));
        f.tag("</tr>");
        for (Diagnostic d : validated.findings().sorted()) {
            String shown = d.pos().file() == null ? "" : context.workspace().relative(d.pos().file());
            // the file and line go in data- attributes (escaped) for the studio's "go to" on a click
            f.tag("<tr class=\"" + (d.isError() ? "error" : "warning") + "\" data-file=\"").text(shown)
                    .tag("\" data-line=\"" + d.pos().line() + "\" data-column=\"" + d.pos().column() + "\">");
            f.el("td", null, shown).el("td", "num", d.pos().line() + ":" + d.pos().column()).el("td", "code", d.code())
                    .el("td", null, diagnostics.message(d)).el("td", null, diagnostics.hint(d)).tag("</tr>");
        }
        f.tag("</table>").writeTo(out);
    }
}
