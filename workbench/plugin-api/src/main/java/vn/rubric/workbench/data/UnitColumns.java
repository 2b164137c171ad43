package vn.rubric.workbench.data;

import java.util.List;

/**
 * The columns of unit data that are not evidence: who the unit is and what was recorded for
 * it. Only {@link #ID} is required. Rubrics cannot name an evidence field like these
 * (they are reserved names), so a column means the same under every rubric.
 */
public final class UnitColumns {

    public static final String ID = "unit_id";
    public static final String NAME = "unit_name";
    public static final String KIND = "unit_kind";
    public static final String PARENT = "parent_id";
    public static final String YEAR = "year";
    public static final String SELF_SCORE = "self_score";
    public static final String APPRAISED_SCORE = "appraised_score";
    public static final String APPRAISED_CLASS = "appraised_class";

    /** In the order a data file is best written. */
    public static final List<String> ALL = List.of(ID, NAME, KIND, PARENT, YEAR, SELF_SCORE, APPRAISED_SCORE, APPRAISED_CLASS);

    private UnitColumns() {}

    public static boolean isProfile(String column) {
        return ALL.contains(column);
    }
}
