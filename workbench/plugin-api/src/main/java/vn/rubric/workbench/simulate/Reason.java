package vn.rubric.workbench.simulate;

/**
 * One reason a unit changed class, with the article of the regulation change behind it
 * ({@code cite}, null where the draft gives none).
 *
 * <ul>
 *   <li>{@code ITEM_POINTS}: an item gives other points ({@code id} the item, {@code text} its
 *       title, {@code before} and {@code after} the points);</li>
 *   <li>{@code ITEM_REMOVED}, {@code ITEM_ADDED}: the draft removes or adds the item (the points
 *       it gave, or gives): the unit did no worse or better, the sheet changed;</li>
 *   <li>{@code UNDER_NEW_MIN}, {@code OVER_NEW_MIN}: the class's minimum moved ({@code id} the
 *       class, {@code before} and {@code after} the minimums) and the unit's total is now under
 *       the raised one, or reaches the lowered one;</li>
 *   <li>{@code BARRED}, {@code BAR_LIFTED}: the draft bars the unit from a class the regulation
 *       did not (a new bar, or a quota: {@code text} is why, with the unit's place), or no longer
 *       bars it ({@code text} is why the regulation did).</li>
 * </ul>
 */
public record Reason(Kind kind, String id, String text, Double before, Double after, String cite) {

    public enum Kind { ITEM_POINTS, ITEM_REMOVED, ITEM_ADDED, UNDER_NEW_MIN, OVER_NEW_MIN, BARRED, BAR_LIFTED }
}
