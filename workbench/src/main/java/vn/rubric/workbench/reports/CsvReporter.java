package vn.rubric.workbench.reports;

import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.platform.Report;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.workbench.simulate.Comparison;
import vn.rubric.workbench.simulate.Summary;
import vn.rubric.workbench.simulate.Sweep;

/**
 * One row per unit (or per swept value), for a spreadsheet: UTF-8 with a byte order mark
 * so Excel shows Vietnamese correctly, comma-separated, RFC 4180 quoting, points with a
 * decimal point. Text that a spreadsheet would run as a formula is written as text
 * ({@link SpreadsheetText}).
 */
public final class CsvReporter implements Reporter {

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public boolean writes(Class<? extends Report> kind) {
        // a list of regulation changes is not a table of units
        return kind != null && kind != Report.Changes.class;
    }

    @Override
    public void write(Report report, Messages text, OutputStream stream) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.print('\uFEFF');
        if (report instanceof Report.Scores s) sheets(s.rubric(), s.sheets(), out);
        else if (report instanceof Report.Simulation s) sheets(s.rubric(), s.sheets(), out);
        else if (report instanceof Report.Diff d) diff(d.comparison(), out);
        else if (report instanceof Report.SweepRun s) sweep(s.sweep(), out);
        out.flush();
    }

    private static void sheets(Rubric rubric, List<ScoreSheet> sheets, PrintWriter out) {
        List<String> head = new ArrayList<>(List.of("unit_id", "unit_name", "total", "class"));
        for (Criterion c : rubric.criteria()) head.add("criterion_" + c.id());
        for (Item i : rubric.allItems()) head.add("item_" + i.id());
        row(out, head);
        for (ScoreSheet s : sheets) {
            List<String> cells = new ArrayList<>(List.of(s.unit().id(), s.unit().name(), number(s.total()), s.ratingClass()));
            for (Criterion c : rubric.criteria()) cells.add(s.criterion(c.id()) == null ? "" : number(s.criterion(c.id()).points()));
            for (Item i : rubric.allItems()) cells.add(s.item(i.id()) == null ? "" : number(s.item(i.id()).points()));
            row(out, cells);
        }
    }

    private static void diff(Comparison c, PrintWriter out) {
        row(out, List.of("unit_id", "unit_name", "base_total", "base_class", "draft_total", "draft_class", "delta", "moves_class", "items_changed"));
        for (Comparison.UnitChange u : c.units()) {
            String items = u.items().stream().map(d -> d.id() + ":" + number(d.delta())).collect(Collectors.joining(" "));
            row(out, List.of(u.unit().id(), u.unit().name(), number(u.baseTotal()), u.baseClass(), number(u.draftTotal()), u.draftClass(),
                    number(u.delta()), String.valueOf(u.movesClass()), items));
        }
    }

    private static void sweep(Sweep s, PrintWriter out) {
        if (s.points().isEmpty()) return;
        List<String> head = new ArrayList<>(List.of(s.parameter()));
        s.points().get(0).classes().forEach(c -> head.add(c.ratingClass()));
        head.add("mean_total");
        row(out, head);
        for (Sweep.Point p : s.points()) {
            List<String> cells = new ArrayList<>(List.of(number(p.value())));
            for (Summary.ClassCount c : p.classes()) cells.add(String.valueOf(c.count()));
            cells.add(number(p.totals().mean()));
            row(out, cells);
        }
    }

    private static void row(PrintWriter out, List<String> cells) {
        out.print(cells.stream().map(CsvReporter::quote).collect(Collectors.joining(",")));
        out.print("\r\n");
    }

    static String quote(String text) {
        if (text == null) return "";
        // a name such as =cmd|' /C calc'!A0 must reach the spreadsheet as text, not a formula;
        // quoted too, as OWASP advises, so the mark and the text stay one cell
        if (SpreadsheetText.formulaLike(text)) return '"' + SpreadsheetText.csv(text).replace("\"", "\"\"") + '"';
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return text;
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Points with a decimal point and no needless zeros (90, 90.25). */
    static String number(double x) {
        return java.math.BigDecimal.valueOf(Math.round(x * 1e6) / 1e6).stripTrailingZeros().toPlainString();
    }
}
