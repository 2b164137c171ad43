package vn.rubric.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.load.RubricLoader;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.testcase.TestCase;
import vn.rubric.dsl.testcase.TestCaseWriter;
import vn.rubric.dsl.testcase.TestSuiteLoader;

/** A score sheet saved as a test case: added after the file's cases, the rest of the file as written, and read back as written. */
class TestCaseWriterTest {

    private static final Path FILE = Path.of("tests/saved.yaml");
    private static final Rubric RUBRIC = RubricLoader.parse(Fixtures.FILE, Fixtures.MINI).rubric();

    private static TestCaseWriter.Case handled() {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("hot_spot", "handled");
        evidence.put("office", 0.7);
        return new TestCaseWriter.Case("UBND xã Long Hưng (u2)", "Bảng điểm của đơn vị trong units.csv, lưu lại.", evidence,
                List.of(Map.of("1.1", 3.0, "1.2", 2.75)), 5.75, "Khá");
    }

    @Test
    void aNewFileHoldsTheCaseAndReadsBackAsTheSheet() {
        Diagnostics d = new Diagnostics();
        String text = TestCaseWriter.append(FILE, null, handled(), RUBRIC, d);
        assertFalse(d.hasErrors(), d.all().toString());
        assertTrue(text.startsWith("""
                cases:
                  - name: "UBND xã Long Hưng (u2)"
                    description: "Bảng điểm của đơn vị trong units.csv, lưu lại."
                    evidence: { hot_spot: handled, office: 0.7 }
                    expect:
                """), text);
        assertTrue(text.endsWith("      total: 5.75\n      class: Khá\n"), text);
        TestCase c = TestSuiteLoader.parse(FILE, text, RUBRIC, d).cases().get(0);
        assertEquals(Map.of("hot_spot", "handled", "office", 0.7), c.evidence());
        assertEquals(Map.of("1.1", 3.0, "1.2", 2.75), c.expect().items());
        assertEquals(5.75, c.expect().total());
        assertEquals("Khá", c.expect().ratingClass());
    }

    @Test
    void theCaseGoesAfterTheLastCaseInTheFilesOwnIndentationAndNothingElseMoves() {
        String existing = """
                # cases of a handled hot spot
                baseline:
                  office: 1

                cases:
                    -   name: "first"        # written with wide indentation
                        evidence: { hot_spot: none }
                        expect: { total: 10 }

                # the next key's comment stays with it
                """;
        // a key after the cases: the case goes between the last case and the comment above that key
        String withKeyAfter = existing.replace("# cases of a handled hot spot\n", "") + "scored-together: false\n";
        Diagnostics d = new Diagnostics();
        String text = TestCaseWriter.append(FILE, withKeyAfter, handled(), RUBRIC, d);
        assertFalse(d.hasErrors(), d.all().toString());
        int end = withKeyAfter.indexOf("expect: { total: 10 }\n") + "expect: { total: 10 }\n".length();
        assertTrue(text.startsWith(withKeyAfter.substring(0, end) + "\n    -   name: \"UBND xã Long Hưng (u2)\"\n        description: "), text);
        assertTrue(text.endsWith("          class: Khá\n\n# the next key's comment stays with it\nscored-together: false\n"), text);
        assertEquals(2, TestSuiteLoader.parse(FILE, text, RUBRIC, d).cases().size());

        // at the end of the file, with Windows line ends kept
        String crlf = existing.replace("\n", "\r\n");
        String appended = TestCaseWriter.append(FILE, crlf, handled(), RUBRIC, d);
        assertTrue(appended.startsWith(crlf.substring(0, crlf.indexOf("# the next"))), appended);
        assertFalse(appended.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
        assertEquals(2, TestSuiteLoader.parse(FILE, appended, RUBRIC, d).cases().size());
    }

    @Test
    void aLongMappingIsWrittenOneFieldOrOneCriterionALine() {
        Map<String, Object> many = new LinkedHashMap<>();
        for (int i = 1; i <= 12; i++) many.put("a_" + i + "_share", i / 16.0);
        Map<String, Double> first = new LinkedHashMap<>(), second = new LinkedHashMap<>();
        for (int i = 1; i <= 6; i++) first.put("1." + i, 1.25 * i);
        for (int i = 1; i <= 3; i++) second.put("2." + i, (double) i);
        String text = TestCaseWriter.render(new TestCaseWriter.Case("dài", null, many, List.of(first, second), 36.25, "Khá"), 2, 4);
        assertEquals("""
                  - name: "dài"
                    evidence:
                      a_1_share: 0.0625
                      a_2_share: 0.125
                      a_3_share: 0.1875
                      a_4_share: 0.25
                      a_5_share: 0.3125
                      a_6_share: 0.375
                      a_7_share: 0.4375
                      a_8_share: 0.5
                      a_9_share: 0.5625
                      a_10_share: 0.625
                      a_11_share: 0.6875
                      a_12_share: 0.75
                    expect:
                      items: { "1.1": 1.25, "1.2": 2.5, "1.3": 3.75, "1.4": 5, "1.5": 6.25, "1.6": 7.5,
                               "2.1": 1, "2.2": 2, "2.3": 3 }
                      total: 36.25
                      class: Khá
                """, text);
    }

    @Test
    void aFileScoredTogetherOrWithoutABlockListIsRefusedWithItsLine() {
        Diagnostics d = new Diagnostics();
        String together = "scored-together: true\ncases:\n  - name: a\n    expect: { total: 10 }\n    evidence: { hot_spot: none }\n";
        assertNull(TestCaseWriter.append(FILE, together, handled(), RUBRIC, d));
        assertEquals(List.of("E-TEST-SAVE-TOGETHER"), Fixtures.codes(d));
        assertEquals(1, d.all().get(0).pos().line());

        Diagnostics f = new Diagnostics();
        assertNull(TestCaseWriter.append(FILE, "cases: [ { name: a, evidence: { hot_spot: none }, expect: { total: 10 } } ]\n", handled(), RUBRIC, f));
        assertEquals(List.of("E-TEST-SAVE-LIST"), Fixtures.codes(f));

        Diagnostics g = new Diagnostics();
        assertNull(TestCaseWriter.append(FILE, "cases:\n  - name: a\n    evidence: { hot_spot: none }\n    expect: { items: { \"9.9\": 1 } }\n", handled(), RUBRIC, g));
        assertEquals(List.of("E-TEST-ITEM"), Fixtures.codes(g), "a test file with errors is not added to");
    }
}
