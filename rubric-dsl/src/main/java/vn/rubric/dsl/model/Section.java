package vn.rubric.dsl.model;

import java.util.List;
import vn.rubric.dsl.source.SourcePos;

/** Bonus points (điểm thưởng) or deductions (điểm trừ), kept outside the base total and capped at {@code max}. */
public record Section(Kind kind, String title, double max, List<Item> items, SourcePos pos) {
    public enum Kind { BONUS, DEDUCTION }
}
