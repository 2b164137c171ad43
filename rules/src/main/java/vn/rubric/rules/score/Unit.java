package vn.rubric.rules.score;

import java.util.Map;
import vn.rubric.dsl.source.SourcePos;

/**
 * One unit to be scored: its id and name, and its evidence, complete and typed (Integer
 * for counts, Double for numbers and shares, Boolean, String keys of enumerations).
 * {@code origin} is where it was read (a CSV row, a test case).
 */
public record Unit(String id, String name, Map<String, Object> evidence, SourcePos origin) {}
