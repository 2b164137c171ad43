package vn.rubric.dsl.model;

import java.util.List;
import vn.rubric.dsl.source.SourcePos;

/** {@code maxPos} is where the max is written: a sum that does not add up is reported there. */
public record Criterion(String id, String title, double max, String cite, List<Item> items, SourcePos pos, SourcePos maxPos) {}
