package vn.rubric.workbench.views;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.workbench.platform.Analysis;
import vn.rubric.workbench.platform.Refresh;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.View;
import vn.rubric.workbench.platform.ViewContext;
import vn.rubric.workbench.reports.TextLayout;

/**
 * Unit sheet: the selected unit's explained sheet under the selected pack (each item's
 * points, the rule that fired, its article), beside its sheet under the regulation the pack
 * amends, on the units the Impact view compares.
 */
public final class UnitSheetView implements View {

    @Override
    public String id() {
        return "sheet";
    }

    @Override
    public String title(Locale locale) {
        return Fragment.title("studio.view.sheet", locale);
    }

    @Override
    public Set<Refresh> refreshesOn() {
        return Set.of(Refresh.SELECTION, Refresh.EDIT, Refresh.SAVE);
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
        String unit = context.selection().unit();
        if (pack == null || unit == null) {
            f.empty(text.get(pack == null ? "studio.no-pack" : "studio.sheet.choose-unit")).writeTo(out);
            return;
        }
        Path data = ChosenData.of(context, pack).orElse(null);
        Analysis<Report.Scores> now = context.workspace().score(pack, data, unit);
        if (!now.hasValue() || now.value().sheets().isEmpty()) {
            f.empty(text.get("studio.pack-has-errors")).writeTo(out);
            return;
        }
        ScoreSheet sheet = now.value().sheets().get(0);
        Optional<ScoreSheet> before = context.workspace().amended(pack)
                .map(base -> context.workspace().score(base, data, unit))
                .filter(a -> a.hasValue() && !a.value().sheets().isEmpty()).map(a -> a.value().sheets().get(0));
        DecimalFormat n = TextLayout.points(text.locale());
        f.el("h3", null, sheet.unit().name() + " (" + sheet.unit().id() + ")");
        f.tag("<table class=\"sheet\"><tr>").el("th", null, text.get("sheet.no")).el("th", null, text.get("sheet.content"));
        if (before.isPresent()) f.el("th", "num", text.get("studio.impact.base"));
        f.el("th", "num", before.isPresent() ? text.get("studio.impact.draft") : text.get("studio.sheet.points"))
                .el("th", "num", text.get("sheet.max")).el("th", null, text.get("studio.sheet.why")).tag("</tr>");
        for (ScoreSheet.ItemLine item : sheet.items()) {
            ScoreSheet.ItemLine old = before.map(b -> b.item(item.id())).orElse(null);
            boolean moved = before.isPresent() && (old == null || old.points() != item.points());
            f.tag(moved ? "<tr class=\"moved\">" : "<tr>").el("td", null, item.id()).el("td", null, item.title());
            if (before.isPresent()) f.el("td", "num", old == null ? "–" : n.format(old.points()));
            f.el("td", "num", n.format(item.points())).el("td", "num", n.format(item.max()))
                    .el("td", null, (item.rule() == null ? "" : item.rule()) + (item.citation() == null ? "" : " · " + item.citation())).tag("</tr>");
        }
        f.tag("<tr class=\"total\"><td></td>").el("td", null, text.get("sheet.total"));
        before.ifPresent(b -> f.el("td", "num", n.format(b.total())));
        f.el("td", "num", n.format(sheet.total())).tag("<td></td><td></td></tr>");
        f.tag("<tr class=\"total\"><td></td>").el("td", null, text.get("studio.impact.class"));
        before.ifPresent(b -> f.el("td", null, b.ratingClass()));
        f.el("td", null, sheet.ratingClass()).tag("<td></td><td></td></tr></table>");
        f.writeTo(out);
    }
}
