package vn.rubric.dsl.score;

import java.math.BigDecimal;

/** Points as a person writes them: 7, 2.25, 89.75 — no trailing zeros, no float noise. */
public final class Points {

    private Points() {}

    public static String format(double points) {
        BigDecimal d = BigDecimal.valueOf(points).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
