package vn.rubric.workbench.reports;

import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.platform.Report;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.Regulation;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.workbench.simulate.Histogram;
import vn.rubric.workbench.simulate.MissingEvidence;
import vn.rubric.workbench.simulate.Stats;
import vn.rubric.workbench.simulate.Summary;

/**
 * A simulation on the terminal: classes with counts and shares, the spread of totals, each
 * criterion and item against its maximum with the tiers that decided it.
 */
public final class TextSimulationReporter implements Reporter {

    static final int BAR_WIDTH = 40;
    /** Items shown under a recorded-score gap. */
    static final int GAP_ITEMS = 6;

    @Override
    public String format() {
        return "text";
    }

    @Override
    public boolean writes(Class<? extends Report> kind) {
        return kind == Report.Simulation.class;
    }

    @Override
    public void write(Report report, Messages text, OutputStream stream) {
        Report.Simulation sim = (Report.Simulation) report;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        DecimalFormat n = TextLayout.points(text.locale());
        out.println(text.get("sim.title", regulationName(sim.rubric())));
        out.println("  " + text.get("sim.data", sim.data(), sim.summary().units()));
        missing(sim.missing(), text, out);
        out.println();
        summary(sim.summary(), text, n, out);
        kinds(sim.summary(), text, n, out);
        gaps(sim.summary(), text, n, out);
        out.flush();
    }

    private static void kinds(Summary s, Messages text, DecimalFormat n, PrintWriter out) {
        if (s.kinds().isEmpty()) return;
        out.println();
        out.println(text.get("sim.kinds"));
        for (Summary.KindStats k : s.kinds()) {
            String kind = k.kind() == null ? text.get("sim.kind-unknown") : text.get(k.kind().labelKey());
            out.printf("  %-28s %5d  %s %s  %s%n", kind, k.units(), text.get("sweep.mean"), n.format(k.totals().mean()),
                    k.classes().stream().map(c -> String.valueOf(c.count())).collect(Collectors.joining(" / ")));
        }
    }

    /** Where the recorded results differ from the rules', largest gap first: what an appraisal team checks first. */
    private static void gaps(Summary s, Messages text, DecimalFormat n, PrintWriter out) {
        out.println();
        out.println(text.get("sim.gaps", s.gaps().size(), s.units()));
        for (Summary.RecordedGap g : s.gaps()) {
            String recorded = g.recorded() == null ? "—" : n.format(g.recorded());
            out.printf("  %s (%s): %s %s%s → %s %s, %s%n", g.unitName(), g.unitId(),
                    text.get(g.appraised() ? "sim.appraised" : "sim.self"), recorded,
                    g.recordedClass() == null ? "" : " (" + g.recordedClass() + ")",
                    text.get("sim.by-rules"), n.format(g.rules()) + " (" + g.rulesClass() + ")",
                    text.get("sim.gap", (g.gap() > 0 ? "+" : "") + n.format(g.gap())));
            if (!g.itemsBelowMax().isEmpty()) {
                // the largest shortfalls first; a long tail of quarter points says little
                var shorts = g.itemsBelowMax().stream()
                        .sorted(java.util.Comparator.comparingDouble((Summary.ItemShort i) -> i.points() - i.max())).toList();
                String shown = shorts.stream().limit(GAP_ITEMS).map(i -> i.id() + " " + n.format(i.points()) + "/" + n.format(i.max()))
                        .collect(Collectors.joining("; "));
                out.println("      " + text.get("sim.check") + " " + shown + (shorts.size() > GAP_ITEMS ? "; …" : ""));
            }
        }
    }

    static String regulationName(Rubric rubric) {
        Regulation r = rubric.regulation();
        return (r.decision() == null ? TextLayout.oneLine(r.title()) : r.decision()) + " (" + r.id() + ")";
    }

    static void missing(java.util.List<MissingEvidence> missing, Messages text, PrintWriter out) {
        for (MissingEvidence m : missing) {
            out.println("    " + text.get("sim.missing", m.field(), m.units(), m.defaultValue(), TextLayout.oneLine(m.label())));
        }
    }

    /** The parts a simulation and each side of a diff share. */
    static void summary(Summary s, Messages text, DecimalFormat n, PrintWriter out) {
        Locale locale = text.locale();
        out.println(text.get("sim.classes"));
        int width = s.classes().stream().mapToInt(c -> c.ratingClass().length()).max().orElse(10);
        int largest = s.classes().stream().mapToInt(Summary.ClassCount::count).max().orElse(0);
        for (Summary.ClassCount c : s.classes()) {
            out.printf("  %-" + width + "s %6d %7s  %s%n", c.ratingClass(), c.count(), TextLayout.percent(c.share(), locale),
                    TextLayout.bar(c.count(), largest, BAR_WIDTH));
        }
        out.println();
        Stats t = s.totals();
        out.println(text.get("sim.totals", n.format(t.mean()), n.format(t.median()), n.format(t.min()), n.format(t.max())));
        Histogram h = s.histogram();
        boolean started = false;
        for (Histogram.Bin b : h.bins()) {
            started |= b.count() > 0;
            if (!started) continue; // the empty low bins say nothing
            boolean last = b == h.bins().get(h.bins().size() - 1);
            out.printf("  %12s %6d  %s%n", "[" + n.format(b.from()) + "–" + n.format(b.to()) + (last ? "]" : ")"), b.count(),
                    TextLayout.bar(b.count(), h.largest(), BAR_WIDTH));
        }
        out.println();
        out.println(text.get("sim.criteria"));
        for (Summary.CriterionStats c : s.criteria()) {
            out.printf("  %-5s %7s %7s %7s / %-5s %s%n", c.id(), n.format(c.points().mean()), n.format(c.points().min()),
                    n.format(c.points().max()), n.format(c.max()), TextLayout.oneLine(c.title()));
        }
        out.println();
        out.println(text.get("sim.items"));
        for (Summary.ItemStats i : s.items()) {
            out.printf("  %-5s %7s %7s %7s / %-5s %s%n", i.id(), n.format(i.points().mean()), n.format(i.points().min()),
                    n.format(i.points().max()), n.format(i.max()), TextLayout.oneLine(i.title()));
            // an item decided by one rule for every unit says nothing more; tiers that split units do
            if (i.tiers().size() > 1) {
                out.println("        " + i.tiers().stream().map(tc -> "\"" + tc.rule() + "\" " + tc.units())
                        .collect(Collectors.joining(" · ")));
            }
        }
    }
}
