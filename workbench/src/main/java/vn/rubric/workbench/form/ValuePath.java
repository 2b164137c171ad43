package vn.rubric.workbench.form;

import java.util.List;
import java.util.Locale;

/**
 * A value of a rubric as a drafter names it, not as YAML nests it: a parameter's value, a
 * criterion's or an item's title, maximum or citation, a tier's points or condition, a class's
 * minimum. The form sends one with the new value; {@link ValueEdit} finds where the text holds it.
 * {@code tier} is the tier's label for a TIER, else null.
 */
public record ValuePath(Kind kind, String id, String tier, String key) {

    public enum Kind {
        PARAMETER("parameter", List.of("value", "label")),
        CRITERION("criterion", List.of("title", "max", "cite")),
        ITEM("item", List.of("title", "max", "cite")),
        TIER("tier", List.of("points", "when", "text")),
        CLASS("class", List.of("min"));

        /** The word a path starts with, and the target key of an amending change. */
        public final String word;
        public final List<String> keys;

        Kind(String word, List<String> keys) {
            this.word = word;
            this.keys = keys;
        }
    }

    /** Keys whose value is a number (points), not a text. */
    static final List<String> NUMBERS = List.of("value", "max", "points", "min");

    public boolean isNumber() {
        return NUMBERS.contains(key);
    }

    /**
     * Reads {@code [kind, id, key]} or {@code ["tier", item, label, key]}; null for any other
     * shape, kind or key (a list, so ids and labels need no escaping).
     */
    public static ValuePath of(List<String> parts) {
        if (parts == null || parts.size() < 3 || parts.stream().anyMatch(p -> p == null || p.isEmpty())) return null;
        Kind kind = null;
        for (Kind k : Kind.values()) if (k.word.equals(parts.get(0).toLowerCase(Locale.ROOT))) kind = k;
        if (kind == null || parts.size() != (kind == Kind.TIER ? 4 : 3)) return null;
        String key = parts.get(parts.size() - 1);
        if (!kind.keys.contains(key)) return null;
        return new ValuePath(kind, parts.get(1), kind == Kind.TIER ? parts.get(2) : null, key);
    }

    @Override
    public String toString() {
        return kind.word + " " + id + (tier == null ? "" : " / " + tier) + " · " + key;
    }
}
