package vn.rubric.dsl.model;

/** The kinds of evidence a unit reports. */
public enum FieldType {
    /** A whole number of things (dialogues held, complaints received). */
    COUNT("count"),
    /** Any number. */
    NUMBER("number"),
    /** A fraction from 0 to 1, e.g. the appraisal's share of an item's points. */
    SHARE("share"),
    /** Yes or no. */
    BOOLEAN("boolean"),
    /** One of a declared list of values, each with a label. */
    ENUM("enum");

    public final String word;

    FieldType(String word) {
        this.word = word;
    }

    public static FieldType named(String word) {
        for (FieldType t : values()) if (t.word.equals(word)) return t;
        return null;
    }

    public boolean isNumeric() {
        return this == COUNT || this == NUMBER || this == SHARE;
    }
}
