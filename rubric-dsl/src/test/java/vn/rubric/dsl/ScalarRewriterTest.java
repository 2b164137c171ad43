package vn.rubric.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.source.ScalarRewriter;
import vn.rubric.dsl.source.ScalarRewriter.Edit;
import vn.rubric.dsl.source.YamlNode;
import vn.rubric.dsl.source.YamlReader;
import vn.rubric.dsl.source.YamlText;

/** Rewriting scalars in place: only the scalar's own characters change. */
class ScalarRewriterTest {

    private static final Path FILE = Path.of("tests/t.yaml");

    @Test
    void aNumberInAFlowMappingChangesAndNothingElse() {
        String yaml = """
                cases:
                  - name: "a"   # the first
                    expect:
                      items: { "4.1": 7, "5.2": 2 }   # 5.2 was 2
                      total: 100
                """;
        YamlNode.Mapping expect = expect(yaml);
        YamlNode.Mapping items = (YamlNode.Mapping) expect.get("items");
        ScalarRewriter.Result r = ScalarRewriter.apply(yaml, List.of(
                Edit.number(scalar(items, "5.2"), 1), Edit.number(scalar(expect, "total"), 99.75)));
        assertEquals(List.of(), r.refused());
        assertEquals(yaml.replace("\"5.2\": 2 }", "\"5.2\": 1 }").replace("total: 100", "total: 99.75"), r.text());
    }

    @Test
    void twoValuesOnOneLineAndAKeyThatLooksLikeTheValue() {
        // "1": 1 — the key holds the same text as the value; only the value may change
        String yaml = "expect: { criteria: { \"1\": 1, \"2\": 10 }, total: 11 }\n";
        YamlNode.Mapping expect = (YamlNode.Mapping) root(yaml).get("expect");
        YamlNode.Mapping criteria = (YamlNode.Mapping) expect.get("criteria");
        ScalarRewriter.Result r = ScalarRewriter.apply(yaml, List.of(
                Edit.number(scalar(criteria, "1"), 0.5), Edit.number(scalar(criteria, "2"), 9), Edit.number(scalar(expect, "total"), 9.5)));
        assertEquals("expect: { criteria: { \"1\": 0.5, \"2\": 9 }, total: 9.5 }\n", r.text());
    }

    @Test
    void aPlainClassStaysPlainAndKeepsItsComment() {
        String yaml = """
                expect:
                  class: Hoàn thành xuất sắc nhiệm vụ    # 100 points
                  total: 100
                """;
        YamlNode.Mapping expect = (YamlNode.Mapping) root(yaml).get("expect");
        ScalarRewriter.Result r = ScalarRewriter.apply(yaml, List.of(Edit.text(scalar(expect, "class"), "Hoàn thành tốt nhiệm vụ")));
        assertEquals(yaml.replace("xuất sắc", "tốt"), r.text());
    }

    @Test
    void quotedTextKeepsItsQuotes() {
        String yaml = """
                a: "Tốt"
                b: 'Khá'
                c: { class: "Đạt, có điều kiện" }
                d: Xuất sắc
                """;
        YamlNode.Mapping root = root(yaml);
        ScalarRewriter.Result r = ScalarRewriter.apply(yaml, List.of(
                Edit.text(scalar(root, "a"), "Rất \"tốt\""),
                Edit.text(scalar(root, "b"), "Khá's"),
                Edit.text(scalar((YamlNode.Mapping) root.get("c"), "class"), "Đạt"),
                Edit.text(scalar(root, "d"), "Yếu: chưa đạt")));
        assertEquals("""
                a: "Rất \\"tốt\\""
                b: 'Khá''s'
                c: { class: "Đạt" }
                d: "Yếu: chưa đạt"
                """, r.text());
        // and it reads back as written
        YamlNode.Mapping again = root(r.text());
        assertEquals("Rất \"tốt\"", scalar(again, "a").text());
        assertEquals("Khá's", scalar(again, "b").text());
        assertEquals("Yếu: chưa đạt", scalar(again, "d").text());
    }

    @Test
    void crlfLineEndsAndCombiningAccentsAreKept() {
        // typed with combining accents (as some Vietnamese keyboards do), and with Windows line ends
        String decomposed = Normalizer.normalize("# Điểm tối đa\r\nexpect: { class: Hoàn thành tốt, total: 96 }\r\n", Normalizer.Form.NFD);
        YamlNode.Mapping expect = (YamlNode.Mapping) root(decomposed).get("expect");
        ScalarRewriter.Result r = ScalarRewriter.apply(decomposed, List.of(Edit.number(scalar(expect, "total"), 95)));
        assertEquals(List.of(), r.refused());
        assertEquals(decomposed.replace("96", "95"), r.text());
        ScalarRewriter.Result c = ScalarRewriter.apply(decomposed, List.of(Edit.text(scalar(expect, "class"), "Hoàn thành xuất sắc")));
        assertEquals(List.of(), c.refused());
        assertTrue(c.text().startsWith(Normalizer.normalize("# Điểm tối đa\r\nexpect: { class: ", Normalizer.Form.NFD)), c.text());
        assertTrue(c.text().endsWith("Hoàn thành xuất sắc, total: 96 }\r\n"), c.text());
    }

    @Test
    void aScalarThatIsNoLongerWhereItWasReadIsRefused() {
        String yaml = "expect:\n  total: 100\n";
        YamlNode.Scalar total = scalar((YamlNode.Mapping) root(yaml).get("expect"), "total");
        String changed = "expect:\n  total: 90\n";
        ScalarRewriter.Result r = ScalarRewriter.apply(changed, List.of(Edit.number(total, 95)));
        assertEquals(1, r.refused().size());
        assertEquals(changed, r.text());
    }

    @Test
    void aTextOverSeveralLinesIsRefused() {
        String yaml = "expect:\n  class: Hoàn thành\n    tốt nhiệm vụ\n  total: 1\n";
        YamlNode.Mapping expect = (YamlNode.Mapping) root(yaml).get("expect");
        assertEquals("Hoàn thành tốt nhiệm vụ", scalar(expect, "class").text());
        ScalarRewriter.Result r = ScalarRewriter.apply(yaml, List.of(Edit.text(scalar(expect, "class"), "Đạt"), Edit.number(scalar(expect, "total"), 2)));
        assertEquals(1, r.refused().size());
        assertEquals(yaml.replace("total: 1", "total: 2"), r.text());
    }

    @Test
    void plainTextIsUsedOnlyWhereItReadsBackTheSame() {
        assertTrue(YamlText.isPlainSafe("Hoàn thành tốt nhiệm vụ"));
        assertTrue(YamlText.isPlainSafe("Loại A (đạt)"));
        for (String s : List.of("", " Tốt", "yes", "No", "null", "90", "1.5", "- Tốt", "a: b", "a, b", "{x}", "# x", "Tốt #1", "x:"))
            assertFalse(YamlText.isPlainSafe(s), s);
        assertEquals("\"yes\"", YamlText.text("yes"));
    }

    private static YamlNode.Mapping root(String yaml) {
        Diagnostics d = new Diagnostics();
        YamlNode root = YamlReader.parse(FILE, yaml, d);
        assertFalse(d.hasErrors(), d.all().toString());
        return (YamlNode.Mapping) root;
    }

    private static YamlNode.Mapping expect(String yaml) {
        YamlNode.Mapping c = (YamlNode.Mapping) ((YamlNode.Sequence) root(yaml).get("cases")).items().get(0);
        return (YamlNode.Mapping) c.get("expect");
    }

    private static YamlNode.Scalar scalar(YamlNode.Mapping m, String key) {
        return (YamlNode.Scalar) m.get(key);
    }
}
