package vn.rubric.dsl.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.compile.FactModel;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Edit;
import vn.rubric.dsl.diag.Fix;
import vn.rubric.dsl.diag.Word;
import vn.rubric.dsl.evidence.EvidenceValues;
import vn.rubric.dsl.expr.Expr;
import vn.rubric.dsl.expr.ExpressionFunction;
import vn.rubric.dsl.expr.Resolver;
import vn.rubric.dsl.expr.Scope;
import vn.rubric.dsl.expr.ValueType;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.FieldType;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Parameter;
import vn.rubric.dsl.model.Points;
import vn.rubric.dsl.model.RatingClass;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.model.Scoring;
import vn.rubric.dsl.model.Section;
import vn.rubric.dsl.model.Tier;
import vn.rubric.dsl.score.Unit;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.source.SourceTexts;

import vn.rubric.dsl.util.Names;

/**
 * Checks what a rubric means: that points add up, names exist, types agree, each
 * pick-one item gives exactly one tier to every unit, and every total gets a class.
 * Each finding carries a position, a stable code and a fix hint.
 */
public final class Validator {

    private static final double EPSILON = 1e-9;

    private final Rubric rubric;
    private final Scope scope;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Set<String> usedFields = new HashSet<>();
    private final Set<String> usedParameters = new HashSet<>();
    /** An expression that did not resolve may have used any field, so "unused" would be a guess. */
    private boolean someExpressionFailed;

    /** The units of the pack's data, typed for this rubric; null when there are none to try. */
    private final List<Unit> units;
    private final Fixes fixes;

    private Validator(Rubric rubric, Map<String, ExpressionFunction> functions, List<Unit> units, SourceTexts texts) {
        this.rubric = rubric;
        this.scope = new Scope(rubric.evidence(), rubric.parameters(), functions);
        this.units = units;
        this.fixes = new Fixes(texts);
    }

    public static Diagnostics validate(Rubric rubric) {
        return validate(rubric, Map.of());
    }

    /** Validates with the functions plugins add to the language, by name. */
    public static Diagnostics validate(Rubric rubric, Map<String, ExpressionFunction> functions) {
        return validate(rubric, functions, null);
    }

    /**
     * As {@link #validate(Rubric, Map)}, trying the tiers on {@code units} (the pack's data,
     * typed for this rubric; null or empty: none) to say what an overlap costs. Fixes are
     * written against the rubric's files as they are on disk.
     */
    public static Diagnostics validate(Rubric rubric, Map<String, ExpressionFunction> functions, List<Unit> units) {
        return validate(rubric, functions, units, SourceTexts.disk());
    }

    /** As {@link #validate(Rubric, Map, List)}, with the files' texts from {@code texts} (an editor's buffers). */
    public static Diagnostics validate(Rubric rubric, Map<String, ExpressionFunction> functions, List<Unit> units, SourceTexts texts) {
        Validator v = new Validator(rubric, functions, units == null || units.isEmpty() ? null : List.copyOf(units), texts);
        v.run();
        return v.diagnostics.withCheckedFixes(texts);
    }

    private void run() {
        regulation();
        names();
        evidence();
        Set<String> itemIds = new HashSet<>();
        Set<String> criterionIds = new HashSet<>();
        double sum = 0;
        for (Criterion c : rubric.criteria()) {
            if (!criterionIds.add(c.id())) diagnostics.add(Diagnostic.error("E-DUPLICATE-ID", c.pos(), Word.of("criterion"), c.id()));
            // score sheets name the bonus and deduction sections by these words, where other items name their criterion
            if (List.of(FactModel.SECTION_BONUS, FactModel.SECTION_DEDUCTION).contains(c.id())) {
                diagnostics.add(Diagnostic.error("E-CRITERION-ID-RESERVED", c.pos(), c.id()));
            }
            criterion(c, itemIds);
            sum += c.max();
        }
        if (rubric.criteria().isEmpty()) diagnostics.add(Diagnostic.error("E-NO-CRITERIA", rubric.regulation().pos()));
        else if (Math.abs(sum - rubric.regulation().total()) > EPSILON) {
            diagnostics.add(Diagnostic.error("E-SUM-TOTAL", rubric.regulation().totalPos(),
                    num(rubric.regulation().total()), num(sum), rubric.criteria().size())
                    .withFix(Fixes.of("sum-total", Collections.singletonList(
                            fixes.replaceRaw(fixes.valueOfKey(rubric.regulation().totalPos()), num(sum))), num(sum), rubric.criteria().size())));
        }
        rubric.sections().forEach(s -> section(s, itemIds));
        rating();
        unused();
    }

    private void regulation() {
        var r = rubric.regulation();
        if (r.id() != null && !r.id().matches("[a-z0-9][a-z0-9.-]*")) {
            String id = Names.slug(r.id());
            diagnostics.add(Diagnostic.error("E-REGULATION-ID", r.pos(), r.id()).withFix(id.isEmpty() ? null
                    : Fixes.of("regulation-id", Collections.singletonList(fixes.replace(fixes.valueIn(r.pos(), "id"), id)), id)));
        }
        if (r.total() <= 0) diagnostics.add(Diagnostic.error("E-TOTAL-POSITIVE", r.pos(), num(r.total())));
    }

    private void names() {
        for (Parameter p : rubric.parameters().values()) {
            if (!Names.isValidName(p.name())) diagnostics.add(Diagnostic.error("E-NAME", p.pos(), p.name()));
        }
        for (EvidenceField f : rubric.evidence().values()) {
            if (!Names.isValidName(f.name())) diagnostics.add(Diagnostic.error("E-NAME", f.pos(), f.name()));
            if (rubric.parameters().containsKey(f.name())) diagnostics.add(Diagnostic.error("E-NAME-CLASH", f.pos(), f.name()));
        }
    }

    private void evidence() {
        for (EvidenceField f : rubric.evidence().values()) {
            if (f.label() == null) diagnostics.add(Diagnostic.warning("W-FIELD-LABEL", f.pos(), f.name()));
            if (f.type() == FieldType.ENUM) {
                if (f.values().isEmpty()) diagnostics.add(Diagnostic.error("E-FIELD-VALUES", f.pos(), f.name()));
                for (String v : f.values().keySet()) {
                    if (!Names.isValidName(v)) diagnostics.add(Diagnostic.error("E-ENUM-NAME", f.pos(), v, f.name()));
                    // a field or parameter of the same name would win over the value in "x == v"
                    else if (rubric.evidence().containsKey(v) || rubric.parameters().containsKey(v)) {
                        diagnostics.add(Diagnostic.error("E-ENUM-SHADOWED", f.pos(), v, f.name()));
                    }
                }
            } else if (!f.values().isEmpty()) {
                diagnostics.add(Diagnostic.error("E-FIELD-VALUES-TYPE", f.pos(), f.name(), f.type().word)
                        .withFix(Fixes.of("remove-values", Collections.singletonList(fixes.removeKey(fieldMapping(f), "values")), f.name())));
            }
            if (f.defaultValue() != null) {
                // a default must be a value the data could hold (a whole count, a share within 0..1)
                EvidenceValues.Coerced c = EvidenceValues.coerce(f, f.defaultValue());
                if (!c.ok()) diagnostics.add(Diagnostic.error(c.errorCode(), f.pos(), c.errorArgs()));
            }
        }
    }

    private void criterion(Criterion c, Set<String> itemIds) {
        if (c.items().isEmpty()) {
            diagnostics.add(Diagnostic.error("E-NO-ITEMS", c.pos(), Word.of("criterion"), c.id()));
            return;
        }
        double sum = 0;
        for (Item i : c.items()) {
            item(i, itemIds);
            sum += i.max();
        }
        if (Math.abs(sum - c.max()) > EPSILON) {
            diagnostics.add(Diagnostic.error("E-SUM-CRITERION", c.maxPos(), c.id(), num(c.max()), num(sum), c.items().size())
                    .withFix(criterionSum(c, sum)));
        }
    }

    /**
     * The criterion's max set to what its items add up to, and the regulation's total to what
     * the criteria then add up to, so neither sum is left wrong.
     */
    private Fix criterionSum(Criterion c, double sum) {
        if (Double.isNaN(sum)) return null;
        double total = 0;
        for (Criterion other : rubric.criteria()) total += other == c ? sum : other.max();
        List<Edit> edits = new ArrayList<>();
        edits.add(fixes.replaceRaw(fixes.valueOfKey(c.maxPos()), num(sum)));
        if (Math.abs(total - rubric.regulation().total()) > EPSILON) {
            edits.add(fixes.replaceRaw(fixes.valueOfKey(rubric.regulation().totalPos()), num(total)));
        }
        return Fixes.of("sum-criterion", edits, c.id(), num(sum), num(total), c.items().size());
    }

    /** Where the mapping of an evidence field is written: the value of its key. */
    private SourcePos fieldMapping(EvidenceField f) {
        var s = fixes.source(f.pos());
        var e = s == null ? null : s.entry(f.pos());
        return e == null ? null : e.value().pos();
    }

    private void section(Section s, Set<String> itemIds) {
        if (s.max() <= 0) diagnostics.add(Diagnostic.error("E-TOTAL-POSITIVE", s.pos(), num(s.max())));
        if (s.items().isEmpty()) diagnostics.add(Diagnostic.error("E-NO-ITEMS", s.pos(), Word.of(s.kind() == Section.Kind.BONUS ? "bonus" : "deductions"), ""));
        s.items().forEach(i -> item(i, itemIds));
    }

    private void item(Item i, Set<String> itemIds) {
        if (!itemIds.add(i.id())) diagnostics.add(Diagnostic.error("E-DUPLICATE-ID", i.pos(), Word.of("item"), i.id()));
        if (i.max() <= 0) diagnostics.add(Diagnostic.error("E-ITEM-MAX", i.pos(), i.id(), num(i.max())));
        if (i.cite() == null) diagnostics.add(Diagnostic.warning("W-NO-CITE", i.pos(), i.id()));
        Scoring s = i.scoring();
        if (s instanceof Scoring.PickOne p) pickOne(i, p);
        else if (s instanceof Scoring.Assessed a) assessed(i, a);
        else if (s instanceof Scoring.Formula f) {
            use(Resolver.resolve(f.expression(), scope, ValueType.NUMBER, diagnostics));
            rounding(i, f.rounding().step());
        } else if (s instanceof Scoring.Drl d) {
            for (String field : d.reads()) {
                if (rubric.evidence().containsKey(field)) usedFields.add(field);
                else diagnostics.add(Diagnostic.error("E-READS-UNKNOWN", d.readsPos(), field,
                        String.join(", ", rubric.evidence().keySet())));
            }
            Path file = Path.of(d.file()).normalize();
            // the pack loads rules/*.drl and nothing else, so a rule file elsewhere would never run
            if (file.getNameCount() != 2 || !file.getName(0).toString().equals("rules") || !file.toString().endsWith(".drl")) {
                diagnostics.add(Diagnostic.error("E-RULE-FILE-PLACE", d.filePos(), d.file(), i.id()));
            } else if (rubric.file() != null && packFolders().stream().noneMatch(folder -> Files.isRegularFile(folder.resolve(file)))) {
                diagnostics.add(Diagnostic.error("E-RULE-FILE", d.filePos(), d.file(), i.id()));
            }
        }
    }

    /** The folders whose rules/ the pack loads: its own, and for an amending pack those of the regulations it rests on. */
    private List<Path> packFolders() {
        List<Path> folders = new ArrayList<>();
        folders.add(rubric.file().toAbsolutePath().getParent());
        if (rubric.isAmending()) rubric.amendment().bases().forEach(b -> folders.add(b.toAbsolutePath().getParent()));
        return folders;
    }

    private void assessed(Item i, Scoring.Assessed a) {
        EvidenceField f = rubric.evidence().get(a.field());
        if (f == null) {
            // the field meant may be any of them, so none can be called unused
            someExpressionFailed = true;
            String s = Names.closest(a.field(), rubric.evidence().keySet());
            diagnostics.add(s == null ? Diagnostic.error("E-UNKNOWN-NAME", a.fieldPos(), a.field())
                    : Diagnostic.error("E-UNKNOWN-NAME-SUGGEST", a.fieldPos(), a.field(), s).withFix(didYouMean(a.fieldPos(), s)));
            return;
        }
        usedFields.add(f.name());
        if (f.type() != FieldType.SHARE) {
            var type = fieldMapping(f) == null ? null : fixes.valueIn(fieldMapping(f), "type");
            diagnostics.add(Diagnostic.error("E-ASSESSED-TYPE", a.fieldPos(), f.name(), f.type().word, i.id())
                    .withFix(Fixes.of("type-share", Collections.singletonList(fixes.replaceRaw(type, "share")), f.name())));
        }
        rounding(i, a.rounding().step());
    }

    private void rounding(Item i, double step) {
        if (step < 0 || step > i.max()) {
            // a quarter point, the step the sheets use most, when the item is large enough for it
            Fix fix = i.max() < 0.25 ? null : Fixes.of("round-step",
                    Collections.singletonList(fixes.replaceRaw(fixes.valueIn(i.pos(), "round-to"), "0.25")), "0.25");
            diagnostics.add(Diagnostic.error("E-ROUND-STEP", i.pos(), num(step), i.id()).withFix(fix));
        }
    }

    /** The fix that writes {@code name} in place of the scalar at {@code pos}. */
    private Fix didYouMean(SourcePos pos, String name) {
        return Fixes.of("did-you-mean", Collections.singletonList(fixes.replace(fixes.scalarAt(pos), name)), name);
    }

    private void pickOne(Item item, Scoring.PickOne p) {
        if (p.tiers().isEmpty()) {
            diagnostics.add(Diagnostic.error("E-TIER-NONE", item.pos(), item.id()));
            return;
        }
        Set<String> labels = new HashSet<>();
        List<Expr> conditions = new ArrayList<>();
        List<Tier> conditional = new ArrayList<>();
        Map<Tier, Double> points = new java.util.HashMap<>();
        boolean hasFallback = false;
        boolean resolved = true;
        Tier last = p.tiers().get(p.tiers().size() - 1);
        for (int k = 0; k < p.tiers().size(); k++) {
            Tier t = p.tiers().get(k);
            if (!labels.add(t.label())) diagnostics.add(Diagnostic.error("E-DUPLICATE-LABEL", t.pos(), t.label(), item.id()).withFix(renameLabel(p, t)));
            double value = points(t.points());
            points.put(t, value);
            if (!Double.isNaN(value) && (value < -EPSILON || value > item.max() + EPSILON)) {
                diagnostics.add(Diagnostic.error("E-TIER-RANGE", t.points().pos(), t.label(), num(value), item.id(), num(item.max())));
            }
            if (t.isFallback()) {
                hasFallback = true;
                if (k != p.tiers().size() - 1) {
                    List<Edit> move = fixes.moveItem(t.pos(), last.pos());
                    diagnostics.add(Diagnostic.error("E-TIER-FALLBACK-LAST", t.pos(), item.id())
                            .withFix(move == null ? null : Fixes.of("move-otherwise", move, t.label(), item.id())));
                }
                continue;
            }
            Resolver.Typed c = Resolver.resolve(t.when(), scope, ValueType.BOOLEAN, diagnostics);
            use(c);
            if (c == null) resolved = false;
            else {
                conditions.add(c.expr());
                conditional.add(t);
            }
        }
        if (!resolved) return;
        TierAnalysis.Result r = TierAnalysis.analyse(conditions, rubric.evidence());
        Set<Integer> dead = new HashSet<>();
        for (int k = 0; k < conditional.size(); k++) {
            if (!r.dead(k)) continue;
            dead.add(k);
            Tier t = conditional.get(k);
            TierAnalysis.Reach reach = r.reach().get(k);
            Object why = reach.holds()
                    ? Word.of("tier-dead-taken", labels(reach.takenBy().stream().map(conditional::get).toList()))
                    : Word.of("tier-dead-never", String.join(", ", Resolver.fieldsRead(conditions.get(k))));
            diagnostics.add(Diagnostic.error("E-TIER-DEAD", t.pos(), item.id(), t.label(), why)
                    .withFix(Fixes.of("remove-tier", Collections.singletonList(fixes.removeItem(t.pos())), t.label())));
        }
        if (!p.firstMatch()) overlaps(item, conditions, conditional, points, r, dead);
        if (!hasFallback) {
            Diagnostic missing = null;
            if (r.gapWitness() != null) {
                missing = Diagnostic.error("E-TIER-GAP", item.pos(), item.id(), r.gapWitness());
            } else if (r.tooLarge()) {
                missing = Diagnostic.error("E-TIER-NO-FALLBACK-LARGE", item.pos(), item.id());
            } else if (!r.exhaustive()) {
                missing = Diagnostic.error("E-TIER-NO-FALLBACK", item.pos(), item.id());
            }
            // with a gap, a wider condition also closes it; otherwise only a fallback shows every unit has a tier
            if (missing != null) diagnostics.add(missing.withFix(addOtherwise(p, labels, r.gapWitness() != null ? "add-otherwise" : "add-otherwise-required")));
        }
    }

    /**
     * Two tiers that fit one unit are an error unless the item says the first one wins: the
     * sheet reads "chấm 1 trong 3", and a unit in both silently gets the first. A tier that
     * earlier tiers take entirely is reported as dead instead.
     */
    private void overlaps(Item item, List<Expr> conditions, List<Tier> conditional, Map<Tier, Double> points, TierAnalysis.Result r, Set<Integer> dead) {
        for (TierAnalysis.Overlap o : r.overlaps()) {
            if (dead.contains(o.second())) continue;
            Tier a = conditional.get(o.first()), b = conditional.get(o.second());
            List<Integer> earlier = r.overlaps().stream().filter(x -> x.second() == o.second()).map(TierAnalysis.Overlap::first).sorted().toList();
            // "and not (...)" keeps the tier alive only if some unit fits it and no earlier tier
            boolean rewrite = !r.reach().isEmpty() && r.reach().get(o.second()).wins();
            Fix fix = rewrite ? exclusive(item, conditions, conditional, o.second(), earlier) : null;
            if (fix == null) fix = firstMatch(item);
            diagnostics.add(Diagnostic.error("E-TIER-OVERLAP", b.pos(), item.id(), a.label(), b.label(), o.witness(),
                    cost(conditions, o.first(), o.second(), a, b, points)).withFix(fix));
        }
    }

    /** What the overlap does to the pack's units: how many fit the later tier but get the earlier one; "" without units. */
    private Object cost(List<Expr> conditions, int first, int second, Tier a, Tier b, Map<Tier, Double> points) {
        if (units == null || conditions.stream().anyMatch(c -> !Resolver.pluginFunctionsCalled(c).isEmpty())) return "";
        int taken = 0;
        for (Unit u : units) {
            if (firstHolding(conditions, u) == first && holds(conditions.get(second), u)) taken++;
        }
        if (taken == 0) return Word.of("overlap-cost-none", units.size());
        return Word.phrase("overlap-cost", taken, b.label(), num(points.get(a)), a.label(), num(points.get(b)));
    }

    private static int firstHolding(List<Expr> conditions, Unit u) {
        for (int k = 0; k < conditions.size(); k++) if (holds(conditions.get(k), u)) return k;
        return -1;
    }

    private static boolean holds(Expr condition, Unit u) {
        try {
            return Boolean.TRUE.equals(vn.rubric.dsl.expr.Evaluator.eval(condition, u.evidence()));
        } catch (RuntimeException e) {
            // a unit without a value the condition reads: it fits no tier here
            return false;
        }
    }

    /** The later tier's condition with "and not (earlier)" for each earlier tier it overlaps, so they exclude each other. */
    private Fix exclusive(Item item, List<Expr> conditions, List<Tier> conditional, int later, List<Integer> earlier) {
        Tier b = conditional.get(later);
        String own = fixes.conditionText(b.pos());
        if (own == null) return null;
        // "x or y and not (a)" would read as "x or (y and not (a))"
        StringBuilder text = new StringBuilder(conditions.get(later) instanceof Expr.Binary bin && bin.op() == Expr.BinaryOp.OR ? "(" + own + ")" : own);
        for (int k : earlier) {
            String other = fixes.conditionText(conditional.get(k).pos());
            if (other == null) return null;
            text.append(" and not (").append(other).append(')');
        }
        return Fixes.of("tier-exclusive", Collections.singletonList(fixes.replace(fixes.valueIn(b.pos(), "when"), text.toString())),
                b.label(), text.toString(), item.id());
    }

    /** "first-match: true" on the item, before its pick-one. */
    private Fix firstMatch(Item item) {
        return Fixes.of("first-match", Collections.singletonList(fixes.addKey(item.pos(), "pick-one", "first-match", "true")), item.id());
    }

    /** A last tier "otherwise: true" worth 0 points, under a label the item does not use. */
    private Fix addOtherwise(Scoring.PickOne p, Set<String> labels, String key) {
        String label = "còn lại";
        for (int n = 2; labels.contains(label); n++) label = "còn lại " + n;
        String tier = "{ label: " + vn.rubric.dsl.source.YamlSource.scalarText(label) + ", otherwise: true, points: 0 }";
        Tier last = p.tiers().get(p.tiers().size() - 1);
        return Fixes.of(key, Collections.singletonList(fixes.appendItem(last.pos(), tier)), label, "- " + tier);
    }

    /** The second tier of a label renamed "label 2" (or the first free number). */
    private Fix renameLabel(Scoring.PickOne p, Tier t) {
        Set<String> used = new HashSet<>();
        p.tiers().forEach(x -> used.add(x.label()));
        String label = t.label() + " 2";
        for (int n = 3; used.contains(label); n++) label = t.label() + " " + n;
        return Fixes.of("rename-label", Collections.singletonList(fixes.replace(fixes.valueIn(t.pos(), "label"), label)), label);
    }

    private static String labels(List<Tier> tiers) {
        return tiers.stream().map(t -> "\"" + t.label() + "\"").collect(java.util.stream.Collectors.joining(", "));
    }

    private void rating() {
        List<RatingClass> classes = rubric.rating();
        if (classes.isEmpty()) {
            diagnostics.add(Diagnostic.error("E-RATING-NONE", rubric.regulation().pos()));
            return;
        }
        Set<String> names = new HashSet<>();
        double previousMin = Double.POSITIVE_INFINITY;
        double lastMin = Double.NaN;
        double reachable = rubric.regulation().total() + (rubric.bonus() == null ? 0 : rubric.bonus().max());
        for (int k = 0; k < classes.size(); k++) {
            RatingClass c = classes.get(k);
            if (!names.add(c.name())) diagnostics.add(Diagnostic.error("E-DUPLICATE-CLASS", c.pos(), c.name()));
            for (RatingClass.Bar b : c.barredIf()) use(Resolver.resolve(b.when(), scope, ValueType.BOOLEAN, diagnostics));
            if (c.quota() != null) quota(c, k == classes.size() - 1);
            if (c.isFallback()) {
                if (k != classes.size() - 1) diagnostics.add(Diagnostic.error("E-RATING-FALLBACK-LAST", c.pos(), c.name()));
                if (!c.barredIf().isEmpty()) diagnostics.add(barredFallback(c));
                continue;
            }
            double min = points(c.min());
            lastMin = min;
            if (Double.isNaN(min)) continue;
            if (min >= previousMin) diagnostics.add(Diagnostic.warning("W-RATING-ORDER", c.pos(), c.name(), num(min), num(previousMin)));
            if (min > reachable + EPSILON) diagnostics.add(Diagnostic.warning("W-RATING-UNREACHABLE", c.pos(), c.name(), num(min), num(reachable)));
            previousMin = Math.min(previousMin, min);
        }
        RatingClass last = classes.get(classes.size() - 1);
        if (!last.isFallback()) {
            // with deductions a total can fall below 0; the last class must still hold it
            double lowest = rubric.deductions() == null ? 0 : -rubric.deductions().max();
            if (!Double.isNaN(lastMin) && lastMin > lowest) {
                Fix fix = Fixes.of("rating-min", Collections.singletonList(fixes.replaceRaw(fixes.scalarAt(last.min().pos()), num(lowest))),
                        last.name(), num(lowest));
                diagnostics.add((rubric.deductions() == null
                        ? Diagnostic.error("E-RATING-GAP", last.pos(), num(lastMin), last.name())
                        : Diagnostic.error("E-RATING-GAP-DEDUCTIONS", last.pos(), num(lastMin), last.name(), num(lowest))).withFix(fix));
            }
            else if (!last.barredIf().isEmpty()) diagnostics.add(barredFallback(last));
        }
    }

    private Diagnostic barredFallback(RatingClass c) {
        return Diagnostic.error("E-RATING-FALLBACK-BARRED", c.pos(), c.name())
                .withFix(Fixes.of("remove-barred-if", Collections.singletonList(fixes.removeKey(c.pos(), "barred-if")), c.name()));
    }

    private void quota(RatingClass c, boolean last) {
        RatingClass.Quota q = c.quota();
        // the units over a quota fall to the class below: the last class has none
        if (last) diagnostics.add(Diagnostic.error("E-QUOTA-LAST", q.pos(), c.name()).withFix(moveQuota(c)));
        double percent = points(q.percent());
        if (!Double.isNaN(percent) && (percent <= 0 || percent > 100)) {
            diagnostics.add(Diagnostic.error("E-QUOTA-PERCENT", q.percent().pos(), num(percent)));
        }
        Set<String> ids = new java.util.LinkedHashSet<>();
        rubric.criteria().forEach(cr -> ids.add(cr.id()));
        rubric.allItems().forEach(i -> ids.add(i.id()));
        for (int i = 0; i < q.tieBreak().size(); i++) {
            String id = q.tieBreak().get(i);
            if (ids.contains(id)) continue;
            String near = Names.closest(id, ids);
            diagnostics.add(near == null ? Diagnostic.error("E-QUOTA-TIEBREAK", q.tieBreakPos().get(i), id, near)
                    : Diagnostic.error("E-QUOTA-TIEBREAK-SUGGEST", q.tieBreakPos().get(i), id, near).withFix(didYouMean(q.tieBreakPos().get(i), near)));
        }
    }

    /** The quota moved from the last class to the top one, when the top one has none. */
    private Fix moveQuota(RatingClass from) {
        RatingClass top = rubric.rating().get(0);
        if (top == from || top.quota() != null) return null;
        var lines = fixes.keyLines(from.pos(), "quota");
        var s = fixes.source(top.pos());
        var topMapping = s == null ? null : s.mapping(top.pos());
        var topLines = topMapping == null ? null : s.itemLines(topMapping);
        if (lines == null || topLines == null || !java.util.Objects.equals(from.pos().file(), top.pos().file())) return null;
        return Fixes.of("move-quota", Arrays.asList(s.delete(lines), s.insertAfter(topLines, lines.text())), top.name());
    }

    private void unused() {
        if (someExpressionFailed) return;
        for (EvidenceField f : rubric.evidence().values()) {
            if (!usedFields.contains(f.name())) diagnostics.add(Diagnostic.warning("W-UNUSED-FIELD", f.pos(), f.name())
                    .withFix(Fixes.of("remove-field", Collections.singletonList(fixes.removeEntry(f.pos())), f.name())));
        }
        for (Parameter p : rubric.parameters().values()) {
            if (!usedParameters.contains(p.name())) diagnostics.add(Diagnostic.warning("W-UNUSED-PARAMETER", p.pos(), p.name()));
        }
    }

    /** The value of a number-or-parameter; NaN (and a diagnostic) when the parameter is unknown. */
    private double points(Points p) {
        if (p.parameter() == null) return p.value();
        Parameter param = rubric.parameters().get(p.parameter());
        if (param == null) {
            String s = Names.closest(p.parameter(), rubric.parameters().keySet());
            diagnostics.add(s == null ? Diagnostic.error("E-UNKNOWN-PARAMETER", p.pos(), p.parameter())
                    : Diagnostic.error("E-UNKNOWN-NAME-SUGGEST", p.pos(), p.parameter(), s).withFix(didYouMean(p.pos(), s)));
            return Double.NaN;
        }
        usedParameters.add(param.name());
        return param.value();
    }

    private void use(Resolver.Typed t) {
        if (t == null) {
            someExpressionFailed = true;
            return;
        }
        usedFields.addAll(Resolver.fieldsRead(t.expr()));
        Expr.walk(t.expr(), x -> {
            if (x instanceof Expr.Param p) usedParameters.add(p.name());
        });
    }

    static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

}
