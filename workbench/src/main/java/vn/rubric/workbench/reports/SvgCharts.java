package vn.rubric.workbench.reports;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.rubric.workbench.simulate.Comparison;
import vn.rubric.workbench.simulate.Histogram;
import vn.rubric.workbench.simulate.Summary;
import vn.rubric.workbench.simulate.Sweep;

/**
 * The charts of the HTML report, drawn as inline SVG in Java: no chart library and nothing
 * loaded from outside, so the page opens offline. Every chart has a viewBox and scales to
 * the page (screen or A4). Labels are the drafters' texts, wrapped rather than cut.
 */
final class SvgCharts {

    /** The width charts are laid out for, in SVG units (CSS pixels at 100%). */
    static final int WIDTH = 720;

    /** Rating classes, best first: greens to reds, then neutral hues for any further class. */
    private static final String[] CLASS_COLORS = {"#1b7837", "#5aae61", "#e0a800", "#d6604d", "#b2182b", "#6a51a3", "#3f8fc4", "#737373"};

    static final String BASE_COLOR = "#8c959f";
    static final String DRAFT_COLOR = "#0969da";
    private static final String GAIN_COLOR = "#1a7f37";
    private static final String LOSS_COLOR = "#cf222e";
    private static final String INK = "#1f2328";
    private static final String GRID = "#d0d7de";

    private SvgCharts() {}

    /** A row of a diverging chart: a criterion or item, the points gained and lost, and by how many units. */
    record Shift(String id, String title, double gained, int unitsGained, double lost, int unitsLost) {

        static Shift of(Comparison.CriterionShift s) {
            return new Shift(s.id(), s.title(), s.gained(), s.unitsGained(), s.lost(), s.unitsLost());
        }

        static Shift of(Comparison.ItemShift s) {
            return new Shift(s.id(), s.title(), s.gained(), s.unitsGained(), s.lost(), s.unitsLost());
        }

        boolean moved() {
            return unitsGained > 0 || unitsLost > 0;
        }
    }

    static String classColor(int index) {
        return CLASS_COLORS[Math.min(index, CLASS_COLORS.length - 1)];
    }

    /** Horizontal bars, one per class, the class name above its bar, the count and share after it. */
    static void classBars(Markup m, String title, List<Summary.ClassCount> classes, Locale locale) {
        Markup b = new Markup();
        int largest = classes.stream().mapToInt(Summary.ClassCount::count).max().orElse(0);
        double barMax = WIDTH - 150, y = 0;
        for (int i = 0; i < classes.size(); i++) {
            Summary.ClassCount c = classes.get(i);
            y += lines(b, 0, y + 14, c.ratingClass(), chars(WIDTH, 14), 17, "class", "label") * 17 + 3;
            double w = largest == 0 ? 0 : (double) c.count() / largest * barMax;
            String value = c.count() + " · " + TextLayout.percent(c.share(), locale);
            b.open("rect", "x", 0, "y", y, "width", c.count() > 0 ? Math.max(w, 2) : 0, "height", 22, "fill", classColor(i))
                    .leaf("title", c.ratingClass() + ": " + value).close();
            b.leaf("text", value, "x", w + 8, "y", y + 16, "class", "value");
            y += 22 + 12;
        }
        svg(m, title, WIDTH, y, b);
    }

    /** The spread of totals: one bar per bin, counts above the bars, the bins' bounds below. */
    static void histogram(Markup m, String title, Histogram h, String xLabel, String yLabel, DecimalFormat n) {
        Markup b = new Markup();
        double left = 46, top = 20, plotW = WIDTH - left - 10, plotH = 210;
        List<Histogram.Bin> bins = h.bins();
        double bw = plotW / bins.size();
        int step = niceStep(h.largest()), yMax = Math.max(step, (int) Math.ceil((double) h.largest() / step) * step);
        for (int v = 0; v <= yMax; v += step) {
            double y = top + plotH - (double) v / yMax * plotH;
            b.empty("line", "x1", left, "y1", y, "x2", left + plotW, "y2", y, "stroke", GRID, "stroke-width", 1);
            b.leaf("text", String.valueOf(v), "x", left - 6, "y", y + 4, "text-anchor", "end", "class", "tick");
        }
        int every = Math.max(1, (int) Math.ceil(28 / bw));
        for (int i = 0; i < bins.size(); i++) {
            Histogram.Bin bin = bins.get(i);
            double x = left + i * bw, hgt = (double) bin.count() / yMax * plotH;
            boolean last = i == bins.size() - 1;
            String range = "[" + n.format(bin.from()) + "–" + n.format(bin.to()) + (last ? "]" : ")");
            b.open("rect", "x", x + 1, "y", top + plotH - hgt, "width", Math.max(1, bw - 2), "height", hgt, "fill", DRAFT_COLOR)
                    .leaf("title", range + ": " + bin.count()).close();
            if (bin.count() > 0) {
                b.leaf("text", String.valueOf(bin.count()), "x", x + bw / 2, "y", top + plotH - hgt - 4, "text-anchor", "middle", "class", "value");
            }
            if (i % every == 0) b.leaf("text", n.format(bin.from()), "x", x, "y", top + plotH + 16, "text-anchor", "middle", "class", "tick");
            if (last) b.leaf("text", n.format(bin.to()), "x", x + bw, "y", top + plotH + 16, "text-anchor", "middle", "class", "tick");
        }
        b.empty("line", "x1", left, "y1", top + plotH, "x2", left + plotW, "y2", top + plotH, "stroke", INK, "stroke-width", 1);
        b.leaf("text", xLabel, "x", left + plotW / 2, "y", top + plotH + 36, "text-anchor", "middle", "class", "axis");
        b.leaf("text", yLabel, "x", 0, "y", 0, "transform", "translate(12 " + Markup.coordinate(top + plotH / 2) + ") rotate(-90)",
                "text-anchor", "middle", "class", "axis");
        svg(m, title, WIDTH, top + plotH + 44, b);
    }

    /**
     * The class transition matrix as a heat map: rows are classes under the base, columns
     * under the draft; cells shaded by count; cells where the class stays the same are
     * outlined; totals at the right and at the bottom.
     */
    static void heatMap(Markup m, String title, Comparison.Transitions t, String rowCaption, String columnCaption) {
        Markup b = new Markup();
        int rows = t.baseClasses().size(), cols = t.draftClasses().size();
        double labelW = 240, cellW = Math.max(78, Math.min(130, (WIDTH - labelW - 56) / Math.max(1, cols))), cellH = 44;
        int colChars = chars(cellW - 6, 12);
        int headLines = t.draftClasses().stream().mapToInt(c -> TextLayout.wrap(c, colChars).size()).max().orElse(1);
        double headH = 24 + headLines * 14 + 6, width = labelW + cols * cellW + 56;
        int largest = Arrays.stream(t.counts()).flatMapToInt(Arrays::stream).max().orElse(0);

        lines(b, labelW + cols * cellW / 2, 14, columnCaption, chars(cols * cellW, 13), 15, "text-anchor", "middle", "class", "axis");
        lines(b, 0, headH - 8, rowCaption, chars(labelW - 6, 13), 15, "class", "axis");
        for (int j = 0; j < cols; j++) {
            lines(b, labelW + j * cellW + cellW / 2, 24 + 12, t.draftClasses().get(j), colChars, 14, "text-anchor", "middle", "class", "label");
        }
        b.leaf("text", "Σ", "x", labelW + cols * cellW + 28, "y", headH - 8, "text-anchor", "middle", "class", "label");
        int[] columnTotals = new int[cols];
        for (int i = 0; i < rows; i++) {
            double y = headH + i * cellH;
            String base = t.baseClasses().get(i);
            List<String> label = TextLayout.wrap(base, chars(labelW - 8, 13));
            double ly = y + cellH / 2 + 5 - (label.size() - 1) * 7.5;
            for (int k = 0; k < label.size(); k++) b.leaf("text", label.get(k), "x", 0, "y", ly + k * 15, "class", "label");
            int rowTotal = 0;
            for (int j = 0; j < cols; j++) {
                int count = t.counts()[i][j];
                rowTotal += count;
                columnTotals[j] += count;
                double x = labelW + j * cellW, share = largest == 0 ? 0 : (double) count / largest;
                String draft = t.draftClasses().get(j);
                b.open("rect", "x", x + 1, "y", y + 1, "width", cellW - 2, "height", cellH - 2, "fill", heat(count, share))
                        .leaf("title", base + " → " + draft + ": " + count).close();
                if (base.equals(draft)) {
                    b.empty("rect", "x", x + 2.5, "y", y + 2.5, "width", cellW - 5, "height", cellH - 5, "fill", "none",
                            "stroke", INK, "stroke-width", 2.5, "class", "same");
                }
                // colours by class, not by fill attribute: the page's style sheet would override an attribute
                b.leaf("text", String.valueOf(count), "x", x + cellW / 2, "y", y + cellH / 2 + 5, "text-anchor", "middle",
                        "class", count == 0 ? "cell zero" : share > 0.55 ? "cell dark" : "cell");
            }
            b.leaf("text", String.valueOf(rowTotal), "x", labelW + cols * cellW + 28, "y", y + cellH / 2 + 5, "text-anchor", "middle", "class", "value");
        }
        double bottom = headH + rows * cellH;
        for (int j = 0; j < cols; j++) {
            b.leaf("text", String.valueOf(columnTotals[j]), "x", labelW + j * cellW + cellW / 2, "y", bottom + 18, "text-anchor", "middle", "class", "value");
        }
        b.leaf("text", "Σ", "x", labelW - 10, "y", bottom + 18, "text-anchor", "end", "class", "label");
        svg(m, title, width, bottom + 26, b);
    }

    /** Each class's count under the base and under the draft, two bars per class. */
    static void pairedClassBars(Markup m, String title, List<Summary.ClassCount> base, List<Summary.ClassCount> draft,
            String baseName, String draftName) {
        Markup b = new Markup();
        Set<String> names = new LinkedHashSet<>();
        base.forEach(c -> names.add(c.ratingClass()));
        draft.forEach(c -> names.add(c.ratingClass()));
        int largest = Math.max(base.stream().mapToInt(Summary.ClassCount::count).max().orElse(0),
                draft.stream().mapToInt(Summary.ClassCount::count).max().orElse(0));
        double barMax = WIDTH - 120, y = 0;
        y = legend(b, y, List.of(baseName, draftName), List.of(BASE_COLOR, DRAFT_COLOR)) + 8;
        for (String name : names) {
            y += lines(b, 0, y + 14, name, chars(WIDTH, 14), 17, "class", "label") * 17 + 3;
            for (int side = 0; side < 2; side++) {
                int count = count(side == 0 ? base : draft, name);
                double w = largest == 0 ? 0 : (double) count / largest * barMax;
                b.open("rect", "x", 0, "y", y, "width", count > 0 ? Math.max(w, 2) : 0, "height", 16, "fill", side == 0 ? BASE_COLOR : DRAFT_COLOR)
                        .leaf("title", (side == 0 ? baseName : draftName) + " · " + name + ": " + count).close();
                b.leaf("text", String.valueOf(count), "x", w + 6, "y", y + 13, "class", "value");
                y += 18;
            }
            y += 12;
        }
        svg(m, title, WIDTH, y, b);
    }

    /** Points lost (to the left, red) and gained (to the right, green) around a centre line, one row per label. */
    static void diverging(Markup m, String title, List<Shift> rows, String lostLegend, String gainedLegend,
            java.util.function.BiFunction<Double, Integer, String> gainedText, java.util.function.BiFunction<Double, Integer, String> lostText) {
        Markup b = new Markup();
        double centre = WIDTH / 2.0, half = centre - 120, y = 0;
        double largest = rows.stream().mapToDouble(r -> Math.max(r.gained(), r.lost())).max().orElse(0);
        b.leaf("text", lostLegend, "x", centre - 8, "y", 14, "text-anchor", "end", "class", "axis lost");
        b.leaf("text", gainedLegend, "x", centre + 8, "y", 14, "class", "axis gained");
        y = 26;
        for (Shift r : rows) {
            y += lines(b, 0, y + 13, r.id() + " " + TextLayout.oneLine(r.title()), chars(WIDTH, 12.5), 15, "class", "label") * 15 + 2;
            // the centre line beside each bar only, so it does not cross the labels
            b.empty("line", "x1", centre, "y1", y - 3, "x2", centre, "y2", y + 19, "stroke", INK, "stroke-width", 1);
            double lw = largest == 0 ? 0 : r.lost() / largest * half, gw = largest == 0 ? 0 : r.gained() / largest * half;
            if (r.unitsLost() > 0) {
                String v = lostText.apply(r.lost(), r.unitsLost());
                b.open("rect", "x", centre - Math.max(lw, 2), "y", y, "width", Math.max(lw, 2), "height", 16, "fill", LOSS_COLOR)
                        .leaf("title", v).close();
                b.leaf("text", v, "x", centre - Math.max(lw, 2) - 5, "y", y + 12.5, "text-anchor", "end", "class", "value");
            }
            if (r.unitsGained() > 0) {
                String v = gainedText.apply(r.gained(), r.unitsGained());
                b.open("rect", "x", centre, "y", y, "width", Math.max(gw, 2), "height", 16, "fill", GAIN_COLOR).leaf("title", v).close();
                b.leaf("text", v, "x", centre + Math.max(gw, 2) + 5, "y", y + 12.5, "class", "value");
            }
            y += 16 + 12;
        }
        svg(m, title, WIDTH, y, b);
    }

    /**
     * A sweep: for each value, a bar split into the classes' counts (every bar holds all
     * units, so the bars show how the shares move); the rubric's own value outlined and marked.
     */
    static void sweepBars(Markup m, String title, Sweep s, String valueLabel, String unitsLabel, String currentLabel, DecimalFormat n) {
        Markup b = new Markup();
        List<Sweep.Point> points = s.points();
        List<Summary.ClassCount> first = points.get(0).classes();
        int units = first.stream().mapToInt(Summary.ClassCount::count).sum();
        double left = 46, top = 12, plotW = WIDTH - left - 10, plotH = 220, bw = plotW / points.size();
        // every bar holds all units: the axis ends at their number
        int step = niceStep(units), yMax = Math.max(1, units);
        for (int v = 0; v <= yMax; v += step) {
            double y = top + plotH - (double) v / yMax * plotH;
            b.empty("line", "x1", left, "y1", y, "x2", left + plotW, "y2", y, "stroke", GRID, "stroke-width", 1);
            b.leaf("text", String.valueOf(v), "x", left - 6, "y", y + 4, "text-anchor", "end", "class", "tick");
        }
        int every = Math.max(1, (int) Math.ceil(34 / bw));
        double gap = Math.min(6, bw * 0.2);
        for (int i = 0; i < points.size(); i++) {
            Sweep.Point p = points.get(i);
            double x = left + i * bw, y = top + plotH;
            boolean current = Math.abs(p.value() - s.current()) < 1e-9;
            for (int k = 0; k < p.classes().size(); k++) {
                Summary.ClassCount c = p.classes().get(k);
                if (c.count() == 0) continue;
                double h = (double) c.count() / yMax * plotH;
                y -= h;
                b.open("rect", "x", x + gap / 2, "y", y, "width", bw - gap, "height", h, "fill", classColor(k))
                        .leaf("title", s.parameter() + " = " + n.format(p.value()) + " · " + c.ratingClass() + ": " + c.count()).close();
                if (h >= 14 && bw >= 20) {
                    b.leaf("text", String.valueOf(c.count()), "x", x + bw / 2, "y", y + h / 2 + 4, "text-anchor", "middle", "class", "inbar");
                }
            }
            if (current) {
                b.empty("rect", "x", x + gap / 2 - 2, "y", y - 2, "width", bw - gap + 4, "height", top + plotH - y + 4, "fill", "none",
                        "stroke", INK, "stroke-width", 2.5, "class", "current");
                b.leaf("text", "▲ " + currentLabel, "x", x + bw / 2, "y", top + plotH + 32, "text-anchor", "middle", "class", "axis");
            }
            if (i % every == 0 || current) {
                b.leaf("text", n.format(p.value()), "x", x + bw / 2, "y", top + plotH + 16, "text-anchor", "middle",
                        "class", current ? "tick current" : "tick");
            }
        }
        b.empty("line", "x1", left, "y1", top + plotH, "x2", left + plotW, "y2", top + plotH, "stroke", INK, "stroke-width", 1);
        b.leaf("text", valueLabel, "x", left + plotW / 2, "y", top + plotH + 50, "text-anchor", "middle", "class", "axis");
        b.leaf("text", unitsLabel, "x", 0, "y", 0, "transform", "translate(12 " + Markup.coordinate(top + plotH / 2) + ") rotate(-90)",
                "text-anchor", "middle", "class", "axis");
        List<String> names = first.stream().map(Summary.ClassCount::ratingClass).toList();
        List<String> colors = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) colors.add(classColor(k));
        double y = legend(b, top + plotH + 62, names, colors);
        svg(m, title, WIDTH, y, b);
    }

    /** A small bar for a table cell: the item's maximum as the track, lowest to highest as a band, the mean as a mark. */
    static void range(Markup m, String title, double min, double mean, double max, double scale) {
        Markup b = new Markup();
        double w = 120, s = scale <= 0 ? 0 : w / scale;
        b.empty("rect", "x", 0, "y", 5, "width", w, "height", 6, "fill", "#eaeef2");
        b.empty("rect", "x", min * s, "y", 5, "width", Math.max(1, (max - min) * s), "height", 6, "fill", "#9ec5fe");
        b.empty("rect", "x", Math.max(0, Math.min(w - 2, mean * s - 1)), "y", 1, "width", 2.5, "height", 14, "fill", DRAFT_COLOR);
        m.open("svg", "class", "range", "viewBox", "0 0 120 16", "width", 120, "height", 16, "role", "img", "aria-label", title)
                .leaf("title", title).raw(b.toString()).close();
    }

    /** Swatches with names, one per line; returns the y below the last. */
    private static double legend(Markup b, double y, List<String> names, List<String> colors) {
        for (int i = 0; i < names.size(); i++) {
            b.empty("rect", "x", 0, "y", y + 3, "width", 14, "height", 14, "fill", colors.get(i));
            y += lines(b, 20, y + 14, names.get(i), chars(WIDTH - 20, 13), 16, "class", "legend") * 16 + 4;
        }
        return y;
    }

    private static int count(List<Summary.ClassCount> classes, String name) {
        return classes.stream().filter(c -> c.ratingClass().equals(name)).mapToInt(Summary.ClassCount::count).sum();
    }

    /** White for none; from a pale to a deep blue as the count nears the largest. */
    private static String heat(int count, double share) {
        if (count == 0) return "#f6f8fa";
        int[] from = {0xdb, 0xe9, 0xf6}, to = {0x08, 0x30, 0x6b};
        double t = 0.15 + 0.85 * share;
        StringBuilder sb = new StringBuilder("#");
        for (int k = 0; k < 3; k++) sb.append(String.format(Locale.ROOT, "%02x", (int) Math.round(from[k] + (to[k] - from[k]) * t)));
        return sb.toString();
    }

    /** 1, 2 or 5 times a power of ten, so that at most five grid lines cover {@code largest}. */
    static int niceStep(int largest) {
        for (int p = 1; ; p *= 10) {
            for (int f : new int[] {1, 2, 5}) if ((double) largest / (f * p) <= 5) return f * p;
        }
    }

    /** About how many characters of a sans-serif font of this size fit in this width. */
    private static int chars(double width, double fontSize) {
        return Math.max(8, (int) (width / (fontSize * 0.56)));
    }

    /** Text wrapped at spaces into lines of at most {@code maxChars}, one {@code <text>} each; returns the number of lines. */
    private static int lines(Markup b, double x, double y, String text, int maxChars, double lineHeight, Object... attributes) {
        List<String> lines = TextLayout.wrap(TextLayout.oneLine(text), maxChars);
        for (int i = 0; i < lines.size(); i++) {
            Object[] all = Arrays.copyOf(new Object[] {"x", x, "y", y + i * lineHeight}, 4 + attributes.length);
            System.arraycopy(attributes, 0, all, 4, attributes.length);
            b.leaf("text", lines.get(i), all);
        }
        return lines.size();
    }

    /** The chart's {@code <svg>}: its title first (read by screen readers, shown on hover), then the drawing. */
    private static void svg(Markup m, String title, double width, double height, Markup body) {
        m.open("svg", "class", "chart", "viewBox", "0 0 " + Markup.coordinate(width) + " " + Markup.coordinate(Math.ceil(height)),
                "width", width, "height", Math.ceil(height), "role", "img", "aria-label", title);
        m.leaf("title", title).raw(body.toString()).close().newline();
    }
}
