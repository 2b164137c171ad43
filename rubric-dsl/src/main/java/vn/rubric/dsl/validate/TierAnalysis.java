package vn.rubric.dsl.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.rubric.dsl.expr.Evaluator;
import vn.rubric.dsl.expr.Expr;
import vn.rubric.dsl.expr.Resolver;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.FieldType;

/**
 * Searches the evidence a pick-one item reads for a unit that two tiers would both fit
 * (an overlap), that no tier fits (a gap), and for tiers that no unit gets (dead: no unit
 * fits the condition, or every unit it fits is taken by an earlier tier). Booleans and enumerations are tried
 * value by value; a number compared only with constants is tried at each constant, between
 * each pair and beyond both ends, which visits every region the conditions can tell apart.
 * When some condition does arithmetic on a field, the search is not a proof.
 */
final class TierAnalysis {

    private static final int MAX_COMBINATIONS = 100_000;

    record Overlap(int first, int second, String witness) {}

    /**
     * What the search saw of one tier: whether some candidate fits its condition, whether some
     * candidate gets it (no earlier tier fits), and, of the candidates it fits, the earlier
     * tiers that take them (indices, in order).
     */
    record Reach(boolean holds, boolean wins, java.util.SortedSet<Integer> takenBy) {}

    /**
     * {@code exhaustive}: the candidates cover every case, so what the search did not find
     * does not exist (no gap, a tier that no unit reaches); {@code tooLarge}: it was not run at
     * all. {@code reach}, one per condition, is empty when the search was not run.
     */
    record Result(List<Overlap> overlaps, String gapWitness, boolean exhaustive, boolean tooLarge, List<Reach> reach) {

        /** Whether the search shows that no unit can get tier {@code k}. */
        boolean dead(int k) {
            return exhaustive && !tooLarge && !reach.isEmpty() && !reach.get(k).wins();
        }
    }

    private TierAnalysis() {}

    /** {@code conditions}: the resolved conditions of the non-fallback tiers, in order. */
    static Result analyse(List<Expr> conditions, Map<String, EvidenceField> schema) {
        // a plugin's function runs only in Drools: no unit can be tried here, so nothing is proved
        if (conditions.stream().anyMatch(c -> !Resolver.pluginFunctionsCalled(c).isEmpty())) return new Result(List.of(), null, false, false, List.of());
        List<String> fields = new ArrayList<>();
        conditions.forEach(c -> Resolver.fieldsRead(c).forEach(f -> { if (!fields.contains(f)) fields.add(f); }));
        boolean[] exhaustive = {true};
        Map<String, List<Object>> domains = new LinkedHashMap<>();
        long combinations = 1;
        for (String name : fields) {
            List<Object> domain = domain(schema.get(name), conditions, exhaustive);
            domains.put(name, domain);
            combinations *= Math.max(1, domain.size());
            if (combinations > MAX_COMBINATIONS) return new Result(List.of(), null, false, true, List.of());
        }
        List<Overlap> overlaps = new ArrayList<>();
        boolean[] holds = new boolean[conditions.size()], wins = new boolean[conditions.size()];
        List<java.util.SortedSet<Integer>> takenBy = new ArrayList<>();
        conditions.forEach(c -> takenBy.add(new TreeSet<>()));
        String[] gap = {null};
        enumerate(new ArrayList<>(domains.entrySet()), 0, new LinkedHashMap<>(), unit -> {
            List<Integer> holding = new ArrayList<>();
            for (int i = 0; i < conditions.size(); i++) {
                if (Boolean.TRUE.equals(Evaluator.eval(conditions.get(i), unit))) holding.add(i);
            }
            if (holding.isEmpty() && gap[0] == null) gap[0] = witness(unit);
            if (!holding.isEmpty()) wins[holding.get(0)] = true;
            for (int k : holding) {
                holds[k] = true;
                if (k != holding.get(0)) takenBy.get(k).add(holding.get(0));
            }
            for (int a = 0; a < holding.size(); a++) {
                for (int b = a + 1; b < holding.size(); b++) {
                    int x = holding.get(a), y = holding.get(b);
                    if (overlaps.stream().noneMatch(o -> o.first() == x && o.second() == y)) {
                        overlaps.add(new Overlap(x, y, witness(unit)));
                    }
                }
            }
        });
        List<Reach> reach = new ArrayList<>();
        for (int k = 0; k < conditions.size(); k++) reach.add(new Reach(holds[k], wins[k], java.util.Collections.unmodifiableSortedSet(takenBy.get(k))));
        return new Result(overlaps, gap[0], exhaustive[0], false, List.copyOf(reach));
    }

    private interface Visitor {
        void visit(Map<String, Object> unit);
    }

    private static void enumerate(List<Map.Entry<String, List<Object>>> fields, int at, Map<String, Object> unit, Visitor v) {
        if (at == fields.size()) {
            v.visit(unit);
            return;
        }
        Map.Entry<String, List<Object>> f = fields.get(at);
        for (Object value : f.getValue()) {
            unit.put(f.getKey(), value);
            enumerate(fields, at + 1, unit, v);
        }
        unit.remove(f.getKey());
    }

    private static List<Object> domain(EvidenceField f, List<Expr> conditions, boolean[] exhaustive) {
        if (f.type() == FieldType.BOOLEAN) return List.of(true, false);
        if (f.type() == FieldType.ENUM) return List.copyOf(f.values().keySet());
        TreeSet<Double> constants = new TreeSet<>();
        conditions.forEach(c -> constants(c, f.name(), constants, exhaustive));
        TreeSet<Double> points = new TreeSet<>(constants);
        if (constants.isEmpty()) points.add(0.0);
        else {
            points.add(constants.first() - 1);
            points.add(constants.last() + 1);
            Double prev = null;
            for (double c : constants) {
                if (prev != null) points.add((prev + c) / 2);
                prev = c;
            }
        }
        List<Object> out = new ArrayList<>();
        for (double p : points) {
            if (f.type() == FieldType.COUNT) {
                // a count between two constants: try both neighbouring whole numbers
                for (double w : new double[] {Math.floor(p), Math.ceil(p)}) if (w >= 0 && !out.contains(w)) out.add(w);
            } else if (!(f.type() == FieldType.SHARE && (p < 0 || p > 1)) && !out.contains(p)) {
                out.add(p);
            }
        }
        if (f.type() == FieldType.SHARE) {
            for (double edge : new double[] {0.0, 1.0}) if (!out.contains(edge)) out.add(edge);
        }
        return out;
    }

    /** Collects constants compared with {@code field}; any other use of the field ends the proof. */
    private static void constants(Expr e, String field, TreeSet<Double> out, boolean[] exhaustive) {
        if (e instanceof Expr.Binary b && b.op().isComparison()) {
            Double l = constant(b.left()), r = constant(b.right());
            if (isField(b.left(), field) && r != null) { out.add(r); return; }
            if (isField(b.right(), field) && l != null) { out.add(l); return; }
        }
        if (e instanceof Expr.Field f && f.name().equals(field)) {
            exhaustive[0] = false;
            return;
        }
        if (e instanceof Expr.In in && isField(in.subject(), field)) {
            in.options().forEach(o -> { Double c = constant(o); if (c != null) out.add(c); else exhaustive[0] = false; });
            return;
        }
        for (Expr part : e.children()) constants(part, field, out, exhaustive);
    }

    private static boolean isField(Expr e, String field) {
        return e instanceof Expr.Field f && f.name().equals(field);
    }

    private static Double constant(Expr e) {
        if (e instanceof Expr.Num n) return n.value();
        if (e instanceof Expr.Param p) return p.value();
        if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEGATE && constant(u.operand()) != null) return -constant(u.operand());
        return null;
    }

    private static String witness(Map<String, Object> unit) {
        return unit.entrySet().stream().map(e -> e.getKey() + " = " + show(e.getValue())).collect(Collectors.joining(", "));
    }

    private static String show(Object v) {
        if (v instanceof Double d && d == Math.rint(d)) return String.valueOf(d.longValue());
        return String.valueOf(v);
    }
}
