package vn.rubric.rules.score;

import java.util.Locale;

/**
 * Whether units are scored together, so that the quotas on rating classes rank them among
 * one another, or each on its own, when a quota cannot be applied yet and its class is
 * given with the quota pending (docs/rule-pack.md, quotas).
 */
public enum ScoringMode {
    POPULATION, INDIVIDUAL;

    /** The word a user writes for it: {@code population} or {@code individual}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode a user's word names, or null when it names none. */
    public static ScoringMode of(String word) {
        for (ScoringMode m : values()) if (m.word().equals(word == null ? null : word.strip().toLowerCase(Locale.ROOT))) return m;
        return null;
    }

    /** The words, for a message that lists them: {@code population|individual}. */
    public static String words() {
        return POPULATION.word() + "|" + INDIVIDUAL.word();
    }
}
