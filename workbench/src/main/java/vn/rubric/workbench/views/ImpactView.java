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
import vn.rubric.workbench.simulate.Histogram;
import vn.rubric.workbench.simulate.Reason;
import vn.rubric.workbench.simulate.Summary;

/**
 * Impact: the selected draft beside the regulation it amends on the chosen units (by default
 * last year's, as {@code rubric diff}; a chooser lists the folder's data files): the class
 * transition matrix (a cell lists its units), the units by class under each, the spread of
 * totals, and the units that change class with the changes that moved them.
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
        Path data = ChosenData.of(context, pack).orElse(null);
        chooser(f, context, data, text);
        Analysis<Report.Diff> diff = context.workspace().compare(pack, data);
        if (!diff.hasValue()) {
            f.empty(text.get(diff.failure() == Analysis.Failure.INPUT && diff.findings().all().stream().anyMatch(d -> d.code().equals("E-STUDIO-NOT-AMENDING"))
                    ? "studio.not-amending" : "studio.pack-has-errors")).writeTo(out);
            return;
        }
        Comparison c = diff.value().comparison();
        String from = context.query().get("from"), to = context.query().get("to");
        matrix(f, c.transitions(), from, to, text);
        if (from != null && to != null) cell(f, c, from, to, text);
        counts(f, c.base(), c.draft(), text);
        spread(f, c.base(), c.draft(), text);
        movers(f, c.units().stream().filter(Comparison.UnitChange::movesClass).toList(), text);
        f.writeTo(out);
    }

    /** The data files of the folder to compare on, the one in use selected. */
    private static void chooser(Fragment f, ViewContext context, Path data, Messages text) {
        List<Path> files = context.workspace().dataFiles();
        if (files.isEmpty()) return;
        f.tag("<p class=\"impact-data\"><label>").text(text.get("studio.form.impact.data")).tag(" <select data-impact-data>");
        for (Path file : files) {
            String name = ChosenData.name(context, file);
            f.tag("<option value=\"").text(name).tag(file.equals(data) ? "\" selected>" : "\">").text(name).tag("</option>");
        }
        f.tag("</select></label></p>");
    }

    /** Each count is a button (reachable by keyboard) that lists the cell's units below the matrix. */
    private static void matrix(Fragment f, Comparison.Transitions t, String from, String to, Messages text) {
        f.el("h3", null, text.get("studio.impact.matrix")).tag("<table class=\"matrix\"><tr><th></th>");
        for (String d : t.draftClasses()) f.el("th", null, d);
        f.tag("</tr>");
        for (int r = 0; r < t.baseClasses().size(); r++) {
            f.tag("<tr>").el("th", null, t.baseClasses().get(r));
            for (int col = 0; col < t.draftClasses().size(); col++) {
                int n = t.counts()[r][col];
                String b = t.baseClasses().get(r), d = t.draftClasses().get(col);
                boolean same = b.equals(d), chosen = b.equals(from) && d.equals(to);
                f.tag("<td class=\"num" + (n == 0 ? " zero" : same ? " same" : " moved") + (chosen ? " chosen" : "") + "\">");
                if (n == 0) f.text("0");
                else f.tag("<button class=\"cell\" data-from=\"").text(b).tag("\" data-to=\"").text(d).tag("\" aria-pressed=\"" + chosen + "\">")
                        .text(String.valueOf(n)).tag("</button>");
                f.tag("</td>");
            }
            f.tag("</tr>");
        }
        f.tag("</table>");
    }

    /** The units of one cell of the matrix: in force {@code from}, draft {@code to}; a row opens the unit's sheet. */
    private static void cell(Fragment f, Comparison c, String from, String to, Messages text) {
        List<Comparison.UnitChange> units = c.units().stream().filter(u -> u.baseClass().equals(from) && u.draftClass().equals(to)).toList();
        DecimalFormat n = TextLayout.points(text.locale());
        f.tag("<div class=\"cell-units\">").el("h3", null, text.get("studio.form.impact.cell", from, to, units.size()));
        f.tag("<table class=\"cell-list\"><tr>").el("th", null, text.get("studio.impact.unit"))
                .el("th", "num", text.get("studio.impact.base")).el("th", "num", text.get("studio.impact.draft")).tag("</tr>");
        for (Comparison.UnitChange u : units) {
            unitRow(f, u).el("td", "num", n.format(u.baseTotal())).el("td", "num", n.format(u.draftTotal())).tag("</tr>");
        }
        f.tag("</table></div>");
    }

    /** How totals spread under each: lowest, median, mean, highest, and the units in each band of points. */
    private static void spread(Fragment f, Summary base, Summary draft, Messages text) {
        DecimalFormat n = TextLayout.points(text.locale());
        f.el("h3", null, text.get("studio.form.impact.spread")).tag("<table class=\"spread\"><tr><th></th>")
                .el("th", "num", text.get("studio.impact.base")).el("th", "num", text.get("studio.impact.draft")).tag("</tr>");
        String[] keys = {"studio.form.impact.min", "studio.form.impact.median", "studio.form.impact.mean", "studio.form.impact.max"};
        double[][] values = {{base.totals().min(), draft.totals().min()}, {base.totals().median(), draft.totals().median()},
                {base.totals().mean(), draft.totals().mean()}, {base.totals().max(), draft.totals().max()}};
        for (int i = 0; i < keys.length; i++) {
            f.tag("<tr>").el("th", null, text.get(keys[i])).el("td", "num", n.format(values[i][0])).el("td", "num", n.format(values[i][1])).tag("</tr>");
        }
        List<Histogram.Bin> a = base.histogram().bins(), b = draft.histogram().bins();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (a.get(i).count() == 0 && b.get(i).count() == 0) continue;
            String band = text.get("studio.form.impact.band", n.format(a.get(i).from()), n.format(a.get(i).to()));
            f.tag("<tr>").el("th", null, band).el("td", "num", String.valueOf(a.get(i).count())).el("td", "num", String.valueOf(b.get(i).count())).tag("</tr>");
        }
        f.tag("</table>");
    }

    /**
     * A unit's row, opened: its id in a data- attribute (escaped), so a click selects the unit
     * (its sheet); its name a button, so the keyboard reaches it (Tab, then Enter or Space).
     */
    private static Fragment unitRow(Fragment f, Comparison.UnitChange u) {
        return f.tag("<tr data-unit=\"").text(u.unit().id()).tag("\"><td><button type=\"button\" class=\"unit\">")
                .text(u.unit().name() + " (" + u.unit().id() + ")").tag("</button></td>");
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
            unitRow(f, u).el("td", "num", n.format(u.baseTotal()) + " → " + n.format(u.draftTotal()))
                    .el("td", null, u.baseClass() + " → " + u.draftClass()).tag("<td><ul>");
            for (Reason r : u.reasons()) f.el("li", null, words.reason(r));
            f.tag("</ul></td></tr>");
        }
        f.tag("</table>");
    }
}
