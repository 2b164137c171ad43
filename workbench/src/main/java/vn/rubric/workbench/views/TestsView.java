package vn.rubric.workbench.views;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.text.DecimalFormat;
import vn.rubric.workbench.reports.TextLayout;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.platform.Analysis;
import vn.rubric.workbench.platform.Refresh;
import vn.rubric.workbench.platform.WorkspaceAccess;
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
        WorkspaceAccess ws = context.workspace();
        // running them again is an action: the view renders only after a save or another pack otherwise
        f.tag("<div class=\"actions\">").tag("<button type=\"button\" data-action=\"tests-run\">").text(text.get("studio.tests.run")).tag("</button>");
        saveCaseForm(context, pack, f);
        f.tag("</div>");
        Analysis<List<TestResult>> ran = context.workspace().tests(pack);
        if (!ran.hasValue()) {
            f.empty(text.get("studio.pack-has-errors")).writeTo(out);
            return;
        }
        List<TestResult> own = ran.value().stream().filter(r -> !r.base()).toList();
        long passed = own.stream().filter(TestResult::passed).count();
        f.el("p", "summary", text.get("studio.tests.summary", passed, own.size() - passed));
        DecimalFormat n = TextLayout.points(text.locale());
        f.tag("<table class=\"tests\"><tr>").el("th", null, text.get("studio.tests.case")).el("th", null, text.get("studio.tests.result")).tag("</tr>");
        // the failing cases first, where the drafter looks (each group in the files' order)
        List<TestResult> shown = java.util.stream.Stream.concat(ran.value().stream().filter(r -> !r.passed()), ran.value().stream().filter(TestResult::passed)).toList();
        for (TestResult r : shown) {
            f.tag(r.passed() ? "<tr class=\"passed\">" : "<tr class=\"failed\">").tag("<td>").text(r.name());
            if (r.base()) f.text(" ").el("span", "base", text.get("studio.tests.base"));
            f.tag("<div class=\"case-file\">").text(ws.relative(r.file())).tag("</div>");
            f.tag("</td><td>").text(text.get(r.passed() ? "studio.tests.passed" : "studio.tests.failed"));
            if (!r.misses().isEmpty()) {
                f.tag("<table class=\"misses\"><tr>").el("th", null, text.get("studio.tests.what"))
                        .el("th", "num", text.get("studio.tests.expected")).el("th", "num", text.get("studio.tests.actual")).tag("</tr>");
                for (TestResult.Miss m : r.misses()) {
                    f.tag("<tr>").el("td", null, m.what()).el("td", "num", number(m.expected(), n)).el("td", "num", number(m.actual(), n)).tag("</tr>");
                }
                f.tag("</table>");
            }
            // the regulation in force's cases are that pack's: accepted there, not from its draft
            if (!r.passed() && !r.base()) {
                f.tag("<button type=\"button\" data-action=\"tests-review\" data-file=\"").text(ws.relative(r.file()))
                        .tag("\" data-case=\"").text(r.name()).tag("\">").text(text.get("studio.tests.review")).tag("</button>");
            }
            f.tag("</td></tr>");
        }
        f.tag("</table>").writeTo(out);
    }

    /** The selected unit's sheet, to be saved as a case into one of the pack's test files (or a new one). */
    private static void saveCaseForm(ViewContext context, Path pack, Fragment f) {
        WorkspaceAccess ws = context.workspace();
        String unit = context.selection().unit();
        Messages text = context.text();
        if (unit == null) {
            f.el("span", "hint", text.get("studio.tests.save-case.choose-unit"));
            return;
        }
        Analysis<vn.rubric.dsl.pack.RulePack> loaded = context.workspace().load(pack);
        List<Path> files = loaded.hasValue() ? loaded.value().testFiles().stream().map(p -> p.toAbsolutePath().normalize()).toList() : List.of();
        Path fresh = pack.toAbsolutePath().normalize().resolve(vn.rubric.dsl.pack.RulePack.TESTS_FOLDER).resolve("units.yaml");
        f.tag("<label>").text(text.get("studio.tests.save-case.into", unit)).tag(" <select data-role=\"save-case-file\">");
        for (Path file : files) f.tag("<option value=\"").text(ws.relative(file)).tag("\">").text(ws.relative(file)).tag("</option>");
        if (!files.contains(fresh)) f.tag("<option value=\"").text(ws.relative(fresh)).tag("\">").text(ws.relative(fresh) + " " + text.get("studio.tests.save-case.new")).tag("</option>");
        f.tag("</select></label> <button type=\"button\" data-action=\"tests-save-case\" data-unit=\"").text(unit).tag("\">")
                .text(text.get("studio.tests.save-case")).tag("</button>");
    }

    /** A number as the user's language writes it (89,5), anything else as it is. */
    private static String number(String value, DecimalFormat n) {
        return value != null && value.matches("-?\\d+(\\.\\d+)?") ? n.format(Double.parseDouble(value)) : value;
    }
}
