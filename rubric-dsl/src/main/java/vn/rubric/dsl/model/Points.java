package vn.rubric.dsl.model;

import vn.rubric.dsl.source.SourcePos;

/** A number of points, written either as a number or as a parameter's name (then resolved). */
public record Points(double value, String parameter, SourcePos pos) {}
