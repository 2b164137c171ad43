package vn.rubric.workbench.form;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.rubric.dsl.expr.Expr;
import vn.rubric.dsl.expr.ExpressionText;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.FieldType;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Parameter;
import vn.rubric.dsl.model.Points;
import vn.rubric.dsl.model.RatingClass;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.model.Scoring;
import vn.rubric.dsl.model.Tier;
import vn.rubric.workbench.reports.TextLayout;

/**
 * The rubric as its form face shows it: criteria and their items with maximum points and the
 * running sums (a criterion whose items add up to more or less than its maximum is marked, as
 * "104/100"), each pick-one item's tiers with their conditions (a simple one as the evidence
 * field and the value it is compared with, for drop-downs; others as typed text), the rating
 * classes and the parameters (with a range for a slider). Numbers come also as the user's
 * language writes them. The form only shows and sends {@link ValuePath}s: every edit is a
 * {@link ValueEdit} of the text.
 */
public record RubricForm(String title, boolean amending, double total, String sums, boolean sumsAdd,
                         List<CriterionRow> criteria, List<ClassRow> classes, List<ParameterRow> parameters, List<FieldRow> fields) {

    public record CriterionRow(String id, String title, String cite, double max, String maxText, String sums, boolean sumsAdd, List<ItemRow> items) {}

    /** {@code scoring}: pick-one, assessed, formula or rule; {@code tiers} only for pick-one. */
    public record ItemRow(String id, String title, String cite, double max, String maxText, String scoring, List<TierRow> tiers) {}

    /**
     * {@code when}: the condition as text (null for the fallback tier); {@code field} and
     * {@code choice}: the simple condition "field is choice", or null when it is not one.
     * {@code pointsParameter}: the parameter the points are, or null for a number.
     */
    public record TierRow(String label, String text, String when, String field, String choice, double points, String pointsText, String pointsParameter) {}

    public record ClassRow(String name, Double min, String minText, String minParameter) {}

    /** A slider's range: from 0 to {@code to}, in steps of {@code step}. */
    public record ParameterRow(String name, String label, double value, String valueText, double to, double step) {}

    /** An evidence field, with the values a simple condition can choose (an enumeration's, or true/false). */
    public record FieldRow(String name, String label, String type, List<Choice> choices) {}

    public record Choice(String value, String label) {}

    public static RubricForm of(Rubric r, Locale locale) {
        DecimalFormat n = numbers(locale);
        List<CriterionRow> criteria = new ArrayList<>();
        double sum = 0;
        for (Criterion c : r.criteria()) {
            double items = 0;
            List<ItemRow> rows = new ArrayList<>();
            for (Item i : c.items()) {
                items += i.max();
                rows.add(item(i, n, r));
            }
            sum += c.max();
            criteria.add(new CriterionRow(c.id(), c.title(), c.cite(), c.max(), n.format(c.max()), n.format(items) + "/" + n.format(c.max()), same(items, c.max()), rows));
        }
        List<ClassRow> classes = new ArrayList<>();
        for (RatingClass k : r.rating()) {
            Points min = k.min();
            Double value = min == null ? null : resolved(min, r);
            classes.add(new ClassRow(k.name(), value, value == null ? null : n.format(value), min == null ? null : min.parameter()));
        }
        double total = r.regulation().total();
        List<ParameterRow> parameters = new ArrayList<>();
        for (Parameter p : r.parameters().values()) {
            double to = Math.max(Math.max(100, total), Math.ceil(Math.abs(p.value()) * 2));
            parameters.add(new ParameterRow(p.name(), p.label(), p.value(), n.format(p.value()), to, p.value() == Math.rint(p.value()) ? 1 : 0.25));
        }
        List<FieldRow> fields = new ArrayList<>();
        for (EvidenceField f : r.evidence().values()) fields.add(field(f));
        return new RubricForm(r.regulation().title(), r.isAmending(), total, n.format(sum) + "/" + n.format(total), same(sum, total),
                List.copyOf(criteria), List.copyOf(classes), List.copyOf(parameters), List.copyOf(fields));
    }

    /** The text of the simple condition "field is choice" as the language writes it; null for a field the rubric lacks or a value it does not have. */
    public static String condition(Rubric r, String field, String choice) {
        EvidenceField f = r.evidence().get(field);
        if (f == null || choice == null) return null;
        if (f.type() == FieldType.BOOLEAN) return switch (choice) {
            case "true" -> field;
            case "false" -> "not " + field;
            default -> null;
        };
        if (f.type() == FieldType.ENUM && f.values().containsKey(choice)) return field + " == " + choice;
        return null;
    }

    private static ItemRow item(Item i, DecimalFormat n, Rubric r) {
        List<TierRow> tiers = new ArrayList<>();
        String scoring;
        if (i.scoring() instanceof Scoring.PickOne p) {
            for (Tier t : p.tiers()) tiers.add(tier(t, n, r));
            scoring = "pick-one";
        } else if (i.scoring() instanceof Scoring.Assessed) {
            scoring = "assessed";
        } else if (i.scoring() instanceof Scoring.Formula) {
            scoring = "formula";
        } else if (i.scoring() instanceof Scoring.Drl) {
            scoring = "rule";
        } else {
            scoring = "none";
        }
        return new ItemRow(i.id(), i.title(), i.cite(), i.max(), n.format(i.max()), scoring, List.copyOf(tiers));
    }

    private static TierRow tier(Tier t, DecimalFormat n, Rubric r) {
        String[] simple = t.when() == null ? null : simple(t.when(), r.evidence());
        double points = t.points() == null ? Double.NaN : resolved(t.points(), r);
        return new TierRow(t.label(), t.text(), t.when() == null ? null : ExpressionText.of(t.when()), simple == null ? null : simple[0],
                simple == null ? null : simple[1], points, n.format(points), t.points() == null ? null : t.points().parameter());
    }

    /**
     * A condition that names one field and one of its values (hot_spot == none, dialogue_held,
     * not dialogue_held), as {field, value}; null for any other. The names are read against the
     * rubric's evidence here, since a rubric with errors is shown unresolved.
     */
    static String[] simple(Expr e, Map<String, EvidenceField> evidence) {
        String bool = booleanField(e, evidence);
        if (bool != null) return new String[] {bool, "true"};
        if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NOT && booleanField(u.operand(), evidence) != null) {
            return new String[] {booleanField(u.operand(), evidence), "false"};
        }
        if (e instanceof Expr.Binary b && b.op() == Expr.BinaryOp.EQ) {
            EvidenceField f = evidence.get(name(b.left()));
            String v = b.right() instanceof Expr.EnumValue ev ? ev.value() : b.right() instanceof Expr.Name n ? n.name() : null;
            if (f != null && f.type() == FieldType.ENUM && v != null && f.values().containsKey(v)) return new String[] {f.name(), v};
        }
        return null;
    }

    private static String booleanField(Expr e, Map<String, EvidenceField> evidence) {
        EvidenceField f = evidence.get(name(e));
        return f != null && f.type() == FieldType.BOOLEAN ? f.name() : null;
    }

    private static String name(Expr e) {
        return e instanceof Expr.Field f ? f.name() : e instanceof Expr.Name n ? n.name() : null;
    }

    private static FieldRow field(EvidenceField f) {
        List<Choice> choices = new ArrayList<>();
        if (f.type() == FieldType.ENUM) for (Map.Entry<String, String> v : f.values().entrySet()) choices.add(new Choice(v.getKey(), v.getValue()));
        if (f.type() == FieldType.BOOLEAN) {
            choices.add(new Choice("true", "true"));
            choices.add(new Choice("false", "false"));
        }
        return new FieldRow(f.name(), f.label(), f.type().word, List.copyOf(choices));
    }

    /** Points as the user's language writes them; "–" for a value the rubric does not give (NaN where it did not read). */
    private static DecimalFormat numbers(Locale locale) {
        DecimalFormat n = TextLayout.points(locale);
        java.text.DecimalFormatSymbols symbols = n.getDecimalFormatSymbols();
        symbols.setNaN("–");
        n.setDecimalFormatSymbols(symbols);
        return n;
    }

    /**
     * Points written as a parameter's name are that parameter's value: the rubric as read
     * leaves them unresolved (NaN) where it has errors, so the form reads the parameter itself.
     */
    private static double resolved(Points p, Rubric r) {
        if (p.parameter() == null) return p.value();
        Parameter named = r.parameters().get(p.parameter());
        return named != null ? named.value() : p.value();
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) < 1e-9;
    }
}
