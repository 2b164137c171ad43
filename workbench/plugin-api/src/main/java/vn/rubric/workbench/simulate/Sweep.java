package vn.rubric.workbench.simulate;

import java.util.List;

/** One parameter set to each of a range of values, and what the population's classes come to at each. */
public record Sweep(String parameter, String label, double current, List<Point> points) {

    public record Point(double value, List<Summary.ClassCount> classes, Stats totals) {}
}
