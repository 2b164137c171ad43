package vn.rubric.dsl.model;

import java.util.Map;
import vn.rubric.dsl.expr.ValueType;
import vn.rubric.dsl.source.SourcePos;

/**
 * One field of the evidence a unit reports. {@code values} holds an enumeration's values
 * with their labels, in order; {@code defaultValue} is used where data lacks the field
 * (null: the field is required).
 */
public record EvidenceField(
        String name,
        String label,
        FieldType type,
        Map<String, String> values,
        Object defaultValue,
        SourcePos pos) {

    public ValueType valueType() {
        return switch (type) {
            case BOOLEAN -> ValueType.BOOLEAN;
            case ENUM -> ValueType.enumOf(name);
            default -> ValueType.NUMBER;
        };
    }
}
