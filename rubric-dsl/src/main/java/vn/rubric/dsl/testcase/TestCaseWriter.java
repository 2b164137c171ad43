package vn.rubric.dsl.testcase;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.dsl.score.Unit;
import vn.rubric.dsl.source.YamlNode;
import vn.rubric.dsl.source.YamlReader;
import vn.rubric.dsl.source.YamlText;
import vn.rubric.dsl.util.Decimals;

/**
 * Writes a unit's score sheet as a test case ({@code rubric score --save-test}), in the style
 * of the samples' test files: the unit's evidence, the points of every item, the total and the
 * class. A mapping is written on one line ({@code { "1.1": 6, "1.2": 4 }}) when it is short;
 * else the evidence one field a line, and the items one criterion a line, as the sheet groups
 * them. The case goes at the end of the file's cases; the rest of the file is left as written.
 */
public final class TestCaseWriter {

    /** Past this many characters a mapping is written one key a line. */
    private static final int LINE = 100;

    /** A case to write. {@code items} are item id → points, in the sheet's order, one map per criterion (then bonus, deductions). */
    public record Case(String name, String description, Map<String, Object> evidence, List<Map<String, Double>> items, double total, String ratingClass) {}

    private TestCaseWriter() {}

    /** The case that freezes {@code sheet}: the unit's evidence as it had it, in the rubric's order, and everything the sheet gives. */
    public static Case of(Rubric rubric, ScoreSheet sheet, String description) {
        Unit unit = sheet.unit();
        String name = unit.name() == null || unit.name().isBlank() ? unit.id() : unit.name() + " (" + unit.id() + ")";
        Map<String, Object> evidence = new LinkedHashMap<>();
        for (EvidenceField f : rubric.evidence().values()) {
            Object v = unit.evidence().get(f.name());
            if (v != null) evidence.put(f.name(), v);
        }
        Map<String, Map<String, Double>> bySection = new LinkedHashMap<>();
        for (ScoreSheet.ItemLine line : sheet.items()) bySection.computeIfAbsent(line.section(), x -> new LinkedHashMap<>()).put(line.id(), line.points());
        List<Map<String, Double>> items = List.copyOf(bySection.values());
        return new Case(name, description, evidence, items, sheet.total(), sheet.ratingClass());
    }

    /**
     * The text of the test file {@code file} with {@code c} added after its last case;
     * {@code existing} is the file's text, or null for a file still to be made. Null, with the
     * reason in {@code diagnostics}, when the file is not a test file of {@code rubric}, scores
     * its cases together (a case added there would join their population), or does not write
     * its cases as a list of {@code - name: …} entries.
     */
    public static String append(Path file, String existing, Case c, Rubric rubric, Diagnostics diagnostics) {
        if (existing == null || existing.isBlank()) {
            String text = "cases:\n" + render(c, 2, 4);
            return checked(file, text, 1, rubric, diagnostics);
        }
        Diagnostics read = new Diagnostics();
        TestSuiteLoader.TestSuite suite = TestSuiteLoader.parse(file, existing, rubric, read);
        if (read.hasErrors()) {
            diagnostics.addAll(read.all());
            return null;
        }
        YamlNode.Mapping root = (YamlNode.Mapping) YamlReader.parse(file, existing, new Diagnostics());
        if (suite.scoredTogether()) {
            diagnostics.add(Diagnostic.error("E-TEST-SAVE-TOGETHER", root.entries().get("scored-together").keyPos()));
            return null;
        }
        String[] lines = Normalizer.normalize(existing.replace("\r\n", "\n"), Normalizer.Form.NFC).split("\n", -1);
        YamlNode.Mapping.Entry cases = root.entries().get("cases");
        if (!(cases.value() instanceof YamlNode.Sequence list) || list.items().isEmpty() || charAt(lines, list.pos()) != '-') {
            diagnostics.add(Diagnostic.error("E-TEST-SAVE-LIST", cases.keyPos()));
            return null;
        }
        int dash = list.pos().column() - 1;
        int key = list.items().get(0) instanceof YamlNode.Mapping m && m.pos().line() == list.pos().line() ? m.pos().column() - 1 : dash + 2;
        // after the last line of the cases: the end of the file, or the last line written before the next top-level key
        List<YamlNode.Mapping.Entry> entries = new ArrayList<>(root.entries().values());
        int next = entries.indexOf(cases) + 1;
        int insertLine = next < entries.size() ? entries.get(next).keyPos().line() - 1 : lines.length;
        boolean beforeKey = next < entries.size();
        // a comment just above the next key is that key's
        while (insertLine > 0 && (lines[insertLine - 1].isBlank() || beforeKey && lines[insertLine - 1].strip().startsWith("#"))) insertLine--;
        String newline = existing.contains("\r\n") ? "\r\n" : "\n";
        int offset = offsetOfLine(existing, insertLine);
        String before = existing.substring(0, offset);
        if (!before.isEmpty() && !before.endsWith("\n")) before += newline;
        String block = newline + render(c, dash, key).replace("\n", newline);
        return checked(file, before + block + existing.substring(offset), suite.cases().size() + 1, rubric, diagnostics);
    }

    /** The text, when it reads back as a test file with {@code cases} cases; else null with the reason. */
    private static String checked(Path file, String text, int cases, Rubric rubric, Diagnostics diagnostics) {
        Diagnostics read = new Diagnostics();
        TestSuiteLoader.TestSuite suite = TestSuiteLoader.parse(file, text, rubric, read);
        if (read.hasErrors()) {
            diagnostics.addAll(read.all());
            return null;
        }
        if (suite.cases().size() != cases) {
            diagnostics.add(Diagnostic.error("E-TEST-SAVE-LIST", vn.rubric.dsl.source.SourcePos.of(file)));
            return null;
        }
        return text;
    }

    /** The case as lines: the dash at column {@code dash}, its keys at {@code key} (0-based). */
    public static String render(Case c, int dash, int key) {
        String d = " ".repeat(dash), k = " ".repeat(key), e = " ".repeat(key + 2);
        StringBuilder sb = new StringBuilder();
        sb.append(d).append('-').append(" ".repeat(Math.max(1, key - dash - 1))).append("name: ").append(YamlText.quoted(c.name())).append('\n');
        if (c.description() != null) sb.append(k).append("description: ").append(YamlText.text(c.description())).append('\n');
        List<String> evidence = new ArrayList<>();
        c.evidence().forEach((name, v) -> evidence.add(name + ": " + value(v)));
        mapping(sb, k, "evidence", List.of(evidence), false);
        sb.append(k).append("expect:\n");
        List<List<String>> items = new ArrayList<>();
        for (Map<String, Double> group : c.items()) {
            List<String> pairs = new ArrayList<>();
            group.forEach((id, points) -> pairs.add(YamlText.quoted(id) + ": " + YamlText.number(points)));
            items.add(pairs);
        }
        mapping(sb, e, "items", items, true);
        sb.append(e).append("total: ").append(YamlText.number(c.total())).append('\n');
        if (c.ratingClass() != null) sb.append(e).append("class: ").append(YamlText.text(c.ratingClass())).append('\n');
        return sb.toString();
    }

    /**
     * {@code key: { a: 1, b: 2 }} when it fits a line; else, grouped, one group a line inside the
     * braces (the items of a criterion), or one entry a line below the key.
     */
    private static void mapping(StringBuilder sb, String indent, String key, List<List<String>> groups, boolean grouped) {
        List<String> all = groups.stream().flatMap(List::stream).toList();
        String flow = indent + key + ": { " + String.join(", ", all) + " }";
        if (all.isEmpty()) {
            sb.append(indent).append(key).append(": {}\n");
        } else if (flow.length() <= LINE) {
            sb.append(flow).append('\n');
        } else if (grouped) {
            String open = indent + key + ": { ";
            String inside = " ".repeat(open.length());
            for (int i = 0; i < groups.size(); i++) {
                sb.append(i == 0 ? open : inside).append(String.join(", ", groups.get(i)));
                sb.append(i == groups.size() - 1 ? " }\n" : ",\n");
            }
        } else {
            sb.append(indent).append(key).append(":\n");
            for (String p : all) sb.append(indent).append("  ").append(p).append('\n');
        }
    }

    /** An evidence value as the test loader reads it back: yes/no, a whole or decimal number as written, an enumeration's key. */
    private static String value(Object v) {
        if (v instanceof Boolean b) return b.toString();
        if (v instanceof Integer i) return i.toString();
        if (v instanceof Double d) return Decimals.plain(d);
        return YamlText.text(v.toString());
    }

    private static char charAt(String[] lines, vn.rubric.dsl.source.SourcePos pos) {
        if (pos.line() < 1 || pos.line() > lines.length) return 0;
        String line = lines[pos.line() - 1];
        return pos.column() >= 1 && pos.column() <= line.length() ? line.charAt(pos.column() - 1) : 0;
    }

    /** Where 0-based line {@code line} starts in {@code text}; the text's length past its last line. */
    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            int nl = text.indexOf('\n', offset);
            if (nl < 0) return text.length();
            offset = nl + 1;
        }
        return offset;
    }
}
