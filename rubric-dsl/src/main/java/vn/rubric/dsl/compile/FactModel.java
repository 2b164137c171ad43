package vn.rubric.dsl.compile;

/**
 * Names of the types, fields and functions the generated DRL declares. The runtime reads
 * results through these names, and so can any system that loads an exported rule pack.
 * The compiler writes the declarations as literal DRL text; these names must match it.
 *
 * <p>One {@link #UNIT} fact per unit carries its evidence and its item results: item rules
 * write their points into it without inserting or modifying anything, which is what makes
 * scoring cheap (see BENCHMARKS.md). One {@link #TOTAL} per unit carries the sum and the
 * rating class. Result fields are camelCase and evidence fields snake_case, so no evidence
 * field can take a result's name.
 */
public final class FactModel {

    /** One per unit: its id, its name, one field per evidence field of the rubric, then its item results. */
    public static final String UNIT = "Unit";
    /** One per unit whose items all have points: base, bonus, deductions, total, class and bars. */
    public static final String TOTAL = "Total";
    /** A class a unit's points reached but a bar refused, and why; held in {@link #TOTAL_BARRED_FROM}. */
    public static final String BAR = "Bar";

    // fields of Unit
    // snake_case, as in pack.json's evidence schema and POST /score's bodies: one name everywhere
    public static final String UNIT_ID = "unit_id";
    public static final String UNIT_NAME = "unit_name";
    /** Item id to points (Double); null before any item is scored. */
    public static final String ITEM_POINTS = "itemPoints";
    /** Item id to the tier or rule that gave the points (String). */
    public static final String ITEM_REASONS = "itemReasons";
    /** Criterion id to its subtotal (Double), for each criterion whose items all have points; null when none. */
    public static final String CRITERION_POINTS = "criterionPoints";
    /** The unit's {@link #TOTAL}; null while some item has no points. */
    public static final String UNIT_TOTAL = "total";

    // fields of Total
    public static final String TOTAL_UNIT = "unit";
    public static final String TOTAL_BASE = "basePoints";
    public static final String TOTAL_BONUS = "bonusPoints";
    public static final String TOTAL_DEDUCTIONS = "deductionPoints";
    /** Base + bonus − deductions. */
    public static final String TOTAL_POINTS = "points";
    public static final String TOTAL_RATING_CLASS = "ratingClass";
    /** The {@link #BAR}s recorded for the unit, in the order they fired; null when none. */
    public static final String TOTAL_BARRED_FROM = "barredFrom";

    // fields of Bar
    public static final String BAR_CLASS = "ratingClass";
    public static final String BAR_REASON = "reason";

    /**
     * Inserted by the rules for a unit that lacks a field with no default (or its unit id):
     * the unit gets no {@link #TOTAL}, so a missing fact never silently costs points.
     */
    public static final String MISSING = "MissingEvidence";
    // fields of MissingEvidence: the Unit, its unit id (null when that is what is missing), the field's name
    public static final String MISSING_UNIT = "unit";
    public static final String MISSING_UNIT_ID = "unit_id";
    public static final String MISSING_FIELD = "field";

    /** The DRL function every item rule, generated or hand-written, gives points with. */
    public static final String SCORE_FUNCTION = "rubricScore";

    /** The section of an item in a score sheet, when it is not a criterion's id. */
    public static final String SECTION_BONUS = "bonus";
    public static final String SECTION_DEDUCTION = "deduction";

    private FactModel() {}

    /** The getter the DRL's declared types have for a field: {@code unit_id} → {@code getUnit_id}. */
    public static String getter(String field) {
        return "get" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    /** The setter of a field: {@code unit_id} → {@code setUnit_id}. */
    public static String setter(String field) {
        return "set" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    /** The DRL package of a rubric: {@code rubric.} and its id with every non-alphanumeric as '_'. */
    public static String packageName(String rubricId) {
        String safe = rubricId.toLowerCase().replaceAll("[^a-z0-9]", "_");
        return "rubric." + (Character.isDigit(safe.charAt(0)) ? "r" + safe : safe);
    }
}
