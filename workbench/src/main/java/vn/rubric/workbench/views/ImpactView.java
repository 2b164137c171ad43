package vn.rubric.workbench.views;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Locale;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.platform.Analysis;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.View;
import vn.rubric.workbench.platform.ViewContext;
import vn.rubric.workbench.reports.ChangeText;
import vn.rubric.workbench.reports.TextLayout;
import vn.rubric.workbench.simulate.Comparison;
import vn.rubric.workbench.simulate.Reason;
import vn.rubric.workbench.simulate.Summary;

/**
 * Impact: the selected draft beside the regulation it amends on that regulation's units (as
 * {@code rubric diff}): the class transition matrix, the units by class under each, and the
 * units that change class with the changes that moved them.
 */
public final class ImpactView implements View {

    @Override
    public String id() {
        return "impact";
    }

    @Override
    public String title(Locale locale) {
        return Fragment.title("studio.view.impact", locale);
    }

    @Override
    public Placement placement() {
        return Placement.RIGHT;
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
        Analysis<Report.Diff> diff = context.workspace().compare(pack);
        if (!diff.hasValue()) {
            f.empty(text.get(diff.failure() == Analysis.Failure.INPUT && diff.findings().all().stream().anyMatch(d -> d.code().equals("E-STUDIO-NOT-AMENDING"))
                    ? "studio.not-amending" : "studio.pack-has-errors")).writeTo(out);
            return;
        }
        Comparison c = diff.value().comparison();
        matrix(f, c.transitions(), text);
        counts(f, c.base(), c.draft(), text);
        movers(f, c.units().stream().filter(Comparison.UnitChange::movesClass).toList(), text);
        f.writeTo(out);
    }

    private static void matrix(Fragment f, Comparison.Transitions t, Messages text) {
        f.el("h3", null, text.get("studio.impact.matrix")).tag("<table class=\"matrix\"><tr><th></th>");
        for (String d : t.draftClasses()) f.el("th", null, d);
        f.tag("</tr>");
        for (int r = 0; r < t.baseClasses().size(); r++) {
            f.tag("<tr>").el("th", null, t.baseClasses().get(r));
            for (int col = 0; col < t.draftClasses().size(); col++) {
                int n = t.counts()[r][col];
                boolean same = t.baseClasses().get(r).equals(t.draftClasses().get(col));
                f.el("td", "num" + (n == 0 ? " zero" : same ? " same" : " moved"), String.valueOf(n));
            }
            f.tag("</tr>");
        }
        f.tag("</table>");
    }

    private static void counts(Fragment f, Summary base, Summary draft, Messages text) {
        f.el("h3", null, text.get("studio.impact.counts")).tag("<table class=\"counts\"><tr>")
                .el("th", null, text.get("studio.impact.class")).el("th", null, text.get("studio.impact.base")).el("th", null, text.get("studio.impact.draft")).tag("</tr>");
        List<String> names = new java.util.ArrayList<>();
        base.classes().forEach(c -> names.add(c.ratingClass()));
        draft.classes().forEach(c -> { if (!names.contains(c.ratingClass())) names.add(c.ratingClass()); });
        for (String name : names) {
            f.tag("<tr>").el("td", null, name).el("td", "num", String.valueOf(count(base, name))).el("td", "num", String.valueOf(count(draft, name))).tag("</tr>");
        }
        f.tag("</table>");
    }

    private static int count(Summary s, String name) {
        return s.classes().stream().filter(c -> c.ratingClass().equals(name)).mapToInt(Summary.ClassCount::count).sum();
    }

    private static void movers(Fragment f, List<Comparison.UnitChange> movers, Messages text) {
        f.el("h3", null, text.get("studio.impact.movers") + " (" + movers.size() + ")");
        if (movers.isEmpty()) {
            f.empty(text.get("studio.impact.no-movers"));
            return;
        }
        DecimalFormat n = TextLayout.points(text.locale());
        ChangeText words = new ChangeText(text);
        f.tag("<table class=\"movers\"><tr>").el("th", null, text.get("studio.impact.unit")).el("th", null, text.get("studio.impact.total"))
                .el("th", null, text.get("studio.impact.class")).el("th", null, text.get("studio.impact.why")).tag("</tr>");
        for (Comparison.UnitChange u : movers) {
            // the unit's id in a data- attribute (escaped): a click selects the unit (its sheet)
            f.tag("<tr data-unit=\"").text(u.unit().id()).tag("\">").el("td", null, u.unit().name() + " (" + u.unit().id() + ")")
                    .el("td", "num", n.format(u.baseTotal()) + " → " + n.format(u.draftTotal()))
                    .el("td", null, u.baseClass() + " → " + u.draftClass()).tag("<td><ul>");
            for (Reason r : u.reasons()) f.el("li", null, words.reason(r));
            f.tag("</ul></td></tr>");
        }
        f.tag("</table>");
    }
}
