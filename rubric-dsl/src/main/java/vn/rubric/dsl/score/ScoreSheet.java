package vn.rubric.dsl.score;

import java.util.List;
import java.util.Map;

/**
 * A unit's result, explained: every item with its points, the tier or rule that fired,
 * the evidence it read and its citation; the criteria subtotals; bonus and deductions;
 * the total; the rating class and the classes it was barred from, with reasons.
 * {@code quotaPending}: the class's name when the unit was scored individually into a class
 * with a quota, which a population would still apply (null otherwise).
 */
public record ScoreSheet(
        Unit unit,
        List<ItemLine> items,
        List<Subtotal> criteria,
        Double bonus,
        Double deductions,
        double total,
        String ratingClass,
        List<Bar> barred,
        String quotaPending) {

    /** A sheet with no quota pending (scored in a population, or its class has none). */
    public ScoreSheet(Unit unit, List<ItemLine> items, List<Subtotal> criteria, Double bonus, Double deductions,
                      double total, String ratingClass, List<Bar> barred) {
        this(unit, items, criteria, bonus, deductions, total, ratingClass, barred, null);
    }

    /** One scored item. {@code section} is the criterion id, "bonus" or "deduction". */
    public record ItemLine(
            String id,
            String section,
            String title,
            double points,
            double max,
            String rule,
            Map<String, Object> read,
            String citation) {}

    public record Subtotal(String id, String title, double points, double max) {}

    /** A class the unit reached by points but could not be given, and why. */
    public record Bar(String ratingClass, String reason) {}

    // plain loops: simulate and diff look up every item of every unit, and a stream per lookup cost seconds on 100,000 units
    public ItemLine item(String id) {
        for (ItemLine i : items) if (i.id().equals(id)) return i;
        return null;
    }

    public Subtotal criterion(String id) {
        for (Subtotal c : criteria) if (c.id().equals(id)) return c;
        return null;
    }
}
