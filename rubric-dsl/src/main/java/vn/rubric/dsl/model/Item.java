package vn.rubric.dsl.model;

import vn.rubric.dsl.source.SourcePos;

/**
 * A scored line of the sheet. {@code cite} is the item's own citation or, when it has
 * none, the one it inherits (criterion, then regulation): the loader resolves it.
 */
/* max is NaN and scoring null only in a rubric that failed to load (and will not be compiled). */
public record Item(String id, String title, double max, String cite, Scoring scoring, SourcePos pos) {}
