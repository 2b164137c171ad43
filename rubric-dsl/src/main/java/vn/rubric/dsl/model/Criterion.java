package vn.rubric.dsl.model;

import java.util.List;
import vn.rubric.dsl.source.SourcePos;

public record Criterion(String id, String title, double max, String cite, List<Item> items, SourcePos pos) {}
