package vn.rubric.workbench.views;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.platform.Analysis;
import vn.rubric.workbench.platform.Refresh;
import vn.rubric.workbench.platform.TestResult;
import vn.rubric.workbench.platform.View;
import vn.rubric.workbench.platform.ViewContext;

/** Tests: the selected pack's test cases as they ran, expected beside actual for each miss (as {@code rubric test}). */
public final class TestsView implements View {

    @Override
    public String id() {
        return "tests";
    }

    @Override
    public String title(Locale locale) {
        return Fragment.title("studio.view.tests", locale);
    }

    @Override
    public Set<Refresh> refreshesOn() {
        // running every case on each keystroke would cost more than it tells: after a save, or another pack
        return Set.of(Refresh.SELECTION, Refresh.SAVE);
    }

    @Override
    public String mediaType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public void render(ViewContext context, OutputStream out) throws IOException {
        Messages text = context.text();
        Fragment f = new Fragment();
        Path pack = context.selection().pack();
        if (pack == null) {
            f.empty(text.get("studio.no-pack")).writeTo(out);
            return;
        }
        Analysis<List<TestResult>> ran = context.workspace().tests(pack);
        if (!ran.hasValue()) {
            f.empty(text.get("studio.pack-has-errors")).writeTo(out);
            return;
        }
        List<TestResult> own = ran.value().stream().filter(r -> !r.base()).toList();
        long passed = own.stream().filter(TestResult::passed).count();
        f.el("p", "summary", text.get("studio.tests.summary", passed, own.size() - passed));
        f.tag("<table class=\"tests\"><tr>").el("th", null, text.get("studio.tests.case")).el("th", null, text.get("studio.tests.result")).tag("</tr>");
        for (TestResult r : ran.value()) {
            f.tag(r.passed() ? "<tr class=\"passed\">" : "<tr class=\"failed\">").tag("<td>").text(r.name());
            if (r.base()) f.text(" ").el("span", "base", text.get("studio.tests.base"));
            f.tag("</td><td>").text(text.get(r.passed() ? "studio.tests.passed" : "studio.tests.failed"));
            if (!r.misses().isEmpty()) {
                f.tag("<ul>");
                for (TestResult.Miss m : r.misses()) {
                    f.el("li", null, m.what() + ": " + text.get("studio.tests.expected") + " " + m.expected() + ", " + text.get("studio.tests.actual") + " " + m.actual());
                }
                f.tag("</ul>");
            }
            f.tag("</td></tr>");
        }
        f.tag("</table>").writeTo(out);
    }
}
