package vn.rubric.dsl.util;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules for the names a drafter gives fields and parameters, and "did you mean" help. */
public final class Names {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** Words of Java, DRL and MVEL that cannot name a field in generated rules. */
    private static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "and", "or", "not", "in", "when", "then", "end",
            "rule", "query", "function", "global", "declare", "eval", "exists", "forall", "from", "collect",
            "accumulate", "contains", "matches", "memberof", "soundslike", "modify", "insert", "retract",
            "update", "delete", "total", "min", "max", "round", "var", "yield", "record",
            // the columns of unit data that are not evidence (docs/unit-data.md)
            "unit_id", "unit_name", "unit_kind", "parent_id", "year", "self_score", "appraised_score", "appraised_class");

    private Names() {}

    public static boolean isValidName(String s) {
        return NAME.matcher(s).matches() && !RESERVED.contains(s);
    }

    /**
     * {@code text} as a regulation id: Vietnamese letters without their marks (đ as d),
     * lowercase, every other run of characters a dash ("Hưng Yên 02/2020" → "hung-yen-02-2020");
     * empty when nothing is left.
     */
    public static String slug(String text) {
        String plain = java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
        return plain.replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    }

    /**
     * The candidate nearest to {@code word} by edit distance, or null when none is close. A
     * word typed without its Vietnamese accents ("da xu ly") is as near as the letters it drops.
     */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = Math.min(distance(word.toLowerCase(), c.toLowerCase()), distance(plain(word), plain(c)));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(2, word.length() / 3) ? best : null;
    }

    /** Lowercase, without accents: "Đã xử lý" → "da xu ly". */
    private static String plain(String s) {
        String decomposed = java.text.Normalizer.normalize(s.toLowerCase(), java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd');
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        int[] beforePrev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                // two neighbouring letters swapped ("titel") count as one slip, not two
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], beforePrev[j - 2] + 1);
                }
            }
            int[] t = beforePrev;
            beforePrev = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
