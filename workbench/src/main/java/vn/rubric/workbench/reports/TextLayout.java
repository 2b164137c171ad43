package vn.rubric.workbench.reports;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the terminal reports share: word wrapping, numbers in the user's locale, bars. */
public final class TextLayout {

    private TextLayout() {}

    /** Splits text into lines of at most {@code width} characters at spaces (a longer word gets a line of its own). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Points as the sheet prints them: up to two decimals, the locale's decimal mark (90,25 in Vietnamese). */
    public static DecimalFormat points(Locale locale) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale));
    }

    /** A share as a percentage with one decimal, e.g. 48,0%. */
    static String percent(double share, Locale locale) {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale)).format(share * 100) + "%";
    }

    /** A bar of block characters, {@code width} long for the largest value. */
    static String bar(int value, int largest, int width) {
        if (largest <= 0 || value <= 0) return "";
        return "█".repeat(Math.max(1, (int) Math.round((double) value / largest * width)));
    }

    /** Titles on one line: a title written over several lines in the rubric is joined with spaces. */
    static String oneLine(String title) {
        return title == null ? "" : title.replaceAll("\\s+", " ").strip();
    }
}
