package vn.rubric.dsl.expr;

import java.util.Map;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.Parameter;

/** The names an expression may use: the evidence fields and the parameters. */
public record Scope(Map<String, EvidenceField> fields, Map<String, Parameter> parameters) {}
