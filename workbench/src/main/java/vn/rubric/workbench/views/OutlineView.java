package vn.rubric.workbench.views;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.Points;
import vn.rubric.workbench.platform.View;
import vn.rubric.workbench.reports.Markup;

/**
 * {@code GET /views/outline}: the regulation as the sheet lists it, criteria and items with
 * their maximum points, as an HTML page (the first page of the web workbench).
 */
public final class OutlineView implements View {

    @Override
    public String id() {
        return "outline";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public void render(RulePack pack, Map<String, String> query, Messages text, OutputStream out) throws IOException {
        Rubric r = pack.rubric();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(text.locale().getLanguage()).append("\">\n<head><meta charset=\"utf-8\"><title>")
                .append(Markup.escape(r.regulation().title())).append("</title></head>\n<body>\n<h1>")
                .append(Markup.escape(r.regulation().title())).append("</h1>\n<table>\n<tr><th>")
                .append(Markup.escape(text.get("sheet.no"))).append("</th><th>").append(Markup.escape(text.get("sheet.content")))
                .append("</th><th>").append(Markup.escape(text.get("sheet.max"))).append("</th></tr>\n");
        for (Criterion c : r.criteria()) {
            row(html, "criterion", c.id(), c.title(), c.max());
            for (Item i : c.items()) row(html, "item", i.id(), i.title(), i.max());
        }
        html.append("<tr class=\"total\"><td></td><td>").append(Markup.escape(text.get("sheet.total"))).append("</td><td>")
                .append(Points.format(r.regulation().total())).append("</td></tr>\n</table>\n</body>\n</html>\n");
        out.write(html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void row(StringBuilder html, String kind, String id, String title, double max) {
        html.append("<tr class=\"").append(kind).append("\"><td>").append(Markup.escape(id)).append("</td><td>")
                .append(Markup.escape(title)).append("</td><td>").append(Points.format(max)).append("</td></tr>\n");
    }
}
