package vn.rubric.example.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.score.Points;
import vn.rubric.workbench.platform.Analysis;
import vn.rubric.workbench.platform.View;
import vn.rubric.workbench.platform.ViewContext;

/**
 * A studio panel: the selected pack's sheet as the province's workbook lays it out for a unit
 * to fill (STT, Nội dung tiêu chí, Thang điểm, Điểm tự chấm), what {@code rubric province-sheets}
 * writes. An example of a plugin's view: it escapes every text it shows.
 */
public final class BlankSheetView implements View {

    @Override
    public String id() {
        return "province-sheet";
    }

    @Override
    public String title(Locale locale) {
        return locale.getLanguage().equals("en") ? "Province sheet" : "Sổ chấm điểm của tỉnh";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public void render(ViewContext context, OutputStream out) throws IOException {
        StringBuilder html = new StringBuilder();
        Analysis<RulePack> loaded = context.selection().packFolder().map(p -> context.workspace().load(p)).orElse(null);
        if (loaded == null || !loaded.hasValue()) {
            html.append("<p class=\"empty\">").append(escape(Layout.TITLE)).append(": —</p>");
        } else {
            Rubric r = loaded.value().rubric();
            html.append("<h3>").append(escape(Layout.TITLE)).append("</h3><table class=\"province-sheet\"><tr><th>").append(escape(Layout.NO))
                    .append("</th><th>").append(escape(Layout.CONTENT)).append("</th><th class=\"num\">").append(escape(Layout.MAX))
                    .append("</th><th class=\"num\">").append(escape(Layout.SELF)).append("</th></tr>");
            for (Criterion c : r.criteria()) {
                row(html, c.id(), c.title(), c.max());
                for (Item i : c.items()) row(html, i.id(), i.title(), i.max());
            }
            html.append("</table>");
        }
        out.write(html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void row(StringBuilder html, String id, String title, double max) {
        html.append("<tr><td>").append(escape(id)).append("</td><td>").append(escape(title)).append("</td><td class=\"num\">")
                .append(Points.format(max).replace('.', ',')).append("</td><td></td></tr>");
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : (s == null ? "" : s).toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
