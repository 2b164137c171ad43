package vn.rubric.dsl.model;

import vn.rubric.dsl.source.SourcePos;

/** The regulation's identity, shown verbatim on every report. */
public record Regulation(
        String id,
        String title,
        String authority,
        String decision,
        String decisionDate,
        String effectiveFrom,
        String effectiveUntil,
        String version,
        String cite,
        double total,
        SourcePos pos,
        SourcePos totalPos) {}
