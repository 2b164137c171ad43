package vn.rubric.dsl.compile;

/**
 * Names of the types the generated DRL declares. The runtime reads results through these
 * names, and so can any system that loads an exported rule pack.
 */
public final class FactModel {

    /** One per unit: its id, its name and one field per evidence field of the rubric. */
    public static final String EVIDENCE = "Evidence";
    /** One per unit and item: points, max, the tier or rule that gave them, what was read, the citation. */
    public static final String ITEM_SCORE = "ItemScore";
    /** One per unit and criterion, and one each for the bonus and deduction sections. */
    public static final String SUBTOTAL = "Subtotal";
    /** One per unit: base points, bonus, deductions and the total. */
    public static final String TOTAL = "Total";
    /** One per unit: the rating class. */
    public static final String RATING = "Rating";
    /** A class a unit reached by points but was kept out of, and why. */
    public static final String BARRED = "Barred";

    /** The {@code section} of a Subtotal / ItemScore: a criterion's own points, bonus or deduction. */
    public static final String SECTION_CRITERION = "criterion";
    public static final String SECTION_BONUS = "bonus";
    public static final String SECTION_DEDUCTION = "deduction";

    private FactModel() {}

    /** The DRL package of a rubric: {@code rubric.} and its id with every non-alphanumeric as '_'. */
    public static String packageName(String rubricId) {
        String safe = rubricId.toLowerCase().replaceAll("[^a-z0-9]", "_");
        return "rubric." + (Character.isDigit(safe.charAt(0)) ? "r" + safe : safe);
    }
}
