package vn.rubric.workbench.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.reports.ChangeText;
import vn.rubric.workbench.reports.TextLayout;
import vn.rubric.workbench.simulate.Comparison;
import vn.rubric.workbench.simulate.MissingEvidence;
import vn.rubric.workbench.simulate.Summary;

/**
 * The assessment of a draft's impact on the units: the numbers of {@code rubric diff} on the
 * same data, as a document for the leadership. Class counts under each regulation (a table
 * with a bar for each count, drawn in the table: a chart object would need the reader's chart
 * engine), the class transition matrix, every unit that changes class with the changes that
 * moved it, and the evidence the data lacked (the default used instead).
 */
public final class ImpactDocument implements Reporter {

    /** The bar of the largest count is this many blocks long. */
    private static final int BAR = 40;

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public boolean writes(Class<? extends Report> kind) {
        return kind == Report.Diff.class;
    }

    @Override
    public Optional<String> fileExtension() {
        return Optional.of("docx");
    }

    @Override
    public void write(Report report, Messages text, OutputStream out) throws IOException {
        Report.Diff diff = (Report.Diff) report;
        Comparison c = diff.comparison();
        DecimalFormat n = TextLayout.points(text.locale());
        try (Docx d = new Docx(true)) {
            d.title(text.get("doc.impact.title"));
            d.subtitle(text.get("doc.compare.between", name(diff.base()), name(diff.draft())));
            d.paragraph(text.get("doc.impact.data", diff.data().getFileName(), c.units().size()));
            classCounts(d, c, text);
            transitions(d, c, text);
            movers(d, c, n, text);
            missing(d, diff, n, text);
            d.write(text.get("doc.impact.title") + ": " + diff.base().regulation().id() + " → " + diff.draft().regulation().id(), out);
        }
    }

    /** The classes of both regulations, in order: the transition matrix's rows, then any column not among them. */
    static List<String> classes(Comparison c) {
        Set<String> all = new LinkedHashSet<>(c.transitions().baseClasses());
        all.addAll(c.transitions().draftClasses());
        return List.copyOf(all);
    }

    static int count(Summary s, String ratingClass) {
        return s.classes().stream().filter(x -> x.ratingClass().equals(ratingClass)).mapToInt(Summary.ClassCount::count).sum();
    }

    private static void classCounts(Docx d, Comparison c, Messages text) {
        d.heading(text.get("doc.impact.counts"));
        List<String> classes = classes(c);
        int largest = 1;
        for (String k : classes) largest = Math.max(largest, Math.max(count(c.base(), k), count(c.draft(), k)));
        Docx.Table t = d.table(3800, 1700, 1700, 1400, 5970);
        t.header(text.get("doc.rating.class"), text.get("doc.impact.under-base"), text.get("doc.impact.under-draft"), text.get("doc.impact.delta"),
                text.get("doc.impact.chart"));
        for (String k : classes) {
            int b = count(c.base(), k), dr = count(c.draft(), k);
            t.marked(List.of(1, 2, 3), List.of(List.of(Docx.Piece.plain(k)), List.of(Docx.Piece.plain(String.valueOf(b))),
                    List.of(Docx.Piece.plain(String.valueOf(dr))), List.of(Docx.Piece.plain(signed(dr - b))),
                    List.of(new Docx.Piece(bar(b, largest), Docx.Mark.BAR), Docx.Piece.plain(" " + b), Docx.Piece.plain("\n"),
                            new Docx.Piece(bar(dr, largest), Docx.Mark.DRAFT_BAR), new Docx.Piece(" " + dr, Docx.Mark.BOLD))));
        }
        d.paragraph(text.get("doc.impact.chart-key"));
    }

    private static String bar(int value, int largest) {
        return value <= 0 ? "" : "█".repeat(Math.max(1, Math.round((float) value / largest * BAR)));
    }

    private static String signed(int v) {
        return v > 0 ? "+" + v : String.valueOf(v);
    }

    private static void transitions(Docx d, Comparison c, Messages text) {
        d.heading(text.get("doc.impact.matrix"));
        Comparison.Transitions tr = c.transitions();
        int columns = tr.draftClasses().size();
        int[] widths = new int[columns + 1];
        widths[0] = 3800;
        for (int k = 1; k <= columns; k++) widths[k] = (14570 - 3800) / columns;
        Docx.Table t = d.table(widths);
        List<String> head = new ArrayList<>();
        head.add(text.get("doc.impact.matrix-corner"));
        head.addAll(tr.draftClasses());
        t.header(head.toArray(String[]::new));
        List<Integer> centred = new ArrayList<>();
        for (int k = 1; k <= columns; k++) centred.add(k);
        for (int r = 0; r < tr.baseClasses().size(); r++) {
            List<List<Docx.Piece>> cells = new ArrayList<>();
            cells.add(List.of(Docx.Piece.plain(tr.baseClasses().get(r))));
            for (int k = 0; k < columns; k++) {
                boolean same = tr.baseClasses().get(r).equals(tr.draftClasses().get(k));
                // the units that keep their class stand out from those that move
                cells.add(List.of(new Docx.Piece(String.valueOf(tr.counts()[r][k]), same ? Docx.Mark.BOLD : Docx.Mark.PLAIN)));
            }
            t.marked(centred, cells);
        }
    }

    private static void movers(Docx d, Comparison c, DecimalFormat n, Messages text) {
        List<Comparison.UnitChange> movers = c.movers();
        d.heading(text.get("doc.impact.movers", movers.size(), c.units().size()));
        if (movers.isEmpty()) {
            d.paragraph(text.get("report.movers.none"));
            return;
        }
        Docx.Table t = d.table(850, 2600, 1000, 1000, 1700, 1700, 5720);
        t.header(text.get("doc.col.no"), text.get("doc.impact.unit"), text.get("doc.impact.total-base"), text.get("doc.impact.total-draft"),
                text.get("doc.impact.class-base"), text.get("doc.impact.class-draft"), text.get("doc.impact.why"));
        ChangeText words = new ChangeText(text);
        for (int k = 0; k < movers.size(); k++) {
            Comparison.UnitChange u = movers.get(k);
            String why = u.reasons().isEmpty() ? text.get("diff.same-points") : u.reasons().stream().map(words::reason).collect(Collectors.joining("\n"));
            t.row(false, List.of(0, 2, 3), String.valueOf(k + 1), u.unit().name() + " (" + u.unit().id() + ")", n.format(u.baseTotal()),
                    n.format(u.draftTotal()), u.baseClass(), u.draftClass(), why);
        }
    }

    private static void missing(Docx d, Report.Diff diff, DecimalFormat n, Messages text) {
        d.heading(text.get("doc.impact.missing"));
        if (diff.baseMissing().isEmpty() && diff.draftMissing().isEmpty()) {
            d.paragraph(text.get("doc.impact.missing-none"));
            return;
        }
        Docx.Table t = d.table(2600, 3000, 5270, 2200, 1500);
        t.header(text.get("doc.impact.regulation"), text.get("doc.impact.field"), text.get("doc.impact.label"), text.get("doc.impact.default"),
                text.get("doc.impact.units"));
        for (MissingEvidence m : diff.baseMissing()) missingRow(t, diff.base(), m, n);
        for (MissingEvidence m : diff.draftMissing()) missingRow(t, diff.draft(), m, n);
    }

    private static void missingRow(Docx.Table t, Rubric r, MissingEvidence m, DecimalFormat n) {
        t.row(false, List.of(3, 4), r.regulation().id(), m.field(), m.label() == null ? "" : TextLayout.oneLine(m.label()),
                m.defaultValue() instanceof Number x ? n.format(x.doubleValue()) : String.valueOf(m.defaultValue()), String.valueOf(m.units()));
    }

    /** A regulation as a document names it: its decision (or title) and its id. */
    static String name(Rubric rubric) {
        var r = rubric.regulation();
        return (r.decision() == null ? TextLayout.oneLine(r.title()) : r.decision()) + " (" + r.id() + ")";
    }
}
