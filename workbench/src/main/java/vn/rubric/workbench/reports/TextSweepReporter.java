package vn.rubric.workbench.reports;

import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.platform.Report;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.simulate.Summary;
import vn.rubric.workbench.simulate.Sweep;

/** A sweep on the terminal: one row per value, one column per class; the rubric's own value marked. */
public final class TextSweepReporter implements Reporter {

    @Override
    public String format() {
        return "text";
    }

    @Override
    public boolean writes(Class<? extends Report> kind) {
        return kind == Report.SweepRun.class;
    }

    @Override
    public void write(Report report, Messages text, OutputStream stream) {
        Report.SweepRun run = (Report.SweepRun) report;
        Sweep s = run.sweep();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        DecimalFormat n = TextLayout.points(text.locale());
        out.println(text.get("sweep.title", TextSimulationReporter.regulationName(run.rubric()), s.parameter(),
                s.label() == null ? "" : TextLayout.oneLine(s.label()), n.format(s.current())));
        out.println("  " + text.get("sim.data", run.data(), s.points().isEmpty() ? 0 : s.points().get(0).totals().count()));
        if (s.points().isEmpty()) {
            out.flush();
            return;
        }
        var classes = s.points().get(0).classes();
        StringBuilder head = new StringBuilder(String.format("  %10s", s.parameter().length() > 10 ? "" : s.parameter()));
        for (int j = 0; j < classes.size(); j++) head.append(String.format("%8s", "(" + (char) ('a' + j) + ")"));
        head.append(String.format("%10s", text.get("sweep.mean")));
        out.println(head);
        for (Sweep.Point p : s.points()) {
            String mark = Math.abs(p.value() - s.current()) < 1e-9 ? " *" : "  ";
            StringBuilder row = new StringBuilder(String.format("%s%10s", mark, n.format(p.value())));
            for (Summary.ClassCount c : p.classes()) row.append(String.format("%8d", c.count()));
            row.append(String.format("%10s", n.format(p.totals().mean())));
            out.println(row);
        }
        for (int j = 0; j < classes.size(); j++) out.println("  (" + (char) ('a' + j) + ") " + classes.get(j).ratingClass());
        out.println("  " + text.get("sweep.current-mark"));
        out.flush();
    }
}
