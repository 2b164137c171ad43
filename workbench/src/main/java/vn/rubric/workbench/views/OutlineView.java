package vn.rubric.workbench.views;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.Points;
import vn.rubric.workbench.platform.Analysis;
import vn.rubric.workbench.platform.View;
import vn.rubric.workbench.platform.ViewContext;
import vn.rubric.workbench.reports.Markup;

/**
 * The selected pack's regulation as the sheet lists it, criteria and items with their maximum
 * points, as an HTML fragment (a studio panel; {@code GET /views/outline} of serve-api).
 */
public final class OutlineView implements View {

    @Override
    public String id() {
        return "outline";
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(vn.rubric.workbench.Workbench.CLI_BUNDLE, locale).get("studio.view.outline");
    }

    @Override
    public String mediaType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public void render(ViewContext context, OutputStream out) throws IOException {
        Messages text = context.text();
        StringBuilder html = new StringBuilder();
        Analysis<RulePack> loaded = context.selection().packFolder().map(p -> context.workspace().load(p)).orElse(null);
        if (loaded == null || !loaded.hasValue()) {
            html.append("<p class=\"empty\">").append(Markup.escape(text.get(loaded == null ? "studio.no-pack" : "studio.pack-has-errors"))).append("</p>\n");
            out.write(html.toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        Rubric r = loaded.value().rubric();
        html.append("<h2>").append(Markup.escape(r.regulation().title())).append("</h2>\n<table class=\"outline\">\n<tr><th>")
                .append(Markup.escape(text.get("sheet.no"))).append("</th><th>").append(Markup.escape(text.get("sheet.content")))
                .append("</th><th>").append(Markup.escape(text.get("sheet.max"))).append("</th></tr>\n");
        for (Criterion c : r.criteria()) {
            row(html, "criterion", c.id(), c.title(), c.max());
            for (Item i : c.items()) row(html, "item", i.id(), i.title(), i.max());
        }
        html.append("<tr class=\"total\"><td></td><td>").append(Markup.escape(text.get("sheet.total"))).append("</td><td class=\"num\">")
                .append(Points.format(r.regulation().total())).append("</td></tr>\n</table>\n");
        out.write(html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void row(StringBuilder html, String kind, String id, String title, double max) {
        html.append("<tr class=\"").append(kind).append("\"><td>").append(Markup.escape(id)).append("</td><td>")
                .append(Markup.escape(title)).append("</td><td class=\"num\">").append(Points.format(max)).append("</td></tr>\n");
    }
}
