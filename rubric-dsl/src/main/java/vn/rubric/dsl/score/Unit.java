package vn.rubric.dsl.score;

import java.util.Map;
import vn.rubric.dsl.source.SourcePos;

/**
 * One unit to be scored: its id and name, what is known about it besides evidence (its
 * {@link Profile}), and its evidence, complete and typed for one rubric (Integer for counts,
 * Double for numbers and shares, Boolean, String keys of enumerations). {@code origin} is
 * where it was read (a CSV row, a test case).
 */
public record Unit(String id, String name, Profile profile, Map<String, Object> evidence, SourcePos origin) {

    public Unit {
        if (profile == null) profile = Profile.NONE;
    }

    /** A unit known by its evidence alone (a test case, a generated unit). */
    public Unit(String id, String name, Map<String, Object> evidence, SourcePos origin) {
        this(id, name, Profile.NONE, evidence, origin);
    }

    /**
     * What the data says about a unit besides its evidence; every part may be null (not in
     * the data). {@code parent} is the id of the unit or body it reports to (a district, the
     * province), as written: it need not be a unit of the same file.
     */
    public record Profile(UnitKind kind, String parent, Integer year, Recorded recorded) {

        public static final Profile NONE = new Profile(null, null, null, Recorded.NONE);

        public Profile {
            if (recorded == null) recorded = Recorded.NONE;
        }
    }

    /**
     * The results recorded for the unit in the year of its data: its own score (tự chấm), the
     * score the appraisal team fixed (thẩm định) and the class it was given, spelled as a
     * rating class of the rubric. Each may be null.
     */
    public record Recorded(Double selfScore, Double appraisedScore, String appraisedClass) {

        public static final Recorded NONE = new Recorded(null, null, null);

        public boolean isEmpty() {
            return selfScore == null && appraisedScore == null && appraisedClass == null;
        }
    }
}
