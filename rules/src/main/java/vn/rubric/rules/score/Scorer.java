package vn.rubric.rules.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieSession;
import vn.rubric.dsl.compile.FactModel;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.rules.engine.RuleBase;

/**
 * Scores units with a built {@link RuleBase}: each chunk of units goes into one session,
 * the rules fire, and the result facts are read back into {@link ScoreSheet}s. Sessions of
 * about a thousand units are faster than one very large session (less memory churn), and
 * every rule of the rubric joins on the unit id, so units never see one another.
 */
public final class Scorer {

    public static final int DEFAULT_CHUNK = 1_000;

    /** The sheets of the units that scored completely, and a diagnostic for each that did not. */
    public record Result(List<ScoreSheet> sheets, Diagnostics problems) {}

    private final RuleBase ruleBase;
    private final Rubric rubric;
    private final int chunkSize;
    private final FactType evidence, itemScore, subtotal, total, rating, barred;

    public Scorer(RuleBase ruleBase) {
        this(ruleBase, DEFAULT_CHUNK);
    }

    public Scorer(RuleBase ruleBase, int chunkSize) {
        this.ruleBase = ruleBase;
        this.rubric = ruleBase.pack().rubric();
        this.chunkSize = chunkSize;
        KieBase kb = ruleBase.kieBase();
        String pkg = ruleBase.pack().compiled().packageName();
        this.evidence = kb.getFactType(pkg, FactModel.EVIDENCE);
        this.itemScore = kb.getFactType(pkg, FactModel.ITEM_SCORE);
        this.subtotal = kb.getFactType(pkg, FactModel.SUBTOTAL);
        this.total = kb.getFactType(pkg, FactModel.TOTAL);
        this.rating = kb.getFactType(pkg, FactModel.RATING);
        this.barred = kb.getFactType(pkg, FactModel.BARRED);
    }

    public Result score(List<Unit> units) {
        return score(units, done -> { });
    }

    /** Scores all units; {@code progress} hears how many are done after each chunk. */
    public Result score(List<Unit> units, IntConsumer progress) {
        List<ScoreSheet> sheets = new ArrayList<>(units.size());
        Diagnostics problems = new Diagnostics();
        for (int from = 0; from < units.size(); from += chunkSize) {
            List<Unit> chunk = units.subList(from, Math.min(units.size(), from + chunkSize));
            scoreChunk(chunk, sheets, problems);
            progress.accept(from + chunk.size());
        }
        return new Result(sheets, problems);
    }

    private void scoreChunk(List<Unit> chunk, List<ScoreSheet> sheets, Diagnostics problems) {
        Map<String, Facts> byUnit = new LinkedHashMap<>();
        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            for (Unit u : chunk) {
                session.insert(evidenceFact(u));
                byUnit.put(u.id(), new Facts());
            }
            session.fireAllRules();
            for (Object o : session.getObjects()) collect(o, byUnit);
        } finally {
            session.dispose();
        }
        for (Unit u : chunk) {
            ScoreSheet sheet = sheet(u, byUnit.get(u.id()), problems);
            if (sheet != null) sheets.add(sheet);
        }
    }

    private Object evidenceFact(Unit u) {
        try {
            Object fact = evidence.newInstance();
            evidence.set(fact, "unitId", u.id());
            evidence.set(fact, "unitName", u.name());
            u.evidence().forEach((k, v) -> evidence.set(fact, k, v));
            return fact;
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot create an Evidence fact", e);
        }
    }

    /** The result facts of one unit, as the rules left them. */
    private static final class Facts {
        final Map<String, Object> items = new HashMap<>();
        final Map<String, Object> subtotals = new HashMap<>();
        Object total;
        Object rating;
        final List<Object> barred = new ArrayList<>();
    }

    private void collect(Object o, Map<String, Facts> byUnit) {
        Class<?> c = o.getClass();
        if (c == evidence.getFactClass()) return;
        FactType type = c == itemScore.getFactClass() ? itemScore : c == subtotal.getFactClass() ? subtotal
                : c == total.getFactClass() ? total : c == rating.getFactClass() ? rating : c == barred.getFactClass() ? barred : null;
        if (type == null) return;
        Facts f = byUnit.get((String) type.get(o, "unitId"));
        if (f == null) return;
        if (type == itemScore) f.items.put((String) itemScore.get(o, "itemId"), o);
        else if (type == subtotal) f.subtotals.put(subtotal.get(o, "section") + "/" + subtotal.get(o, "id"), o);
        else if (type == total) f.total = o;
        else if (type == rating) f.rating = o;
        else f.barred.add(o);
    }

    private ScoreSheet sheet(Unit u, Facts f, Diagnostics problems) {
        List<String> missing = new ArrayList<>();
        List<ScoreSheet.ItemLine> lines = new ArrayList<>();
        Map<String, List<String>> fieldsRead = ruleBase.pack().compiled().fieldsRead();
        for (Item item : rubric.allItems()) {
            Object s = f.items.get(item.id());
            if (s == null) {
                missing.add(item.id());
                continue;
            }
            double points = (double) itemScore.get(s, "points");
            // generated rules clamp; a hand-written one might not, and a sheet must not show 3 of 2
            if (points < 0 || points > item.max() + 1e-9) {
                problems.add(Diagnostic.error("E-SCORE-RANGE", u.origin(), u.id(), item.id(), Points.format(points), Points.format(item.max())));
                return null;
            }
            Map<String, Object> read = new LinkedHashMap<>();
            for (String field : fieldsRead.getOrDefault(item.id(), List.of())) read.put(field, u.evidence().get(field));
            lines.add(new ScoreSheet.ItemLine(item.id(), (String) itemScore.get(s, "section"), item.title(),
                    points, item.max(), (String) itemScore.get(s, "rule"), read,
                    (String) itemScore.get(s, "citation")));
        }
        List<ScoreSheet.Subtotal> criteria = new ArrayList<>();
        for (Criterion c : rubric.criteria()) {
            Object s = f.subtotals.get(FactModel.SECTION_CRITERION + "/" + c.id());
            if (s == null) missing.add(c.id());
            else criteria.add(new ScoreSheet.Subtotal(c.id(), c.title(), (double) subtotal.get(s, "points"), c.max()));
        }
        if (f.total == null) missing.add("total");
        if (f.rating == null) missing.add("rating");
        if (!missing.isEmpty()) {
            problems.add(Diagnostic.error("E-SCORE-INCOMPLETE", u.origin(), u.id(), String.join(", ", missing)));
            return null;
        }
        List<ScoreSheet.Bar> bars = f.barred.stream()
                .map(b -> new ScoreSheet.Bar((String) barred.get(b, "ratingClass"), (String) barred.get(b, "reason")))
                .sorted(java.util.Comparator.comparingInt((ScoreSheet.Bar b) -> classIndex(b.ratingClass())).thenComparing(ScoreSheet.Bar::reason))
                .toList();
        return new ScoreSheet(u, List.copyOf(lines), List.copyOf(criteria),
                rubric.bonus() == null ? null : (Double) total.get(f.total, "bonus"),
                rubric.deductions() == null ? null : (Double) total.get(f.total, "deductions"),
                (double) total.get(f.total, "points"), (String) rating.get(f.rating, "ratingClass"), bars);
    }

    private int classIndex(String name) {
        for (int i = 0; i < rubric.rating().size(); i++) if (rubric.rating().get(i).name().equals(name)) return i;
        return Integer.MAX_VALUE;
    }
}
