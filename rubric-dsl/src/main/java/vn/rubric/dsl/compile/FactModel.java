package vn.rubric.dsl.compile;

/**
 * Names of the types, fields and functions the generated DRL declares. The runtime reads
 * results through these names, and so can any system that loads an exported rule pack.
 *
 * <p>One fact per unit carries both its evidence and its results: the rules write item
 * points into it without inserting anything, which is what makes scoring cheap (see
 * BENCHMARKS.md). Result fields are camelCase and evidence fields snake_case, so no
 * evidence field can take a result's name.
 */
public final class FactModel {

    /** One per unit: its id, its name, one field per evidence field of the rubric, then its results. */
    public static final String UNIT = "Unit";
    /** A class a unit reached by points but was kept out of, and why; held in {@link #BARRED_FROM}. */
    public static final String BAR = "Bar";

    public static final String UNIT_ID = "unitId";
    public static final String UNIT_NAME = "unitName";
    /** Item id to points (Double), one entry per item the rules scored. */
    public static final String ITEM_POINTS = "itemPoints";
    /** Item id to the tier or rule that gave the points (String). */
    public static final String ITEM_REASONS = "itemReasons";
    /** Criterion id to its subtotal (Double), for each criterion whose items all have points. */
    public static final String CRITERION_POINTS = "criterionPoints";
    public static final String BASE_POINTS = "basePoints";
    public static final String BONUS_POINTS = "bonusPoints";
    public static final String DEDUCTION_POINTS = "deductionPoints";
    /** Base + bonus − deductions (Double); null while some item has no points. */
    public static final String TOTAL_POINTS = "totalPoints";
    public static final String RATING_CLASS = "ratingClass";
    /** The {@link #BAR}s recorded for the unit, in the order they fired. */
    public static final String BARRED_FROM = "barredFrom";
    /** Fields of a {@link #BAR}. */
    public static final String BAR_CLASS = "ratingClass";
    public static final String BAR_REASON = "reason";

    /** The DRL function every item rule, generated or hand-written, gives points with. */
    public static final String SCORE_FUNCTION = "rubricScore";

    /** The section of an item in a score sheet, when it is not a criterion's id. */
    public static final String SECTION_BONUS = "bonus";
    public static final String SECTION_DEDUCTION = "deduction";

    private FactModel() {}

    /** The DRL package of a rubric: {@code rubric.} and its id with every non-alphanumeric as '_'. */
    public static String packageName(String rubricId) {
        String safe = rubricId.toLowerCase().replaceAll("[^a-z0-9]", "_");
        return "rubric." + (Character.isDigit(safe.charAt(0)) ? "r" + safe : safe);
    }
}
