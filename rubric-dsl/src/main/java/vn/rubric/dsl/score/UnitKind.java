package vn.rubric.dsl.score;

/**
 * The kinds of unit a province rates. {@link #key} is how data spells the kind; the label a
 * user reads is {@code unit-kind.KEY} in the CLI bundles.
 */
public enum UnitKind {
    /** Cơ quan hành chính: a department of the province or a district (sở, ban, phòng). */
    AGENCY("agency"),
    /** Đơn vị sự nghiệp công lập: a public service unit (hospital, school, centre). */
    SERVICE_UNIT("service-unit"),
    /** Huyện, thị xã, thành phố thuộc tỉnh. */
    DISTRICT("district"),
    /** Xã, phường, thị trấn. */
    COMMUNE("commune");

    public final String key;

    UnitKind(String key) {
        this.key = key;
    }

    /** The kind spelled {@code key}, or null when none is. */
    public static UnitKind of(String key) {
        for (UnitKind k : values()) if (k.key.equals(key)) return k;
        return null;
    }

    /** The key of its label in the CLI bundles. */
    public String labelKey() {
        return "unit-kind." + key;
    }
}
