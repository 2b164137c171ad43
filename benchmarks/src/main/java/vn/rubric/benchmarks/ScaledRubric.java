package vn.rubric.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.rubric.dsl.pack.RulePack;

/**
 * A rubric {@code copies} times the size of a given one, to measure how scoring grows with
 * the number of rules: its criteria (items, tiers) and the evidence they read are repeated,
 * copy k's criterion and item ids ending in {@code -ck} and its evidence fields in
 * {@code _ck}, so every copy is rules of its own on evidence of its own. The regulation's
 * total, numeric parameters and numeric class minimums are multiplied by {@code copies}, so
 * the classes fall at the same share of the points; bars keep reading copy 1's evidence.
 *
 * <p>It rewrites the YAML text, section by section (a section runs from its top-level key to
 * the next line that starts in column 0), so it expects the layout of the sample packs:
 * evidence fields as two-space-indented keys, quoted ids, and evidence names written only
 * in {@code when}, {@code assessed}, {@code formula} and {@code reads}.
 */
public final class ScaledRubric {

    private static final Pattern FIELD_KEY = Pattern.compile("^  ([a-z][a-z0-9_]*):(.*)$");
    private static final Pattern QUOTED_ID = Pattern.compile("(\\bid: )\"([^\"]+)\"");
    private static final Pattern READS_EVIDENCE = Pattern.compile("\\b(when|assessed|formula|reads):");
    private static final Pattern NUMBER_AFTER = Pattern.compile("(\\b(?:total|value|min): )(\\d+(?:\\.\\d+)?)");

    private ScaledRubric() {}

    /** Writes {@code folder/rubric.yaml}, the rubric of {@code pack} repeated {@code copies} times; returns {@code folder}. */
    public static Path write(Path pack, int copies, Path folder) {
        try {
            List<String> lines = Files.readAllLines(pack.resolve(RulePack.RUBRIC_FILE), StandardCharsets.UTF_8);
            Files.createDirectories(folder);
            Files.write(folder.resolve(RulePack.RUBRIC_FILE), scale(lines, copies), StandardCharsets.UTF_8);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> scale(List<String> lines, int copies) {
        if (copies < 1) throw new IllegalArgumentException("copies must be at least 1: " + copies);
        List<String> fields = new ArrayList<>();
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            int end = sectionEnd(lines, i);
            List<String> body = lines.subList(i + 1, end);
            out.add(line);
            if (line.startsWith("evidence:")) {
                body.forEach(out::add);
                for (String b : body) {
                    Matcher m = FIELD_KEY.matcher(b);
                    if (m.matches()) fields.add(m.group(1));
                }
                for (int k = 2; k <= copies; k++) {
                    for (String b : body) {
                        Matcher m = FIELD_KEY.matcher(b);
                        out.add(m.matches() ? "  " + m.group(1) + "_c" + k + ":" + m.group(2) : b);
                    }
                }
            } else if (line.startsWith("criteria:")) {
                body.forEach(out::add);
                for (int k = 2; k <= copies; k++) {
                    for (String b : body) out.add(copy(b, k, fields));
                }
            } else if (line.startsWith("regulation:") || line.startsWith("parameters:") || line.startsWith("rating:")) {
                for (String b : body) out.add(times(b, copies));
            } else {
                body.forEach(out::add);
            }
            i = end;
        }
        return out;
    }

    /** The line after {@code start}'s section: the next line that starts in column 0. */
    private static int sectionEnd(List<String> lines, int start) {
        int j = start + 1;
        while (j < lines.size() && (lines.get(j).isEmpty() || Character.isWhitespace(lines.get(j).charAt(0)))) j++;
        return j;
    }

    /** A criteria line of copy {@code k}: ids suffixed, and evidence names where the line reads evidence. */
    private static String copy(String line, int k, List<String> fields) {
        String out = QUOTED_ID.matcher(line).replaceAll("$1\"$2-c" + k + "\"");
        if (READS_EVIDENCE.matcher(out).find()) {
            for (String f : fields) out = out.replaceAll("\\b" + f + "\\b", f + "_c" + k);
        }
        return out;
    }

    private static String times(String line, int copies) {
        Matcher m = NUMBER_AFTER.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            double scaled = Double.parseDouble(m.group(2)) * copies;
            String number = scaled == Math.rint(scaled) ? String.valueOf((long) scaled) : String.valueOf(scaled);
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + number));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
