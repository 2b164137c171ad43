package vn.rubric.dsl.expr;

/** The type of an expression: a number, a yes/no, a text, or a value of one enumeration field. */
public record ValueType(Kind kind, String enumField) {

    public enum Kind { NUMBER, BOOLEAN, TEXT, ENUM }

    public static final ValueType NUMBER = new ValueType(Kind.NUMBER, null);
    public static final ValueType BOOLEAN = new ValueType(Kind.BOOLEAN, null);
    public static final ValueType TEXT = new ValueType(Kind.TEXT, null);

    public static ValueType enumOf(String field) {
        return new ValueType(Kind.ENUM, field);
    }

    @Override
    public String toString() {
        return kind == Kind.ENUM ? "enum(" + enumField + ")" : kind.name().toLowerCase();
    }
}
