package vn.rubric.workbench.simulate;

import java.util.Arrays;

/** Mean, median, least and greatest of some points; all 0 for no values. */
public record Stats(int count, double mean, double median, double min, double max) {

    public static Stats of(double[] values) {
        if (values.length == 0) return new Stats(0, 0, 0, 0, 0);
        double[] v = values.clone();
        Arrays.sort(v);
        double sum = 0;
        for (double x : v) sum += x;
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new Stats(n, sum / n, median, v[0], v[n - 1]);
    }
}
