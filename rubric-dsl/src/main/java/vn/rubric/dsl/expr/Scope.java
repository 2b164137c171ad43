package vn.rubric.dsl.expr;

import java.util.Map;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.Parameter;

/** The names an expression may use: the evidence fields, the parameters, and the functions plugins add, by name. */
public record Scope(Map<String, EvidenceField> fields, Map<String, Parameter> parameters, Map<String, ExpressionFunction> functions) {

    /** A scope with the built-in functions only. */
    public Scope(Map<String, EvidenceField> fields, Map<String, Parameter> parameters) {
        this(fields, parameters, Map.of());
    }

    public Scope {
        functions = Map.copyOf(functions);
    }
}
