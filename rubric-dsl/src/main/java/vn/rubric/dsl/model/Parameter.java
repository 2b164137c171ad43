package vn.rubric.dsl.model;

import vn.rubric.dsl.source.SourcePos;

/** A number a draft may change (a threshold, a point value), named so rules can cite it. */
public record Parameter(String name, double value, String label, SourcePos pos) {}
