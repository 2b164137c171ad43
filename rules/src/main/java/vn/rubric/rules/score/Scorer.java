package vn.rubric.rules.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieSession;
import vn.rubric.dsl.compile.FactModel;
import vn.rubric.dsl.compile.QuotaCompiler;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.score.Points;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.dsl.score.Unit;
import vn.rubric.rules.engine.RuleBase;

/**
 * Scores units with a built {@link RuleBase}: each chunk of units goes into one session as
 * one fact per unit, the rules fire and write the results into those facts (and the Total
 * each unit's fact points to), and they are read back into {@link ScoreSheet}s. Sessions of a few hundred units are fastest (see
 * {@link #DEFAULT_CHUNK}); every rule matches one unit's fact only, so units never see one
 * another.
 */
public final class Scorer {

    /**
     * Units per session. Measured on the Hưng Yên pack (BENCHMARKS.md): 30 to 300 cost the
     * same, 1,000 16% more and 10,000 2.5 times as much, because a large session's facts outlive
     * young collections and are copied. 300 holds a province's year (100-250 units) in one session.
     */
    public static final int DEFAULT_CHUNK = 300;

    /** Below this many units a session, a population is not split further to give every core some. */
    private static final int MIN_SPLIT = 25;

    /**
     * Rules that looped where no unit's sheet can be left out on its own (re-rating a
     * population under its quotas): the whole population has no result.
     */
    public static final class RulesLooped extends RuntimeException {
        private final transient Diagnostic diagnostic;

        RulesLooped(Diagnostic diagnostic) {
            super(diagnostic.code() + " " + diagnostic.args(), null, false, false);
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    /** The sheets of the units that scored completely, and a diagnostic for each that did not. */
    public record Result(List<ScoreSheet> sheets, Diagnostics problems) {}

    /**
     * What a sheet needs of an item besides its points, worked out once from the rubric, and
     * the item's lines made so far: units that get the same points for the same reason on the
     * same evidence share one line (a population's lines take few distinct values; one line per
     * unit and item was a third of a 100,000-unit diff's heap, BENCHMARKS.md "Memory").
     */
    private record SheetItem(Item item, String section, List<String> reads, Map<Object, ScoreSheet.ItemLine> lines) {
        SheetItem(Item item, String section, List<String> reads) {
            this(item, section, reads, new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    /** At most this many distinct lines are kept per item (a count or a score read whole can take many values). */
    private static final int SHARED_LINES_PER_ITEM = 4096;

    /** What makes two units' lines of an item the same: points, reason, the evidence read (one value or a list). */
    private record LineKey(double points, String reason, Object read) {}

    private final RuleBase ruleBase;
    private final Rubric rubric;
    private final int chunkSize;
    private final int threads;
    private final List<SheetItem> items = new ArrayList<>();
    private final FactType unitType;
    // fields looked up once: FactType.get(fact, name) and set(fact, name, value) search by name on every call
    private final Map<String, FactField> evidenceFields = new HashMap<>();
    private final FactField unitId, unitName, itemPoints, itemReasons, criterionPoints, unitTotal;
    private final FactType totalType;
    private final FactField totalUnit, basePoints, bonusPoints, deductionPoints, totalPoints, ratingClass, barredFrom, barClass, barReason;
    private final PopulationRules population;
    /** The subtotals made so far, by criterion id and points: shared by units, as item lines are. */
    private final Map<String, Map<Double, ScoreSheet.Subtotal>> subtotals = new java.util.concurrent.ConcurrentHashMap<>();
    /** The QuotaPending and Population types, when the rubric has a quota (null otherwise). */
    private final FactType pendingType, populationType;
    private final FactField pendingUnit, pendingClass;

    public Scorer(RuleBase ruleBase) {
        this(ruleBase, DEFAULT_CHUNK);
    }

    public Scorer(RuleBase ruleBase, int chunkSize) {
        this(ruleBase, chunkSize, Runtime.getRuntime().availableProcessors());
    }

    /** Sessions of {@code chunkSize} units, scored on at most {@code threads} threads (1: on the caller's). */
    public Scorer(RuleBase ruleBase, int chunkSize, int threads) {
        this.ruleBase = ruleBase;
        this.rubric = ruleBase.pack().rubric();
        this.chunkSize = chunkSize;
        this.threads = Math.max(1, threads);
        Map<String, List<String>> fieldsRead = ruleBase.pack().compiled().fieldsRead();
        for (Criterion c : rubric.criteria()) {
            for (Item i : c.items()) items.add(new SheetItem(i, c.id(), fieldsRead.getOrDefault(i.id(), List.of())));
        }
        if (rubric.bonus() != null) {
            for (Item i : rubric.bonus().items()) items.add(new SheetItem(i, FactModel.SECTION_BONUS, fieldsRead.getOrDefault(i.id(), List.of())));
        }
        if (rubric.deductions() != null) {
            for (Item i : rubric.deductions().items()) items.add(new SheetItem(i, FactModel.SECTION_DEDUCTION, fieldsRead.getOrDefault(i.id(), List.of())));
        }
        KieBase kb = ruleBase.kieBase();
        String pkg = ruleBase.pack().compiled().packageName();
        this.unitType = kb.getFactType(pkg, FactModel.UNIT);
        for (String name : rubric.evidence().keySet()) evidenceFields.put(name, unitType.getField(name));
        this.unitId = unitType.getField(FactModel.UNIT_ID);
        this.unitName = unitType.getField(FactModel.UNIT_NAME);
        this.itemPoints = unitType.getField(FactModel.ITEM_POINTS);
        this.itemReasons = unitType.getField(FactModel.ITEM_REASONS);
        this.criterionPoints = unitType.getField(FactModel.CRITERION_POINTS);
        this.unitTotal = unitType.getField(FactModel.UNIT_TOTAL);
        FactType total = kb.getFactType(pkg, FactModel.TOTAL);
        this.totalType = total;
        this.totalUnit = total.getField(FactModel.TOTAL_UNIT);
        this.basePoints = total.getField(FactModel.TOTAL_BASE);
        this.bonusPoints = total.getField(FactModel.TOTAL_BONUS);
        this.deductionPoints = total.getField(FactModel.TOTAL_DEDUCTIONS);
        this.totalPoints = total.getField(FactModel.TOTAL_POINTS);
        this.ratingClass = total.getField(FactModel.TOTAL_RATING_CLASS);
        this.barredFrom = total.getField(FactModel.TOTAL_BARRED_FROM);
        FactType bar = kb.getFactType(pkg, FactModel.BAR);
        this.barClass = bar.getField(FactModel.BAR_CLASS);
        this.barReason = bar.getField(FactModel.BAR_REASON);
        boolean quotas = ruleBase.pack().compiled().hasPopulationRules();
        this.population = quotas ? new PopulationRules(this, rubric, kb, pkg) : null;
        this.pendingType = quotas ? kb.getFactType(pkg, QuotaCompiler.PENDING) : null;
        this.populationType = quotas ? kb.getFactType(pkg, QuotaCompiler.POPULATION) : null;
        this.pendingUnit = quotas ? pendingType.getField(QuotaCompiler.UNIT_ID) : null;
        this.pendingClass = quotas ? pendingType.getField(QuotaCompiler.RATING_CLASS) : null;
    }

    /** Scores the units as a population or each on its own ({@link ScoringMode}). */
    public Result score(List<Unit> units, ScoringMode mode, IntConsumer progress) {
        return mode == ScoringMode.INDIVIDUAL ? scoreIndividually(units, progress) : score(units, progress);
    }

    /**
     * Scores each unit on its own: no quota is applied, and a unit whose points and bars give
     * it a class with a quota gets that class with the quota pending (the rules' QuotaPending).
     */
    public Result scoreIndividually(List<Unit> units, IntConsumer progress) {
        Diagnostics problems = new Diagnostics();
        try (RuleBase.Lease rules = ruleBase.lease()) {
            ScoreSheet[] sheets = new ScoreSheet[units.size()];
            inSessions(units.size(), progress, problems, (from, to, found) -> scoreChunk(units.subList(from, to), sheets, from, found, false, true));
            return new Result(complete(sheets), problems);
        }
    }

    /**
     * Scores all units as a population in one session, as a system with Drools alone does
     * (docs/rule-pack.md, quotas): the units and one Population fact in, one fireAllRules; the
     * quotas and their cascade are the rules' own. {@link #score} gives the same sheets in
     * sessions of a few hundred units and a second step over the units' standings, which keeps
     * memory flat on a million units.
     */
    public Result scoreInOneSession(List<Unit> units) {
        Diagnostics problems = new Diagnostics();
        try (RuleBase.Lease rules = ruleBase.lease()) {
            ScoreSheet[] sheets = new ScoreSheet[units.size()];
            scoreChunk(units, sheets, 0, problems, true, false);
            return new Result(complete(sheets), problems);
        }
    }

    /** Scores the units as one population: the population rules (quotas), if any, apply to them all. */
    public Result score(List<Unit> units) {
        return score(units, done -> { });
    }

    /** Scores all units as one population; {@code progress} hears how many are done after each chunk. */
    public Result score(List<Unit> units, IntConsumer progress) {
        Diagnostics problems = new Diagnostics();
        try (RuleBase.Lease rules = ruleBase.lease()) {
            ScoreSheet[] sheets = scoreEach(units, progress, problems);
            if (population != null) {
                try {
                    population.apply(sheets);
                } catch (RulesLooped e) {
                    problems.add(e.diagnostic());
                    return new Result(List.of(), problems);
                }
            }
            return new Result(complete(sheets), problems);
        }
    }

    /**
     * Scores each unit by its own rules only: no population rule applies. This is what a
     * test case checks (one unit, not a population); quotas are tested on cases scored together.
     */
    public Result scoreWithoutPopulationRules(List<Unit> units) {
        Diagnostics problems = new Diagnostics();
        try (RuleBase.Lease rules = ruleBase.lease()) {
            return new Result(complete(scoreEach(units, done -> { }, problems)), problems);
        }
    }

    /** The sheet of each unit, by index (null when incomplete). */
    private ScoreSheet[] scoreEach(List<Unit> units, IntConsumer progress, Diagnostics problems) {
        ScoreSheet[] sheets = new ScoreSheet[units.size()];
        inSessions(units.size(), progress, problems, (from, to, found) -> scoreChunk(units.subList(from, to), sheets, from, found, false, false));
        return sheets;
    }

    /** The work of one session: units {@code from} to {@code to} (exclusive) of a list. */
    private interface Chunk {
        void run(int from, int to, Diagnostics problems);
    }

    /**
     * Runs {@code count} units' work in sessions of at most {@code chunkSize} units. Sessions
     * are independent (every rule matches one unit's facts), so they run on as many threads as
     * there are cores; their problems and the progress are taken in order, so the outcome does
     * not depend on the threads. Fewer units than a full session per core are split evenly (a
     * province's 250 units on two cores: two sessions of 125; 20 to 300 units a session cost
     * the same per unit, BENCHMARKS.md).
     */
    private void inSessions(int count, IntConsumer progress, Diagnostics problems, Chunk chunk) {
        int size = Math.min(chunkSize, Math.max(MIN_SPLIT, (count + threads - 1) / threads));
        List<Supplier<Diagnostics>> sessions = new ArrayList<>();
        for (int from = 0; from < count; from += size) {
            int start = from, to = Math.min(count, from + size);
            sessions.add(() -> {
                Diagnostics found = new Diagnostics();
                chunk.run(start, to, found);
                return found;
            });
        }
        ExecutorService pool = sessions.size() > 1 && threads > 1
                ? Executors.newFixedThreadPool(Math.min(sessions.size(), threads), r -> {
                    Thread t = new Thread(r, "rubric-scorer");
                    t.setDaemon(true);
                    return t;
                })
                : null;
        try {
            // on the pool they all start now; without one, each runs when its turn comes below
            List<Supplier<Diagnostics>> results = pool == null ? sessions : sessions.stream().map(c -> started(pool, c)).toList();
            for (int k = 0; k < results.size(); k++) {
                problems.addAll(results.get(k).get().all());
                progress.accept(Math.min(count, (k + 1) * size));
            }
        } finally {
            if (pool != null) pool.shutdownNow();
        }
    }

    private static Supplier<Diagnostics> started(ExecutorService pool, Supplier<Diagnostics> session) {
        Future<Diagnostics> running = pool.submit(session::get);
        return () -> join(running);
    }

    private static Diagnostics join(Future<Diagnostics> session) {
        try {
            return session.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scoring was interrupted", e);
        } catch (ExecutionException e) {
            // a rule that throws: the same exception as when scoring on one thread
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static List<ScoreSheet> complete(ScoreSheet[] sheets) {
        List<ScoreSheet> out = new ArrayList<>(sheets.length);
        for (ScoreSheet s : sheets) if (s != null) out.add(s);
        return out;
    }

    /**
     * Scores a chunk in one session. {@code asPopulation}: with a Population fact, so the quota
     * rules apply among the chunk's units; {@code readPending}: the quotas left pending are read.
     */
    private void scoreChunk(List<Unit> chunk, ScoreSheet[] sheets, int offset, Diagnostics problems, boolean asPopulation, boolean readPending) {
        List<Object> facts = new ArrayList<>(chunk.size());
        Map<String, String> pending = new HashMap<>();
        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            for (Unit u : chunk) {
                Object fact = unitFact(u);
                session.insert(fact);
                facts.add(fact);
            }
            if (asPopulation && populationType != null) session.insert(newFact(populationType));
            FiringLimit limit = FiringLimit.on(session, chunk.size(), this::unitIdOf);
            session.fireAllRules();
            if (limit.exceeded() != null) {
                // the session's units have no result: none of their sheets is read
                problems.add(looped(limit.exceeded(), chunk));
                return;
            }
            if (readPending && pendingType != null) {
                Class<?> type = pendingType.getFactClass();
                for (Object x : session.getObjects(o -> o.getClass() == type)) pending.put((String) pendingUnit.get(x), (String) pendingClass.get(x));
            }
        } finally {
            session.dispose();
        }
        for (int i = 0; i < chunk.size(); i++) sheets[offset + i] = sheet(chunk.get(i), facts.get(i), problems, pending.get(chunk.get(i).id()));
    }

    /** The unit id of a fact: a Unit's own, a Total's unit's; null for any other fact. */
    String unitIdOf(Object fact) {
        if (unitType.getFactClass().isInstance(fact)) return (String) unitId.get(fact);
        if (totalType.getFactClass().isInstance(fact)) {
            Object u = totalUnit.get(fact);
            return u == null ? null : (String) unitId.get(u);
        }
        return null;
    }

    /** A located error for a rule that looped: its name and where it is written, the limit, a unit it fired for. */
    Diagnostic looped(FiringLimit.Exceeded e, List<Unit> units) {
        String unit = e.unitId() != null ? e.unitId() : units.isEmpty() ? "?" : units.get(0).id();
        return Diagnostic.error("E-RULE-LOOP", ruleBase.ruleSource(e.rule()), e.rule(), FiringLimit.PER_UNIT, unit, units.size());
    }

    private Object unitFact(Unit u) {
        Object fact = newFact(unitType);
        unitId.set(fact, u.id());
        unitName.set(fact, u.name());
        u.evidence().forEach((name, value) -> {
            FactField f = evidenceFields.get(name);
            if (f != null) f.set(fact, value);
        });
        return fact;
    }

    /** A new instance of a type the DRL declares. */
    static Object newFact(FactType type) {
        try {
            return type.newInstance();
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot create a " + type.getName() + " fact", e);
        }
    }

    /** The unit's sheet from the results the rules wrote into its fact, or null (and a diagnostic) when incomplete. */
    private ScoreSheet sheet(Unit u, Object fact, Diagnostics problems, String quotaPending) {
        Map<?, ?> points = orEmpty((Map<?, ?>) itemPoints.get(fact));
        Map<?, ?> reasons = orEmpty((Map<?, ?>) itemReasons.get(fact));
        List<String> missing = new ArrayList<>();
        List<ScoreSheet.ItemLine> lines = new ArrayList<>(items.size());
        for (SheetItem si : items) {
            Item item = si.item();
            Double p = (Double) points.get(item.id());
            if (p == null) {
                missing.add(item.id());
                continue;
            }
            // generated rules clamp; a hand-written one might not, and a sheet must not show 3 of 2
            if (p < 0 || p > item.max() + 1e-9) {
                problems.add(Diagnostic.error("E-SCORE-RANGE", u.origin(), u.id(), item.id(), Points.format(p), Points.format(item.max())));
                return null;
            }
            lines.add(line(si, p, (String) reasons.get(item.id()), u.evidence()));
        }
        Map<?, ?> subtotals = orEmpty((Map<?, ?>) criterionPoints.get(fact));
        List<ScoreSheet.Subtotal> criteria = new ArrayList<>(rubric.criteria().size());
        for (Criterion c : rubric.criteria()) {
            Double s = (Double) subtotals.get(c.id());
            if (s == null) missing.add(c.id());
            else criteria.add(subtotal(c, s));
        }
        Object total = unitTotal.get(fact);
        String ratingClassName = total == null ? null : (String) ratingClass.get(total);
        if (total == null) missing.add("total");
        if (ratingClassName == null) missing.add("rating");
        if (!missing.isEmpty()) {
            problems.add(Diagnostic.error("E-SCORE-INCOMPLETE", u.origin(), u.id(), String.join(", ", missing)));
            return null;
        }
        // lists of this method's own: wrapped, not copied
        return new ScoreSheet(u, Collections.unmodifiableList(lines), Collections.unmodifiableList(criteria),
                rubric.bonus() == null ? null : (Double) bonusPoints.get(total),
                rubric.deductions() == null ? null : (Double) deductionPoints.get(total),
                (Double) totalPoints.get(total), ratingClassName, bars(total), quotaPending);
    }

    /** The unit's line for an item: one already made for the same points, reason and evidence read, or a new one. */
    private ScoreSheet.ItemLine line(SheetItem si, double points, String reason, Map<String, Object> evidence) {
        List<String> reads = si.reads();
        Object read;
        if (reads.size() == 1) {
            read = evidence.get(reads.get(0));
        } else {
            List<Object> values = new ArrayList<>(reads.size());
            for (String f : reads) values.add(evidence.get(f));
            read = values;
        }
        LineKey key = new LineKey(points, reason, read);
        ScoreSheet.ItemLine shared = si.lines().get(key);
        if (shared != null) return shared;
        Map<String, Object> values = new LinkedHashMap<>();
        for (String f : reads) values.put(f, evidence.get(f));
        Item item = si.item();
        ScoreSheet.ItemLine made = new ScoreSheet.ItemLine(item.id(), si.section(), item.title(), points, item.max(),
                reason, Collections.unmodifiableMap(values), item.cite());
        if (si.lines().size() < SHARED_LINES_PER_ITEM) {
            ScoreSheet.ItemLine raced = si.lines().putIfAbsent(key, made);
            if (raced != null) return raced;
        }
        return made;
    }

    /** A criterion's subtotal, shared by the units with the same points. */
    private ScoreSheet.Subtotal subtotal(Criterion c, double points) {
        Map<Double, ScoreSheet.Subtotal> made = subtotals.computeIfAbsent(c.id(), k -> new java.util.concurrent.ConcurrentHashMap<>());
        ScoreSheet.Subtotal shared = made.get(points);
        if (shared != null) return shared;
        ScoreSheet.Subtotal s = new ScoreSheet.Subtotal(c.id(), c.title(), points, c.max());
        if (made.size() < SHARED_LINES_PER_ITEM) made.putIfAbsent(points, s);
        return s;
    }

    /** The bars recorded on a Total, in the rubric's class order. */
    private List<ScoreSheet.Bar> bars(Object total) {
        List<?> barsFound = (List<?>) barredFrom.get(total);
        return barsFound == null ? List.of() : barsFound.stream()
                .map(b -> new ScoreSheet.Bar((String) barClass.get(b), (String) barReason.get(b)))
                .sorted(Comparator.comparingInt((ScoreSheet.Bar b) -> classIndex(b.ratingClass())).thenComparing(ScoreSheet.Bar::reason))
                .toList();
    }

    /**
     * Rates scored units again, with the quota facts of each unit id: only the rating rules
     * run, on a fresh Total that holds the points the sheet has (no Unit fact is inserted, so
     * no item rule fires; bars read the evidence through the Total's unit). The sheets come
     * back with their new class and bars, their points untouched.
     */
    ScoreSheet[] rerate(List<ScoreSheet> scored, Map<String, List<Object>> excluded) {
        ScoreSheet[] out = new ScoreSheet[scored.size()];
        inSessions(scored.size(), done -> { }, new Diagnostics(), (from, to, found) -> {
            List<Object> totals = new ArrayList<>(to - from);
            KieSession session = ruleBase.kieBase().newKieSession();
            try {
                for (ScoreSheet s : scored.subList(from, to)) {
                    Object total = totalFact(s);
                    session.insert(total);
                    totals.add(total);
                    for (Object x : excluded.getOrDefault(s.unit().id(), List.of())) session.insert(x);
                }
                FiringLimit limit = FiringLimit.on(session, to - from, this::unitIdOf);
                session.fireAllRules();
                if (limit.exceeded() != null) throw new RulesLooped(looped(limit.exceeded(), scored.subList(from, to).stream().map(ScoreSheet::unit).toList()));
            } finally {
                session.dispose();
            }
            for (int i = from; i < to; i++) {
                ScoreSheet s = scored.get(i);
                Object total = totals.get(i - from);
                out[i] = new ScoreSheet(s.unit(), s.items(), s.criteria(), s.bonus(), s.deductions(), s.total(),
                        (String) ratingClass.get(total), bars(total));
            }
        });
        return out;
    }

    private Object totalFact(ScoreSheet s) {
        Object total = newFact(totalType);
        double bonus = s.bonus() == null ? 0 : s.bonus(), deductions = s.deductions() == null ? 0 : s.deductions();
        totalUnit.set(total, unitFact(s.unit()));
        basePoints.set(total, s.total() - bonus + deductions);
        bonusPoints.set(total, bonus);
        deductionPoints.set(total, deductions);
        totalPoints.set(total, s.total());
        return total;
    }

    private static Map<?, ?> orEmpty(Map<?, ?> m) {
        return m == null ? Map.of() : m;
    }

    private int classIndex(String name) {
        for (int i = 0; i < rubric.rating().size(); i++) if (rubric.rating().get(i).name().equals(name)) return i;
        return Integer.MAX_VALUE;
    }
}
