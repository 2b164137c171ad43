package vn.rubric.dsl.testcase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Word;
import vn.rubric.dsl.evidence.EvidenceValues;
import vn.rubric.dsl.load.Fields;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.source.InputLimit;
import vn.rubric.dsl.source.YamlNode;
import vn.rubric.dsl.source.YamlReader;
import vn.rubric.dsl.util.Names;

/**
 * Reads a test file: an optional {@code baseline} of evidence shared by its cases, then
 * {@code cases}, each with a name, a description, the evidence that differs from the
 * baseline and what to expect. With {@code scored-together: true} the cases are one
 * population, so the rubric's population rules (quotas) apply to them.
 */
public final class TestSuiteLoader {

    private final Rubric rubric;
    private final Diagnostics diagnostics;

    private TestSuiteLoader(Rubric rubric, Diagnostics diagnostics) {
        this.rubric = rubric;
        this.diagnostics = diagnostics;
    }

    /** The cases of one test file, and whether they are scored as one population. */
    public record TestSuite(List<TestCase> cases, boolean scoredTogether) {}

    public static TestSuite load(Path file, Rubric rubric, Diagnostics diagnostics) {
        YamlNode root = YamlReader.read(file, InputLimit.TESTS, diagnostics);
        if (root == null) return new TestSuite(List.of(), false);
        return new TestSuiteLoader(rubric, diagnostics).suite(root);
    }

    /** As {@link #load}, from the text of {@code file} (a test file about to be written). */
    public static TestSuite parse(Path file, String text, Rubric rubric, Diagnostics diagnostics) {
        YamlNode root = YamlReader.parse(file, text, InputLimit.TESTS, diagnostics);
        if (root == null) return new TestSuite(List.of(), false);
        return new TestSuiteLoader(rubric, diagnostics).suite(root);
    }

    private TestSuite suite(YamlNode root) {
        Fields top = Fields.of(root, Word.of("test-file"), diagnostics);
        if (top == null) return new TestSuite(List.of(), false);
        boolean together = top.flag("scored-together");
        Map<String, YamlNode.Scalar> baseline = evidence(top.node("baseline"));
        List<TestCase> cases = new ArrayList<>();
        for (YamlNode n : top.list("cases", true)) {
            TestCase c = testCase(n, baseline);
            if (c != null) cases.add(c);
        }
        top.rejectUnknown();
        return new TestSuite(cases, together);
    }

    private TestCase testCase(YamlNode node, Map<String, YamlNode.Scalar> baseline) {
        Fields f = Fields.of(node, Word.of("test-case"), diagnostics);
        if (f == null) return null;
        String name = f.text("name", true);
        String description = f.text("description", false);
        Map<String, YamlNode.Scalar> raw = new LinkedHashMap<>(baseline);
        raw.putAll(evidence(f.node("evidence")));
        TestCase.Expectation expect = expectation(f.node("expect"), f);
        f.rejectUnknown();
        Map<String, Object> evidence = typed(raw, f);
        if (name == null || expect == null || evidence == null) return null;
        return new TestCase(name, description, evidence, expect, f.pos());
    }

    private Map<String, YamlNode.Scalar> evidence(YamlNode node) {
        Map<String, YamlNode.Scalar> out = new LinkedHashMap<>();
        if (node == null) return out;
        if (!(node instanceof YamlNode.Mapping m)) {
            diagnostics.add(Diagnostic.error("E-SHAPE", node.pos(), Word.of("evidence"), Word.of("mapping"), Fields.kind(node), ""));
            return out;
        }
        for (YamlNode.Mapping.Entry e : m.entries().values()) {
            if (!rubric.evidence().containsKey(e.key())) {
                String s = Names.closest(e.key(), rubric.evidence().keySet());
                diagnostics.add(s == null ? Diagnostic.error("E-UNKNOWN-NAME", e.keyPos(), e.key())
                        : Diagnostic.error("E-UNKNOWN-NAME-SUGGEST", e.keyPos(), e.key(), s));
            } else if (e.value() instanceof YamlNode.Scalar s) {
                out.put(e.key(), s);
            } else {
                diagnostics.add(Fields.wrongType(e.value(), e.key(), "value"));
            }
        }
        return out;
    }

    /** The complete typed evidence; null when a value is wrong or a required field is missing. */
    private Map<String, Object> typed(Map<String, YamlNode.Scalar> raw, Fields testCase) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean ok = true;
        for (EvidenceField field : rubric.evidence().values()) {
            YamlNode.Scalar s = raw.get(field.name());
            // the text as written: the field's type decides what "yes" or "1" means
            Object value = s == null || s.kind() == YamlNode.Scalar.Kind.NULL ? null : s.text();
            EvidenceValues.Coerced c = EvidenceValues.coerce(field, value);
            if (c.ok()) {
                out.put(field.name(), c.value());
            } else {
                diagnostics.add(Diagnostic.error(c.errorCode(), s == null ? testCase.pos() : s.pos(), c.errorArgs()));
                ok = false;
            }
        }
        return ok ? out : null;
    }

    private TestCase.Expectation expectation(YamlNode node, Fields testCase) {
        if (node == null) {
            diagnostics.add(Diagnostic.error("E-MISSING-KEY", testCase.pos(), "expect", Word.of("test-case")));
            return null;
        }
        Fields f = Fields.of(node, Word.of("expect"), diagnostics);
        if (f == null) return null;
        Map<TestCase.Expected, YamlNode.Scalar> written = new LinkedHashMap<>();
        Map<String, Double> items = points(f.node("items"), TestCase.Expected::item, written);
        Map<String, Double> criteria = points(f.node("criteria"), TestCase.Expected::criterion, written);
        Double bonus = f.number("bonus", false);
        Double deductions = f.number("deductions", false);
        Double total = f.number("total", false);
        String ratingClass = f.text("class", false);
        keep(written, TestCase.Expected.BONUS, bonus, f.node("bonus"));
        keep(written, TestCase.Expected.DEDUCTIONS, deductions, f.node("deductions"));
        keep(written, TestCase.Expected.TOTAL, total, f.node("total"));
        keep(written, TestCase.Expected.CLASS, ratingClass, f.node("class"));
        List<TestCase.ExpectedBar> barred = null;
        if (f.has("barred")) {
            barred = new ArrayList<>();
            for (YamlNode b : f.list("barred", false)) {
                TestCase.ExpectedBar bar = expectedBar(b);
                if (bar != null) barred.add(bar);
            }
        }
        f.rejectUnknown();
        for (String id : items.keySet()) {
            if (rubric.item(id).isEmpty()) diagnostics.add(Diagnostic.error("E-TEST-ITEM", f.keyPos("items"), id));
        }
        if (ratingClass != null && rubric.rating().stream().noneMatch(c -> c.name().equals(ratingClass))) {
            diagnostics.add(Diagnostic.error("E-TEST-CLASS", f.keyPos("class"), ratingClass));
        }
        if (barred != null) {
            for (TestCase.ExpectedBar b : barred) {
                if (rubric.rating().stream().noneMatch(c -> c.name().equals(b.ratingClass()))) {
                    diagnostics.add(Diagnostic.error("E-TEST-CLASS", f.keyPos("barred"), b.ratingClass()));
                }
            }
        }
        return new TestCase.Expectation(items, criteria, bonus, deductions, total, ratingClass, barred, written, f.pos());
    }

    /** Keeps the scalar a value was read from, when it was read. */
    private static void keep(Map<TestCase.Expected, YamlNode.Scalar> written, TestCase.Expected what, Object value, YamlNode node) {
        if (value != null && node instanceof YamlNode.Scalar s) written.put(what, s);
    }

    /** {@code - Class name} or {@code - { class: Class name, because: reason }}. */
    private TestCase.ExpectedBar expectedBar(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) return new TestCase.ExpectedBar(s.text().strip(), null);
        Fields f = Fields.of(node, Word.of("bar"), diagnostics);
        if (f == null) return null;
        String ratingClass = f.text("class", true);
        String because = f.text("because", false);
        f.rejectUnknown();
        return ratingClass == null ? null : new TestCase.ExpectedBar(ratingClass, because);
    }

    private Map<String, Double> points(YamlNode node, java.util.function.Function<String, TestCase.Expected> what,
                                       Map<TestCase.Expected, YamlNode.Scalar> written) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (node == null) return out;
        if (!(node instanceof YamlNode.Mapping m)) {
            diagnostics.add(Diagnostic.error("E-SHAPE", node.pos(), Word.of("expected-points"), Word.of("mapping"), Fields.kind(node), ""));
            return out;
        }
        for (YamlNode.Mapping.Entry e : m.entries().values()) {
            if (e.value() instanceof YamlNode.Scalar s && s.isNumber()) {
                out.put(e.key(), s.numberValue());
                written.put(what.apply(e.key()), s);
            } else {
                diagnostics.add(Fields.wrongType(e.value(), e.key(), "number"));
            }
        }
        return out;
    }
}
