package vn.rubric.dsl.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.compile.FactModel;
import vn.rubric.dsl.diag.Diagnostics;
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

    private Validator(Rubric rubric, Map<String, ExpressionFunction> functions) {
        this.rubric = rubric;
        this.scope = new Scope(rubric.evidence(), rubric.parameters(), functions);
    }

    public static Diagnostics validate(Rubric rubric) {
        return validate(rubric, Map.of());
    }

    /** Validates with the functions plugins add to the language, by name. */
    public static Diagnostics validate(Rubric rubric, Map<String, ExpressionFunction> functions) {
        Validator v = new Validator(rubric, functions);
        v.run();
        return v.diagnostics;
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
                    num(rubric.regulation().total()), num(sum), rubric.criteria().size()));
        }
        rubric.sections().forEach(s -> section(s, itemIds));
        rating();
        unused();
    }

    private void regulation() {
        var r = rubric.regulation();
        if (r.id() != null && !r.id().matches("[a-z0-9][a-z0-9.-]*")) {
            diagnostics.add(Diagnostic.error("E-REGULATION-ID", r.pos(), r.id()));
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
                diagnostics.add(Diagnostic.error("E-FIELD-VALUES-TYPE", f.pos(), f.name(), f.type().word));
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
            diagnostics.add(Diagnostic.error("E-SUM-CRITERION", c.maxPos(), c.id(), num(c.max()), num(sum), c.items().size()));
        }
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
            String s = Names.closest(a.field(), rubric.evidence().keySet());
            diagnostics.add(s == null ? Diagnostic.error("E-UNKNOWN-NAME", a.fieldPos(), a.field())
                    : Diagnostic.error("E-UNKNOWN-NAME-SUGGEST", a.fieldPos(), a.field(), s));
            return;
        }
        usedFields.add(f.name());
        if (f.type() != FieldType.SHARE) diagnostics.add(Diagnostic.error("E-ASSESSED-TYPE", a.fieldPos(), f.name(), f.type().word, i.id()));
        rounding(i, a.rounding().step());
    }

    private void rounding(Item i, double step) {
        if (step < 0 || step > i.max()) diagnostics.add(Diagnostic.error("E-ROUND-STEP", i.pos(), num(step), i.id()));
    }

    private void pickOne(Item item, Scoring.PickOne p) {
        if (p.tiers().isEmpty()) {
            diagnostics.add(Diagnostic.error("E-TIER-NONE", item.pos(), item.id()));
            return;
        }
        Set<String> labels = new HashSet<>();
        List<Expr> conditions = new ArrayList<>();
        List<Tier> conditional = new ArrayList<>();
        boolean hasFallback = false;
        boolean resolved = true;
        for (int k = 0; k < p.tiers().size(); k++) {
            Tier t = p.tiers().get(k);
            if (!labels.add(t.label())) diagnostics.add(Diagnostic.error("E-DUPLICATE-LABEL", t.pos(), t.label(), item.id()));
            double points = points(t.points());
            if (!Double.isNaN(points) && (points < -EPSILON || points > item.max() + EPSILON)) {
                diagnostics.add(Diagnostic.error("E-TIER-RANGE", t.points().pos(), t.label(), num(points), item.id(), num(item.max())));
            }
            if (t.isFallback()) {
                hasFallback = true;
                if (k != p.tiers().size() - 1) diagnostics.add(Diagnostic.error("E-TIER-FALLBACK-LAST", t.pos(), item.id()));
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
        for (TierAnalysis.Overlap o : r.overlaps()) {
            Tier a = conditional.get(o.first()), b = conditional.get(o.second());
            diagnostics.add(Diagnostic.warning("W-TIER-OVERLAP", b.pos(), item.id(), a.label(), b.label(), o.witness()));
        }
        if (!hasFallback) {
            if (r.gapWitness() != null) {
                diagnostics.add(Diagnostic.error("E-TIER-GAP", item.pos(), item.id(), r.gapWitness()));
            } else if (r.tooLarge()) {
                diagnostics.add(Diagnostic.error("E-TIER-NO-FALLBACK-LARGE", item.pos(), item.id()));
            } else if (!r.exhaustive()) {
                diagnostics.add(Diagnostic.error("E-TIER-NO-FALLBACK", item.pos(), item.id()));
            }
        }
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
                if (!c.barredIf().isEmpty()) diagnostics.add(Diagnostic.error("E-RATING-FALLBACK-BARRED", c.pos(), c.name()));
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
                diagnostics.add(rubric.deductions() == null
                        ? Diagnostic.error("E-RATING-GAP", last.pos(), num(lastMin), last.name())
                        : Diagnostic.error("E-RATING-GAP-DEDUCTIONS", last.pos(), num(lastMin), last.name(), num(lowest)));
            }
            else if (!last.barredIf().isEmpty()) diagnostics.add(Diagnostic.error("E-RATING-FALLBACK-BARRED", last.pos(), last.name()));
        }
    }

    private void quota(RatingClass c, boolean last) {
        RatingClass.Quota q = c.quota();
        // the units over a quota fall to the class below: the last class has none
        if (last) diagnostics.add(Diagnostic.error("E-QUOTA-LAST", q.pos(), c.name()));
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
            diagnostics.add(Diagnostic.error(near == null ? "E-QUOTA-TIEBREAK" : "E-QUOTA-TIEBREAK-SUGGEST", q.tieBreakPos().get(i), id, near));
        }
    }

    private void unused() {
        if (someExpressionFailed) return;
        for (EvidenceField f : rubric.evidence().values()) {
            if (!usedFields.contains(f.name())) diagnostics.add(Diagnostic.warning("W-UNUSED-FIELD", f.pos(), f.name()));
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
                    : Diagnostic.error("E-UNKNOWN-NAME-SUGGEST", p.pos(), p.parameter(), s));
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
