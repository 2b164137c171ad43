package vn.rubric.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.rubric.dsl.Fixtures.FILE;
import static vn.rubric.dsl.Fixtures.MINI;
import static vn.rubric.dsl.Fixtures.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Messages;

/**
 * Every hint that proposes an edit, applied to the rubric literally, gives a rubric that
 * validates: one small broken rubric per code, its diagnostic's fix applied as it is, and
 * the result checked again. Every code with a hint is either here or named below as advice,
 * so a new code cannot propose an edit nobody has tried.
 */
class HintFixTest {

    /** A broken variant of the mini rubric for each code whose hint proposes an edit. */
    static final Map<String, List<String>> CORPUS = new LinkedHashMap<>();

    static {
        corpus("E-YAML-DUPLICATE-KEY", MINI.replace("    title: Tiêu chí một\n", "    title: Tiêu chí một\n    title: Tiêu chí 1\n"));
        corpus("E-UNKNOWN-KEY-SUGGEST", MINI.replace("    title: Tiêu chí một\n", "    titel: Tiêu chí một\n"));
        corpus("E-REGULATION-ID", MINI.replace("  id: mini\n", "  id: Mini Quy định 1/2026\n"));
        corpus("E-FIELD-VALUES-TYPE", MINI.replace("    type: share\n", "    type: share\n    values: { a: A }\n"));
        corpus("E-SUM-TOTAL", MINI.replace("  total: 10\n", "  total: 12\n"));
        corpus("E-SUM-CRITERION", MINI.replace("        max: 4\n", "        max: 5\n"));
        corpus("E-ASSESSED-TYPE", MINI.replace("    type: share\n", "    type: number\n"));
        corpus("E-ROUND-STEP", MINI.replace("round-to: 0.25", "round-to: 5"));
        corpus("E-TIER-FALLBACK-LAST", MINI.replace("""
                          - { label: không có, when: hot_spot == none, points: 6 }
                          - { label: đã xử lý, when: hot_spot == handled, points: 3 }
                          - { label: chưa xử lý, otherwise: true, points: 0 }
                """, """
                          - { label: chưa xử lý, otherwise: true, points: 0 }
                          - { label: không có, when: hot_spot == none, points: 6 }
                          - { label: đã xử lý, when: hot_spot == handled, points: 3 }
                """));
        corpus("E-TIER-GAP", MINI.replace("          - { label: chưa xử lý, otherwise: true, points: 0 }\n", ""));
        corpus("E-TIER-NO-FALLBACK", MINI
                .replace("when: hot_spot == none", "when: office * 2 >= 1")
                .replace("when: hot_spot == handled", "when: office * 2 < 1")
                .replace("          - { label: chưa xử lý, otherwise: true, points: 0 }\n", ""));
        corpus("E-TIER-NO-FALLBACK-LARGE", manyBooleans());
        // quoted: inside braces, brackets would start a YAML list
        corpus("E-TIER-OVERLAP", MINI.replace("when: hot_spot == handled", "when: 'hot_spot in [none, handled]'"),
                MINI.replace("when: hot_spot == handled", "when: hot_spot != unhandled"),
                // block layout, and a later tier of an "or" that needs parentheses
                MINI.replace("- { label: đã xử lý, when: hot_spot == handled, points: 3 }",
                        "- label: đã xử lý\n            when: hot_spot == none or hot_spot == handled\n            points: 3"),
                // arithmetic: the later tier cannot be shown to keep a unit of its own, so first-match is proposed
                MINI.replace("when: hot_spot == none", "when: office * 2 >= 1").replace("when: hot_spot == handled", "when: office * 4 >= 3"));
        corpus("E-TIER-DEAD", MINI.replace("when: hot_spot == handled", "when: hot_spot == none"),
                MINI.replace("when: hot_spot == handled", "when: hot_spot == handled and hot_spot == unhandled"));
        corpus("E-FIRST-MATCH-PICK-ONE", MINI.replace("\n        assessed: office", "\n        first-match: true\n        assessed: office"));
        corpus("E-QUOTA-LAST", MINI.replace("  - class: Yếu\n    otherwise: true\n", "  - class: Yếu\n    otherwise: true\n    quota: { at-most-percent: 20 }\n"));
        corpus("E-QUOTA-TIEBREAK-SUGGEST", MINI.replace("  - class: Khá\n", "  - class: Khá\n    quota: { at-most-percent: 20, tie-break: [\"1.3\"] }\n"));
        corpus("E-RATING-FALLBACK-BARRED", MINI.replace("  - class: Yếu\n    otherwise: true\n",
                "  - class: Yếu\n    otherwise: true\n    barred-if:\n      - when: hot_spot == unhandled\n        because: Chưa xử lý\n"));
        corpus("E-RATING-GAP", MINI.replace("  - class: Yếu\n    otherwise: true\n", ""));
        corpus("E-RATING-GAP-DEDUCTIONS", MINI.replace("rating:", """
                deductions:
                  max: 2
                  items:
                    - { id: "D.1", title: Trừ điểm, max: 2, assessed: office }
                rating:""").replace("  - class: Yếu\n    otherwise: true", "  - class: Yếu\n    min: 0"));
        corpus("W-UNUSED-FIELD", MINI.replace("evidence:\n", "evidence:\n  spare: { label: Dự phòng, type: count, default: 0 }\n"),
                MINI.replace("evidence:\n", "evidence:\n  spare:\n    label: Dự phòng\n    type: count\n    default: 0\n"));
        corpus("E-UNKNOWN-NAME-SUGGEST", MINI.replace("when: hot_spot == handled", "when: hotspot == handled"),
                MINI.replace("assessed: office", "assessed: ofice"),
                MINI.replace("min: top\n", "min: tpo\n"));
        corpus("E-EXPR-OPERATOR", MINI.replace("when: hot_spot == handled", "when: hot_spot = handled"),
                MINI.replace("when: hot_spot == unhandled", "when: hot_spot == unhandled && office < 0.5"),
                MINI.replace("when: hot_spot == unhandled", "when: hot_spot == unhandled||office < 0.5"),
                MINI.replace("when: hot_spot == unhandled", "when: '!(hot_spot == none)'"));
        corpus("E-EXPR-CHAINED", MINI.replace("when: hot_spot == unhandled", "when: 0.2 < office <= 0.5"));
        corpus("E-EXPR-NUMBER-DOT", MINI.replace("when: hot_spot == unhandled", "when: office < .5"));
        corpus("E-DUPLICATE-LABEL", MINI.replace("label: đã xử lý", "label: không có"));
        corpus("E-READS-RULE-ONLY", MINI.replace("\n        assessed: office", "\n        reads: [office]\n        assessed: office"));
    }

    /**
     * Codes whose hint is advice, not an edit the validator can write: it needs what only the
     * drafter knows (a value, a wording, which of two things to change), or it is about data,
     * a built pack or hand-written rules rather than the rubric's text.
     */
    static final Set<String> ADVICE = Set.of(
            // a value, a name or a wording only the drafter knows
            "E-FILE-MISSING", "E-YAML-SYNTAX", "E-MISSING-KEY", "E-UNKNOWN-KEY", "E-NAME", "E-NAME-CLASH", "E-FIELD-TYPE",
            "E-FIELD-VALUES", "E-ENUM-NAME", "W-FIELD-LABEL", "E-DUPLICATE-ID", "E-ITEM-KIND-MISSING", "E-ITEM-KIND-MANY",
            "W-NO-CITE", "E-ROUNDING-MODE", "E-RULE-FILE", "E-RULE-FILE-PLACE", "E-QUOTA-PERCENT", "E-QUOTA-TIEBREAK",
            "E-UNKNOWN-PARAMETER", "E-UNKNOWN-NAME", "E-ENUM-VALUE", "E-TYPE-MISMATCH", "E-TYPE-ORDER", "E-TYPE-CONDITION",
            "E-EXPR-JAVA", "E-EXPR-JAVA-NAME", "E-EXPR-ESCAPE", "E-EXPR-FUNCTION", "E-CRITERION-ID-RESERVED", "E-ENUM-SHADOWED",
            "E-READS-UNKNOWN",
            // reading a file: what to do is about the file as a whole, its encoding or a limit's setting
            "E-FILE-ENCODING", "E-INPUT-CONSTRAINT", "E-INPUT-LINE-TOO-LONG", "E-INPUT-TOO-DEEP", "E-INPUT-TOO-LARGE",
            "E-INPUT-TOO-LARGE-STREAM", "E-INPUT-TOO-LARGE-BODY", "E-YAML-ALIAS", "E-YAML-MORE-DOCUMENTS",
            // plugins a rubric needs: installing one is about this machine, and which versions will do
            // (a range, or the lowest version to declare) is the drafter's choice
            "E-PLUGIN-RANGE", "W-PLUGIN-MISSING", "W-PLUGIN-VERSION", "W-PLUGIN-UNDECLARED",
            // reordering classes changes which class barred units and units over a quota fall to
            "W-RATING-ORDER",
            // an amending pack's changes: which change to keep, which article, which base, where a
            // new part goes are the drafter's choice (a misspelled target's did-you-mean is a fix:
            // see TRIED_ELSEWHERE)
            "E-AMEND-BASE-MISSING", "E-AMEND-CYCLE", "E-CHANGE-EXISTS", "E-CHANGE-ID", "E-CHANGE-NO-TIERS", "E-CHANGE-NOT-FOUND",
            "E-CHANGE-OP", "E-CHANGE-PLACE", "E-CHANGE-PLACE-BOTH", "E-CHANGE-REGULATION-OP", "E-CHANGE-REMOVED", "E-CHANGE-SET-ID",
            "E-CHANGE-SET-REGULATION", "E-CHANGE-TARGET", "E-CHANGE-TIER-ITEM", "E-CHANGE-TWICE", "E-CHANGE-WHERE", "W-CHANGE-NO-CITE");

    /**
     * Codes whose fix is tried where the files it needs can be written: an amending rubric needs
     * its base on disk (AmendmentErrorsTest.aMisspelledTargetsFixAppliedLiterallyGivesADraftThatValidates).
     */
    static final Set<String> TRIED_ELSEWHERE = Set.of("E-CHANGE-NOT-FOUND-SUGGEST");

    /** Codes about unit data, a built pack, hand-written rules, test files, a scoring table read by import-sheet, output folders, the studio's requests or an issue (Ban hành) of a pack: their fixes are not edits of rubric.yaml. */
    static boolean aboutOtherFiles(String code) {
        return code.matches("[EW]-(DATA|XLSX|PACK|TEST-SAVE|SHEET|IMPORT|OUTPUT|STUDIO|ISSUE)-.*") || Set.of("E-DRL", "E-DRL-GENERATED", "E-SCORE-INCOMPLETE", "E-SCORE-RANGE", "E-OUTPUT-UNWRITABLE", "E-RULE-LOOP").contains(code);
    }

    private static void corpus(String code, String... rubrics) {
        CORPUS.put(code, List.of(rubrics));
    }

    @TestFactory
    List<DynamicTest> eachFixAppliedLiterallyGivesARubricThatValidates() {
        List<DynamicTest> tests = new ArrayList<>();
        CORPUS.forEach((code, rubrics) -> IntStream.range(0, rubrics.size()).forEach(k ->
                tests.add(DynamicTest.dynamicTest(code + " #" + (k + 1), () -> appliesAndValidates(code, rubrics.get(k))))));
        return tests;
    }

    private static void appliesAndValidates(String code, String broken) {
        Diagnostics before = check(broken);
        Diagnostic d = before.all().stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not raised: " + before.all()));
        assertNotNull(d.fix(), code + " has no fix: " + d);
        // the hint the drafter reads is the fix, in words, in both languages
        for (Locale l : List.of(Locale.ENGLISH, Messages.VIETNAMESE)) {
            Messages m = Messages.diagnostics(l);
            assertTrue(m.has("fix." + d.fix().key()), "fix." + d.fix().key());
            assertEquals(m.get("fix." + d.fix().key(), wordsOf(m, d.fix().args())), m.hint(d));
        }
        String fixed = d.fix().applyTo(FILE, broken);
        assertNotNull(fixed, "the edits of " + code + " do not match the text: " + d.fix());
        Diagnostics after = check(fixed);
        List<Diagnostic> left = after.all().stream().filter(x -> x.isError() || x.code().equals(code)).toList();
        assertEquals(List.of(), left, code + " fixed by " + d.fix() + " gives\n" + fixed);
    }

    private static Object[] wordsOf(Messages m, List<Object> args) {
        // only plain values in the fixes' arguments: what the hint shows is what the edit writes
        args.forEach(a -> assertTrue(!(a instanceof vn.rubric.dsl.diag.Word), "a fix argument is a word: " + a));
        return args.toArray();
    }

    @Test
    void everyCodeWithAHintIsEitherInTheCorpusOrAdvice() throws IOException {
        Set<String> hinted = new TreeSet<>();
        for (Object key : bundle().keySet()) {
            String k = key.toString();
            if (k.endsWith(".hint")) hinted.add(k.substring(0, k.length() - ".hint".length()));
        }
        Set<String> unclassified = hinted.stream()
                .filter(c -> !CORPUS.containsKey(c) && !ADVICE.contains(c) && !TRIED_ELSEWHERE.contains(c) && !aboutOtherFiles(c))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unclassified, "a hint that proposes an edit needs a broken rubric in CORPUS; advice goes in ADVICE");
        Set<String> both = new TreeSet<>(CORPUS.keySet());
        both.retainAll(ADVICE);
        assertEquals(Set.of(), both);
    }

    @Test
    void everyFixDescriptionIsUsedByTheCorpus() throws IOException {
        Set<String> described = new TreeSet<>();
        for (Object key : bundle().keySet()) if (key.toString().startsWith("fix.")) described.add(key.toString().substring(4));
        Set<String> used = new TreeSet<>();
        CORPUS.forEach((code, rubrics) -> rubrics.forEach(r ->
                check(r).all().stream().filter(d -> d.fix() != null).forEach(d -> used.add(d.fix().key()))));
        described.removeAll(used);
        assertEquals(Set.of(), described, "fixes no broken rubric of the corpus tries");
    }

    /** An item over 17 yes/no fields: too many cases to try, so it needs an otherwise tier. */
    private static String manyBooleans() {
        List<String> names = IntStream.rangeClosed(1, 17).mapToObj(i -> "b" + i).toList();
        String all = String.join(" and ", names);
        StringBuilder fields = new StringBuilder("evidence:\n");
        names.forEach(n -> fields.append("  ").append(n).append(": { label: Điều kiện ").append(n).append(", type: boolean }\n"));
        return MINI.replace("evidence:\n", fields.toString())
                .replace("when: hot_spot == none", "when: " + all)
                .replace("when: hot_spot == handled", "when: not (" + all + ")")
                .replace("          - { label: chưa xử lý, otherwise: true, points: 0 }\n", "");
    }

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = HintFixTest.class.getResourceAsStream("/vn/rubric/dsl/messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
