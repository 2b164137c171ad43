package vn.rubric.workbench.reports;

import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.platform.Report;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.util.List;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.workbench.simulate.Comparison;
import vn.rubric.workbench.simulate.Reason;

/**
 * A diff on the terminal, in the order a drafter reads it: what changed in the regulation
 * (each change with its article), where points were gained and lost, the transition matrix,
 * then the units: every unit, and last (where the terminal leaves the eye) the units that
 * change class, each with the regulation changes that moved it.
 */
public final class TextDiffReporter implements Reporter {

    @Override
    public String format() {
        return "text";
    }

    @Override
    public boolean writes(Class<? extends Report> kind) {
        return kind == Report.Diff.class;
    }

    @Override
    public void write(Report report, Messages text, OutputStream stream) {
        Report.Diff diff = (Report.Diff) report;
        Comparison c = diff.comparison();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        DecimalFormat n = TextLayout.points(text.locale());
        String base = TextSimulationReporter.regulationName(diff.base()), draft = TextSimulationReporter.regulationName(diff.draft());
        out.println(text.get("diff.title", base, draft));
        out.println("  " + text.get("sim.data", diff.data(), c.units().size()));
        if (!diff.baseMissing().isEmpty()) out.println("  " + text.get("diff.missing-in", diff.base().regulation().id()));
        TextSimulationReporter.missing(diff.baseMissing(), text, out);
        if (!diff.draftMissing().isEmpty()) out.println("  " + text.get("diff.missing-in", diff.draft().regulation().id()));
        TextSimulationReporter.missing(diff.draftMissing(), text, out);
        out.println();

        out.println(text.get("diff.changes", diff.changes().size()));
        TextChangesReporter.list(diff.changes(), text, out);
        out.println();

        out.println(text.get("diff.criteria"));
        for (Comparison.CriterionShift s : c.criteria()) {
            if (s.unitsGained() == 0 && s.unitsLost() == 0) continue;
            out.printf("  %-5s %s%n", s.id(), text.get("diff.shift", n.format(s.gained()), s.unitsGained(), n.format(s.lost()), s.unitsLost())
                    + "  " + TextLayout.oneLine(s.title()));
        }
        out.println(text.get("diff.items"));
        for (Comparison.ItemShift s : c.items()) {
            if (s.unitsGained() == 0 && s.unitsLost() == 0) continue;
            out.printf("  %-5s %s%n", s.id(), text.get("diff.shift", n.format(s.gained()), s.unitsGained(), n.format(s.lost()), s.unitsLost())
                    + "  " + TextLayout.oneLine(s.title()));
        }
        out.println();
        matrix(diff, text, out);
        out.println();

        out.println(text.get("diff.units"));
        for (Comparison.UnitChange u : c.units()) {
            // numbers first, so they line up whatever the length of ids and names
            out.printf("  %7s → %-7s %7s  %s  · %s (%s)%n", n.format(u.baseTotal()), n.format(u.draftTotal()),
                    signed(u.delta(), n), u.movesClass() ? u.baseClass() + " → " + u.draftClass() : u.baseClass(),
                    u.unit().name(), u.unit().id());
        }
        out.println();

        List<Comparison.UnitChange> movers = c.movers();
        ChangeText why = new ChangeText(text);
        out.println(text.get("diff.movers", movers.size(), c.units().size()));
        for (Comparison.UnitChange u : movers) {
            out.printf("  %s (%s): %s → %s, %s → %s%n", u.unit().name(), u.unit().id(), n.format(u.baseTotal()), n.format(u.draftTotal()),
                    u.baseClass(), u.draftClass());
            for (Reason r : u.reasons()) out.println("      " + why.reason(r));
            if (u.reasons().isEmpty()) out.println("      " + text.get("diff.same-points"));
        }
        out.flush();
    }

    private static void matrix(Report.Diff diff, Messages text, PrintWriter out) {
        Comparison.Transitions t = diff.comparison().transitions();
        out.println(text.get("diff.matrix", diff.base().regulation().id(), diff.draft().regulation().id()));
        // class names are long: columns are numbered, with the names as a legend
        int width = t.baseClasses().stream().mapToInt(String::length).max().orElse(10) + 6;
        StringBuilder head = new StringBuilder(String.format("  %-" + width + "s", ""));
        for (int j = 0; j < t.draftClasses().size(); j++) head.append(String.format("%7s", "(" + (char) ('a' + j) + ")"));
        out.println(head);
        for (int i = 0; i < t.baseClasses().size(); i++) {
            StringBuilder row = new StringBuilder(String.format("  %-" + width + "s", "(" + (i + 1) + ") " + t.baseClasses().get(i)));
            for (int j = 0; j < t.draftClasses().size(); j++) {
                int k = t.counts()[i][j];
                row.append(String.format("%7s", k == 0 ? "·" : i == j ? "[" + k + "]" : String.valueOf(k)));
            }
            out.println(row);
        }
        for (int j = 0; j < t.draftClasses().size(); j++) out.println("  (" + (char) ('a' + j) + ") " + t.draftClasses().get(j));
    }

    private static String signed(double x, DecimalFormat n) {
        if (Math.abs(x) < 1e-9) return "0";
        return (x > 0 ? "+" : "−") + n.format(Math.abs(x));
    }
}
