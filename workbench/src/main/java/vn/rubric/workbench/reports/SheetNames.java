package vn.rubric.workbench.reports;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Worksheet names for one workbook, as Excel and LibreOffice accept them: at most 31
 * characters, none of {@code [ ] : * ? / \}, not starting or ending with an apostrophe,
 * not "History" (Excel keeps it), and unique ignoring case. A unit id is kept as it is
 * whenever it can be; a clash gets {@code ~2}, {@code ~3}... at the end.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    /** A name for a new sheet, as close to {@code wanted} as the rules allow; remembered so no later sheet gets it. */
    String take(String wanted) {
        String base = clean(wanted);
        String name = base;
        for (int i = 2; !taken.add(key(name)); i++) {
            String suffix = "~" + i;
            name = stripQuotes(cut(base, MAX_LENGTH - suffix.length())) + suffix;
        }
        return name;
    }

    /** A cell reference to A1 of a sheet, for an internal link: the name quoted, inner quotes doubled. */
    static String reference(String sheet) {
        return "'" + sheet.replace("'", "''") + "'!A1";
    }

    private static String clean(String wanted) {
        StringBuilder sb = new StringBuilder();
        String s = wanted == null ? "" : TextLayout.oneLine(wanted);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append("[]:*?/\\".indexOf(c) >= 0 || c < 0x20 ? '_' : c);
        }
        String name = stripQuotes(cut(sb.toString(), MAX_LENGTH));
        if (name.isBlank()) name = "_";
        if (name.equalsIgnoreCase("history")) name = name + "_";
        return name;
    }

    /** At most {@code max} characters, never splitting a surrogate pair. */
    private static String cut(String s, int max) {
        if (s.length() <= max) return s;
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    private static String stripQuotes(String s) {
        int from = 0, to = s.length();
        while (from < to && s.charAt(from) == '\'') from++;
        while (to > from && s.charAt(to - 1) == '\'') to--;
        return s.substring(from, to);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
