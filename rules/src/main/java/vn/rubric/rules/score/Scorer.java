package vn.rubric.rules.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactField;
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
 * a few hundred units are faster than large ones (see {@link #DEFAULT_CHUNK}), and every
 * rule of the rubric joins on the unit id, so units never see one another.
 */
public final class Scorer {

    /**
     * Units per session. Measured on the Hưng Yên pack (BENCHMARKS.md): 100 and 300 cost the
     * same, 1,000 twice as much, because a large session's facts outlive young collections
     * and are copied. 300 holds a whole province's year (100-250 units) in one session.
     */
    public static final int DEFAULT_CHUNK = 300;

    /** The sheets of the units that scored completely, and a diagnostic for each that did not. */
    public record Result(List<ScoreSheet> sheets, Diagnostics problems) {}

    private final RuleBase ruleBase;
    private final Rubric rubric;
    private final int chunkSize;
    private final FactType evidence, itemScore, subtotal, total, rating, barred;
    // the result fields, looked up once: FactType.get(fact, name) searches by name on every read
    private final FactField itemUnit, itemId, itemSection, itemPoints, itemRule, itemCitation;
    private final FactField subtotalUnit, subtotalSection, subtotalId, subtotalPoints;
    private final FactField totalUnit, totalBonus, totalDeductions, totalPoints;
    private final FactField ratingUnit, ratingClass, barredUnit, barredClass, barredReason;

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
        this.itemUnit = itemScore.getField("unitId");
        this.itemId = itemScore.getField("itemId");
        this.itemSection = itemScore.getField("section");
        this.itemPoints = itemScore.getField("points");
        this.itemRule = itemScore.getField("rule");
        this.itemCitation = itemScore.getField("citation");
        this.subtotalUnit = subtotal.getField("unitId");
        this.subtotalSection = subtotal.getField("section");
        this.subtotalId = subtotal.getField("id");
        this.subtotalPoints = subtotal.getField("points");
        this.totalUnit = total.getField("unitId");
        this.totalBonus = total.getField("bonus");
        this.totalDeductions = total.getField("deductions");
        this.totalPoints = total.getField("points");
        this.ratingUnit = rating.getField("unitId");
        this.ratingClass = rating.getField("ratingClass");
        this.barredUnit = barred.getField("unitId");
        this.barredClass = barred.getField("ratingClass");
        this.barredReason = barred.getField("reason");
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
        final Map<String, Object> criteria = new HashMap<>();
        Object total;
        Object rating;
        final List<Object> barred = new ArrayList<>();
    }

    private void collect(Object o, Map<String, Facts> byUnit) {
        Class<?> c = o.getClass();
        if (c == itemScore.getFactClass()) {
            Facts f = byUnit.get((String) itemUnit.get(o));
            if (f != null) f.items.put((String) itemId.get(o), o);
        } else if (c == subtotal.getFactClass()) {
            Facts f = byUnit.get((String) subtotalUnit.get(o));
            // bonus and deductions are read from the Total, which already holds them
            if (f != null && FactModel.SECTION_CRITERION.equals(subtotalSection.get(o))) f.criteria.put((String) subtotalId.get(o), o);
        } else if (c == total.getFactClass()) {
            Facts f = byUnit.get((String) totalUnit.get(o));
            if (f != null) f.total = o;
        } else if (c == rating.getFactClass()) {
            Facts f = byUnit.get((String) ratingUnit.get(o));
            if (f != null) f.rating = o;
        } else if (c == barred.getFactClass()) {
            Facts f = byUnit.get((String) barredUnit.get(o));
            if (f != null) f.barred.add(o);
        }
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
            double points = (double) itemPoints.get(s);
            // generated rules clamp; a hand-written one might not, and a sheet must not show 3 of 2
            if (points < 0 || points > item.max() + 1e-9) {
                problems.add(Diagnostic.error("E-SCORE-RANGE", u.origin(), u.id(), item.id(), Points.format(points), Points.format(item.max())));
                return null;
            }
            Map<String, Object> read = new LinkedHashMap<>();
            for (String field : fieldsRead.getOrDefault(item.id(), List.of())) read.put(field, u.evidence().get(field));
            lines.add(new ScoreSheet.ItemLine(item.id(), (String) itemSection.get(s), item.title(),
                    points, item.max(), (String) itemRule.get(s), read,
                    (String) itemCitation.get(s)));
        }
        List<ScoreSheet.Subtotal> criteria = new ArrayList<>();
        for (Criterion c : rubric.criteria()) {
            Object s = f.criteria.get(c.id());
            if (s == null) missing.add(c.id());
            else criteria.add(new ScoreSheet.Subtotal(c.id(), c.title(), (double) subtotalPoints.get(s), c.max()));
        }
        if (f.total == null) missing.add("total");
        if (f.rating == null) missing.add("rating");
        if (!missing.isEmpty()) {
            problems.add(Diagnostic.error("E-SCORE-INCOMPLETE", u.origin(), u.id(), String.join(", ", missing)));
            return null;
        }
        List<ScoreSheet.Bar> bars = f.barred.stream()
                .map(b -> new ScoreSheet.Bar((String) barredClass.get(b), (String) barredReason.get(b)))
                .sorted(java.util.Comparator.comparingInt((ScoreSheet.Bar b) -> classIndex(b.ratingClass())).thenComparing(ScoreSheet.Bar::reason))
                .toList();
        return new ScoreSheet(u, List.copyOf(lines), List.copyOf(criteria),
                rubric.bonus() == null ? null : (Double) totalBonus.get(f.total),
                rubric.deductions() == null ? null : (Double) totalDeductions.get(f.total),
                (double) totalPoints.get(f.total), (String) ratingClass.get(f.rating), bars);
    }

    private int classIndex(String name) {
        for (int i = 0; i < rubric.rating().size(); i++) if (rubric.rating().get(i).name().equals(name)) return i;
        return Integer.MAX_VALUE;
    }
}
