package vn.rubric.workbench.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.RatingClass;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.dsl.score.Unit;
import vn.rubric.dsl.score.UnitKind;

/**
 * What a regulation does to a population of units: how many fall in each class, how
 * totals spread, how each criterion and item scores against its maximum, and how often
 * each tier decides an item.
 */
public record Summary(
        int units,
        List<ClassCount> classes,
        Stats totals,
        Histogram histogram,
        List<CriterionStats> criteria,
        List<ItemStats> items,
        List<KindStats> kinds,
        List<RecordedGap> gaps) {

    /** Histogram bins are this many points wide. */
    public static final double BIN_WIDTH = 5;

    public record ClassCount(String ratingClass, int count, double share) {}

    public record CriterionStats(String id, String title, double max, Stats points) {}

    /** {@code tiers}: each rule or tier that gave this item's points, with how many units it decided. */
    public record ItemStats(String id, String section, String title, double max, Stats points, List<TierCount> tiers) {}

    public record TierCount(String rule, int units) {}

    /** The units of one kind (agency, commune, ...; null for units whose kind the data does not give). */
    public record KindStats(UnitKind kind, int units, Stats totals, List<ClassCount> classes) {}

    /**
     * A unit whose recorded result (the appraised score, else its own score) differs from
     * what the rules give, with the items where the rules took points off: where an
     * appraisal team would look first.
     */
    public record RecordedGap(String unitId, String unitName, Double recorded, boolean appraised, String recordedClass,
                              double rules, String rulesClass, List<ItemShort> itemsBelowMax) {
        /** Rules minus recorded; 0 when only the class was recorded. */
        public double gap() {
            return recorded == null ? 0 : rules - recorded;
        }
    }

    /** An item a unit did not get full points for. */
    public record ItemShort(String id, double points, double max, String rule) {}

    public static Summary of(Rubric rubric, List<ScoreSheet> sheets) {
        int n = sheets.size();
        double[] totals = sheets.stream().mapToDouble(ScoreSheet::total).toArray();
        double upper = rubric.regulation().total() + (rubric.bonus() == null ? 0 : rubric.bonus().max());
        for (double t : totals) upper = Math.max(upper, t);
        return new Summary(n, classCounts(rubric, sheets), Stats.of(totals), Histogram.of(totals, upper, BIN_WIDTH),
                criteria(rubric, sheets), items(rubric, sheets), kinds(rubric, sheets), gaps(sheets));
    }

    private static List<KindStats> kinds(Rubric rubric, List<ScoreSheet> sheets) {
        Map<UnitKind, List<ScoreSheet>> byKind = new java.util.TreeMap<>(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        for (ScoreSheet s : sheets) byKind.computeIfAbsent(s.unit().profile().kind(), k -> new ArrayList<>()).add(s);
        // a population of one unknown kind says nothing a summary does not
        if (byKind.size() == 1 && byKind.containsKey(null)) return List.of();
        List<KindStats> out = new ArrayList<>();
        byKind.forEach((kind, of) -> out.add(new KindStats(kind, of.size(),
                Stats.of(of.stream().mapToDouble(ScoreSheet::total).toArray()), classCounts(rubric, of))));
        return List.copyOf(out);
    }

    private static List<RecordedGap> gaps(List<ScoreSheet> sheets) {
        List<RecordedGap> out = new ArrayList<>();
        for (ScoreSheet s : sheets) {
            Unit.Recorded r = s.unit().profile().recorded();
            Double recorded = r.appraisedScore() != null ? r.appraisedScore() : r.selfScore();
            boolean classDiffers = r.appraisedClass() != null && !r.appraisedClass().equals(s.ratingClass());
            if (recorded == null && !classDiffers) continue;
            if (recorded != null && Math.abs(recorded - s.total()) < 1e-6 && !classDiffers) continue;
            List<ItemShort> shorts = s.items().stream().filter(i -> i.points() < i.max() - 1e-9)
                    .map(i -> new ItemShort(i.id(), i.points(), i.max(), i.rule())).toList();
            out.add(new RecordedGap(s.unit().id(), s.unit().name(), recorded, r.appraisedScore() != null,
                    r.appraisedClass(), s.total(), s.ratingClass(), shorts));
        }
        out.sort(java.util.Comparator.comparingDouble((RecordedGap g) -> -Math.abs(g.gap())).thenComparing(RecordedGap::unitId));
        return List.copyOf(out);
    }

    /** Every class of the rubric in its order, with how many units it holds (0 included). */
    public static List<ClassCount> classCounts(Rubric rubric, List<ScoreSheet> sheets) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RatingClass c : rubric.rating()) counts.put(c.name(), 0);
        for (ScoreSheet s : sheets) counts.merge(s.ratingClass(), 1, Integer::sum);
        List<ClassCount> out = new ArrayList<>();
        int n = sheets.size();
        counts.forEach((name, count) -> out.add(new ClassCount(name, count, n == 0 ? 0 : (double) count / n)));
        return List.copyOf(out);
    }

    private static List<CriterionStats> criteria(Rubric rubric, List<ScoreSheet> sheets) {
        List<CriterionStats> out = new ArrayList<>();
        for (Criterion c : rubric.criteria()) {
            double[] points = sheets.stream().map(s -> s.criterion(c.id())).filter(java.util.Objects::nonNull)
                    .mapToDouble(ScoreSheet.Subtotal::points).toArray();
            out.add(new CriterionStats(c.id(), c.title(), c.max(), Stats.of(points)));
        }
        return List.copyOf(out);
    }

    private static List<ItemStats> items(Rubric rubric, List<ScoreSheet> sheets) {
        Map<String, List<ScoreSheet.ItemLine>> byItem = new HashMap<>();
        for (Item item : rubric.allItems()) byItem.put(item.id(), new ArrayList<>(sheets.size()));
        for (ScoreSheet s : sheets) {
            for (ScoreSheet.ItemLine l : s.items()) {
                List<ScoreSheet.ItemLine> lines = byItem.get(l.id());
                if (lines != null) lines.add(l);
            }
        }
        List<ItemStats> out = new ArrayList<>();
        for (Item item : rubric.allItems()) {
            List<ScoreSheet.ItemLine> lines = byItem.get(item.id());
            Map<String, Integer> tiers = new LinkedHashMap<>();
            for (ScoreSheet.ItemLine l : lines) tiers.merge(l.rule(), 1, Integer::sum);
            List<TierCount> tierCounts = tiers.entrySet().stream()
                    .map(e -> new TierCount(e.getKey(), e.getValue()))
                    .sorted((a, b) -> Integer.compare(b.units(), a.units()))
                    .toList();
            String section = lines.isEmpty() ? "" : lines.get(0).section();
            out.add(new ItemStats(item.id(), section, item.title(), item.max(),
                    Stats.of(lines.stream().mapToDouble(ScoreSheet.ItemLine::points).toArray()), tierCounts));
        }
        return List.copyOf(out);
    }
}
