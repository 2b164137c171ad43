package vn.rubric.workbench.simulate;

import java.util.ArrayList;
import java.util.List;

/**
 * How totals spread: bins of equal width from 0 up to the highest possible total. The
 * last bin is closed ([95, 100]) so a perfect score is counted.
 */
public record Histogram(double width, List<Bin> bins) {

    /** Totals in [from, to), or [from, to] for the last bin. */
    public record Bin(double from, double to, int count) {}

    public static Histogram of(double[] totals, double upper, double width) {
        int n = Math.max(1, (int) Math.ceil(upper / width));
        int[] counts = new int[n];
        for (double t : totals) {
            int i = (int) Math.floor(t / width);
            counts[Math.max(0, Math.min(n - 1, i))]++;
        }
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < n; i++) bins.add(new Bin(i * width, Math.min(upper, (i + 1) * width), counts[i]));
        return new Histogram(width, List.copyOf(bins));
    }

    public int largest() {
        return bins.stream().mapToInt(Bin::count).max().orElse(0);
    }
}
