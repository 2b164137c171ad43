package vn.rubric.workbench.reports;

import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.platform.Report;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.Regulation;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.model.Section;
import vn.rubric.dsl.score.ScoreSheet;

/**
 * The scoring sheet as the regulation prints it (STT, nội dung, thang điểm, điểm), with,
 * under each item, the rule that fired, the evidence it read and the article it rests on.
 */
public final class TextSheetReporter implements Reporter {

    private static final int TITLE_WIDTH = 62;

    @Override
    public String format() {
        return "text";
    }

    @Override
    public boolean writes(Class<? extends Report> kind) {
        return kind == Report.Scores.class;
    }

    @Override
    public void write(Report report, Messages text, OutputStream out) {
        Report.Scores scores = (Report.Scores) report;
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(scores.rubric(), scores.sheets(), text, writer);
        writer.flush();
    }

    /** Writes the sheets to a character stream (also used by the score service). */
    public void write(Rubric rubric, List<ScoreSheet> sheets, Messages text, PrintWriter out) {
        DecimalFormat number = TextLayout.points(text.locale());
        for (ScoreSheet s : sheets) {
            sheet(rubric, s, text, number, out);
            out.println();
        }
        out.flush();
    }

    private void sheet(Rubric rubric, ScoreSheet s, Messages text, DecimalFormat n, PrintWriter out) {
        Regulation r = rubric.regulation();
        out.println(text.get("sheet.title", s.unit().name(), s.unit().id()));
        out.println("  " + r.title().replaceAll("\\s+", " ").strip());
        String issued = java.util.stream.Stream.of(r.decision(), r.decisionDate(), r.authority()).filter(x -> x != null).collect(Collectors.joining(" · "));
        if (!issued.isEmpty()) out.println("  " + issued);
        String rule = "─".repeat(6 + TITLE_WIDTH + 24);
        out.println(rule);
        out.println(String.format("%-6s%-" + TITLE_WIDTH + "s%12s%12s", text.get("sheet.no"), text.get("sheet.content"), text.get("sheet.max"), text.get("sheet.points")));
        out.println(rule);
        for (Criterion c : rubric.criteria()) {
            ScoreSheet.Subtotal sub = s.criterion(c.id());
            row(out, c.id(), c.title(), n.format(c.max()), n.format(sub.points()));
            for (var item : c.items()) itemRow(s.item(item.id()), text, n, out);
        }
        rubric.sections().forEach(sec -> {
            boolean bonus = sec.kind() == Section.Kind.BONUS;
            double points = bonus ? s.bonus() : s.deductions();
            String signed = points == 0 ? "0" : (bonus ? "+" : "−") + n.format(points);
            String label = text.get(bonus ? "sheet.bonus" : "sheet.deductions");
            // a section titled with the word the sheet already prints ("Điểm thưởng") is not repeated
            boolean titled = sec.title() != null && !sec.title().strip().equalsIgnoreCase(label);
            row(out, "", label + (titled ? ": " + sec.title() : ""),
                    n.format(sec.max()), signed);
            for (var item : sec.items()) itemRow(s.item(item.id()), text, n, out);
        });
        out.println(rule);
        row(out, "", text.get("sheet.total"), n.format(r.total()), n.format(s.total()));
        out.println(rule);
        out.println(text.get("sheet.class", s.ratingClass()));
        for (ScoreSheet.Bar b : s.barred()) out.println("  " + text.get("sheet.barred", b.ratingClass(), b.reason()));
        if (s.quotaPending() != null) out.println("  " + text.get("quota.pending", s.quotaPending()));
    }

    private void itemRow(ScoreSheet.ItemLine line, Messages text, DecimalFormat n, PrintWriter out) {
        row(out, line.id(), line.title(), n.format(line.max()), n.format(line.points()));
        String indent = " ".repeat(8);
        String read = line.read().isEmpty() ? "" : " · " + text.get("sheet.read") + " "
                + line.read().entrySet().stream().map(e -> e.getKey() + " = " + show(e.getValue(), n)).collect(Collectors.joining(", "));
        out.println(indent + "→ " + line.rule() + read);
        if (line.citation() != null) out.println(indent + text.get("sheet.cite") + " " + line.citation());
    }

    private static String show(Object v, DecimalFormat n) {
        return v instanceof Number x ? n.format(x.doubleValue()) : String.valueOf(v);
    }

    /** A row whose title wraps inside its column; the numbers sit on the first line. */
    private static void row(PrintWriter out, String no, String title, String max, String points) {
        List<String> lines = TextLayout.wrap(title, TITLE_WIDTH - 2);
        out.println(String.format("%-6s%-" + TITLE_WIDTH + "s%12s%12s", no, lines.get(0), max, points));
        for (String l : lines.subList(1, lines.size())) out.println(" ".repeat(6) + l);
    }
}
