package vn.rubric.dsl.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A regulation written as a rubric: who issued it, its parameters, the evidence it reads,
 * its criteria and items, bonus and deduction sections, and its rating classes. Every
 * part keeps the position it was written at. {@code amendment} is null for a rubric written whole;
 * for an amending pack it says what was amended and how (the other fields are the effective text).
 * {@code plugins}: the plugins whose functions it calls, as it declares them ({@code plugins:}).
 */
public record Rubric(
        Path file,
        Regulation regulation,
        Map<String, Parameter> parameters,
        Map<String, EvidenceField> evidence,
        List<Criterion> criteria,
        Section bonus,
        Section deductions,
        List<RatingClass> rating,
        Amendment amendment,
        List<PluginNeed> plugins) {

    /** A rubric that declares no plugin. */
    public Rubric(Path file, Regulation regulation, Map<String, Parameter> parameters, Map<String, EvidenceField> evidence,
                  List<Criterion> criteria, Section bonus, Section deductions, List<RatingClass> rating, Amendment amendment) {
        this(file, regulation, parameters, evidence, criteria, bonus, deductions, rating, amendment, List.of());
    }

    /** A rubric written whole, amending nothing. */
    public Rubric(Path file, Regulation regulation, Map<String, Parameter> parameters, Map<String, EvidenceField> evidence,
                  List<Criterion> criteria, Section bonus, Section deductions, List<RatingClass> rating) {
        this(file, regulation, parameters, evidence, criteria, bonus, deductions, rating, null, List.of());
    }

    /** Whether this rubric is the effective text of an amending pack (base + changes). */
    public boolean isAmending() {
        return amendment != null;
    }

    /** Every scored item: the criteria's items in order, then bonus items, then deductions. */
    public List<Item> allItems() {
        List<Item> all = new ArrayList<>();
        criteria.forEach(c -> all.addAll(c.items()));
        if (bonus != null) all.addAll(bonus.items());
        if (deductions != null) all.addAll(deductions.items());
        return all;
    }

    /** The same rubric with some parameters set to other values (a sweep, a "what if"); names it does not have are ignored. */
    public Rubric withParameters(Map<String, Double> values) {
        Map<String, Parameter> changed = new java.util.LinkedHashMap<>();
        parameters.forEach((name, p) -> changed.put(name, values.containsKey(name) ? new Parameter(name, values.get(name), p.label(), p.pos()) : p));
        return new Rubric(file, regulation, java.util.Collections.unmodifiableMap(changed), evidence, criteria, bonus, deductions, rating, amendment, plugins);
    }

    public Stream<Section> sections() {
        return Stream.of(bonus, deductions).filter(java.util.Objects::nonNull);
    }

    /** Every call of a plugin's function the rubric writes (tiers, formulas, bars), in the order written. */
    public List<vn.rubric.dsl.expr.Expr.PluginCall> pluginCalls() {
        List<vn.rubric.dsl.expr.Expr> written = new ArrayList<>();
        for (Item i : allItems()) {
            if (i.scoring() instanceof Scoring.PickOne p) p.tiers().forEach(t -> { if (t.when() != null) written.add(t.when()); });
            if (i.scoring() instanceof Scoring.Formula f && f.expression() != null) written.add(f.expression());
        }
        for (RatingClass c : rating) c.barredIf().forEach(b -> { if (b.when() != null) written.add(b.when()); });
        List<vn.rubric.dsl.expr.Expr.PluginCall> calls = new ArrayList<>();
        for (vn.rubric.dsl.expr.Expr e : written) {
            vn.rubric.dsl.expr.Expr.walk(e, x -> { if (x instanceof vn.rubric.dsl.expr.Expr.PluginCall c) calls.add(c); });
        }
        return calls;
    }

    public Optional<Item> item(String id) {
        return allItems().stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
