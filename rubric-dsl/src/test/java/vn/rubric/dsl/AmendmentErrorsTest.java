package vn.rubric.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.rubric.dsl.Fixtures.codes;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.load.RubricLoader;

/** Each mistake a drafter can make in an amending rubric: its code, its line and what it names. */
class AmendmentErrorsTest {

    @TempDir
    Path dir;

    private Diagnostics check(String changes) {
        return Drafts.check(Drafts.draft(dir, changes));
    }

    private static Diagnostic only(Diagnostics d, String code) {
        List<Diagnostic> found = d.all().stream().filter(x -> x.code().equals(code)).toList();
        assertEquals(1, found.size(), code + " in " + d.all());
        return found.get(0);
    }

    /** The line of the draft (header + changes) holding {@code text}. */
    private static int line(String changes, String text) {
        return Fixtures.lineOf(Drafts.HEADER + changes, text);
    }

    private static String english(Diagnostic d) {
        return Messages.diagnostics(Locale.ENGLISH).render(d);
    }

    /**
     * The did-you-mean of a change's target is a fix: applied to the draft literally (quoted
     * item ids and plain tier labels alike), the draft validates. HintFixTest's corpus holds
     * whole rubrics; an amending one needs its base on disk, so it is tried here.
     */
    @Test
    void aMisspelledTargetsFixAppliedLiterallyGivesADraftThatValidates() throws java.io.IOException {
        for (String changes : List.of("""
                  - cite: Điều 1
                    item: "1.3"
                    set: { max: 6 }
                """, """
                  - cite: Điều 2
                    item: "1.1"
                    tier: da xu ly
                    set: { points: 2 }
                """)) {
            Path draft = Drafts.draft(dir, changes);
            Diagnostic d = only(Drafts.check(draft), "E-CHANGE-NOT-FOUND-SUGGEST");
            org.junit.jupiter.api.Assertions.assertNotNull(d.fix(), d.toString());
            String fixed = d.fix().applyTo(draft, java.nio.file.Files.readString(draft));
            org.junit.jupiter.api.Assertions.assertNotNull(fixed, "the edit does not match the draft: " + d.fix());
            java.nio.file.Files.writeString(draft, fixed);
            assertEquals(List.of(), Drafts.check(draft).all().stream().filter(Diagnostic::isError).toList(), fixed);
        }
    }

    @Test
    void anAmendsPathThatDoesNotExist() {
        Path draft = Drafts.file(dir.resolve("draft/rubric.yaml"), Drafts.HEADER.replace("../base", "../hung-yen-02-2021") + "  []\n");
        RubricLoader.Result r = RubricLoader.load(draft);
        assertNull(r.rubric());
        Diagnostic d = only(r.diagnostics(), "E-AMEND-BASE-MISSING");
        assertEquals(draft, d.pos().file());
        assertEquals(1, d.pos().line());
        assertEquals(9, d.pos().column());
        assertTrue(english(d).contains("\"../hung-yen-02-2021\" (looked for " + dir.resolve("hung-yen-02-2021") + ")"), english(d));
    }

    @Test
    void aCircleOfAmendmentsIsNamed() {
        Path a = Drafts.file(dir.resolve("a/rubric.yaml"), "amends: ../b\nregulation: { id: a }\nchanges: []\n");
        Path b = Drafts.file(dir.resolve("b/rubric.yaml"), "amends: ../a/rubric.yaml\nregulation: { id: b }\nchanges: []\n");
        RubricLoader.Result r = RubricLoader.load(a);
        assertNull(r.rubric());
        Diagnostic d = only(r.diagnostics(), "E-AMEND-CYCLE");
        assertEquals(b, d.pos().file());
        assertEquals(1, d.pos().line());
        assertTrue(english(d).contains(a + " → " + b + " → " + a), english(d));
        assertTrue(english(d).contains("(in the regulation this draft amends: " + b + ")"), english(d));
    }

    @Test
    void aPackThatAmendsItself() {
        Path a = Drafts.file(dir.resolve("a/rubric.yaml"), "amends: .\nregulation: { id: a }\nchanges: []\n");
        assertEquals(List.of("E-AMEND-CYCLE"), codes(RubricLoader.load(a).diagnostics()));
    }

    @Test
    void aChangeAimedAtWhatTheBaseDoesNotHaveSuggestsTheNearest() {
        String changes = """
                  - cite: Điều 1
                    item: "1.3"
                    set: { max: 2 }
                  - cite: Điều 2
                    item: "1.1"
                    tier: da xu ly
                    set: { points: 2 }
                  - cite: Điều 3
                    class: Tốt
                    set: { min: 6 }
                  - cite: Điều 4
                    parameter: tpo
                    set: { value: 8 }
                """;
        Diagnostics d = check(changes);
        assertEquals(List.of("E-CHANGE-NOT-FOUND-SUGGEST", "E-CHANGE-NOT-FOUND-SUGGEST", "E-CHANGE-NOT-FOUND", "E-CHANGE-NOT-FOUND-SUGGEST"), codes(d));
        List<Diagnostic> sorted = d.sorted();
        assertEquals(line(changes, "item: \"1.3\""), sorted.get(0).pos().line());
        assertEquals("the amended regulation has no item \"1.3\"\n    fix: did you mean \"1.1\"?", english(sorted.get(0)).replaceFirst("^[^ ]+ error E-CHANGE-NOT-FOUND-SUGGEST: ", ""));
        assertTrue(english(sorted.get(1)).contains("no tier of item 1.1 \"da xu ly\"") && english(sorted.get(1)).contains("did you mean \"đã xử lý\"?"), english(sorted.get(1)));
        assertTrue(english(sorted.get(2)).contains("it has: Xuất sắc, Khá, Yếu"), english(sorted.get(2)));
        assertEquals("top", sorted.get(3).args().get(2));
    }

    @Test
    void aChangeOnAnItemAnEarlierChangeRemovedNamesThatChangesLine() {
        String changes = """
                  - cite: Điều 1
                    criterion: "1"
                    remove: true
                  - cite: Điều 2
                    item: "1.2"
                    set: { max: 3 }
                """;
        Diagnostic d = only(check(changes), "E-CHANGE-REMOVED");
        assertEquals(line(changes, "cite: Điều 2"), d.pos().line());
        assertEquals(List.of("1.2", line(changes, "cite: Điều 1")), d.args().subList(1, 3));
        assertTrue(english(d).contains("item \"1.2\" was removed by the change on line " + line(changes, "cite: Điều 1")), english(d));
    }

    @Test
    void twoChangesToTheSameKeyNameBothLines() {
        String changes = """
                  - cite: Điều 1
                    item: "1.1"
                    tier: đã xử lý
                    set: { points: 2, text: Đã xử lý }
                  - cite: Điều 2
                    item: "1.1"
                    tier: đã xử lý
                    set: { points: 1 }
                """;
        Diagnostic d = only(check(changes), "E-CHANGE-TWICE");
        assertEquals(line(changes, "cite: Điều 2"), d.pos().line());
        assertTrue(english(d).contains("this change and the one on line " + line(changes, "cite: Điều 1") + " both change tier of item 1.1 \"đã xử lý\""), english(d));
    }

    @Test
    void twoSetsOfDifferentKeysCombine() {
        assertEquals(List.of(), codes(check("""
                  - cite: Điều 1
                    item: "1.1"
                    set: { title: Không để xảy ra điểm nóng }
                  - cite: Điều 2
                    item: "1.1"
                    tier: đã xử lý
                    set: { points: 2 }
                  - cite: Điều 3
                    item: "1.1"
                    set: { cite: "Điều 3, khoản 1" }
                """)));
    }

    @Test
    void conflictingOperationsOnOneThingOrOnAThingAndItsPart() {
        String changes = """
                  - cite: Điều 1
                    item: "1.2"
                    set: { max: 4 }
                  - cite: Điều 2
                    item: "1.2"
                    replace: { title: Công sở, max: 4, assessed: office }
                  - cite: Điều 3
                    item: "1.1"
                    tier: đã xử lý
                    set: { points: 2 }
                  - cite: Điều 4
                    item: "1.1"
                    set: { formula: 6 }
                  - cite: Điều 5
                    class: Khá
                    set: { min: 6 }
                  - cite: Điều 6
                    class: Khá
                    set: { otherwise: true }
                """;
        Diagnostics d = check(changes);
        List<Diagnostic> twice = d.sorted().stream().filter(x -> x.code().equals("E-CHANGE-TWICE")).toList();
        assertEquals(List.of(line(changes, "cite: Điều 2"), line(changes, "cite: Điều 4"), line(changes, "cite: Điều 6")),
                twice.stream().map(x -> x.pos().line()).toList());
        assertEquals(List.of(line(changes, "cite: Điều 1"), line(changes, "cite: Điều 3"), line(changes, "cite: Điều 5")),
                twice.stream().map(x -> x.args().get(2)).toList());
    }

    @Test
    void removingAThingAndAddingItAgainIsTwoChangesToIt() {
        String changes = """
                  - cite: Điều 1
                    parameter: top
                    remove: true
                  - cite: Điều 2
                    parameter: top
                    add: 8
                """;
        assertEquals(line(changes, "cite: Điều 1"), only(check(changes), "E-CHANGE-TWICE").args().get(2));
    }

    @Test
    void aChangeMustNameExactlyOneTargetAndDoExactlyOneThing() {
        String changes = """
                  - cite: Điều 1
                    set: { max: 2 }
                  - cite: Điều 2
                    item: "1.1"
                    criterion: "1"
                    set: { max: 2 }
                  - cite: Điều 3
                    item: "1.1"
                  - cite: Điều 4
                    item: "1.1"
                    set: { max: 6 }
                    remove: true
                  - cite: Điều 5
                    tier: đã xử lý
                    class: Khá
                    set: { min: 2 }
                """;
        Diagnostics d = check(changes);
        assertEquals(List.of("E-CHANGE-TARGET", "E-CHANGE-TARGET", "E-CHANGE-OP", "E-CHANGE-OP", "E-CHANGE-TIER-ITEM"), codes(d));
        assertTrue(english(d.sorted().get(0)).contains("this one names: nothing"));
        assertTrue(english(d.sorted().get(1)).contains("this one names: criterion, item"));
        assertTrue(english(d.sorted().get(3)).contains("this one says: set, remove"));
        assertEquals(line(changes, "tier: đã xử lý"), d.sorted().get(4).pos().line());
    }

    @Test
    void unknownKeysAreNamedWithTheNearestKnownOne() {
        String changes = """
                  - cite: Điều 1
                    item: "1.1"
                    tier: đã xử lý
                    sett: { points: 2 }
                  - cite: Điều 2
                    item: "1.2"
                    set: { maxx: 3 }
                """;
        Diagnostics d = check(Drafts.HEADER.isEmpty() ? "" : changes);
        assertEquals(List.of("E-CHANGE-OP", "E-UNKNOWN-KEY-SUGGEST", "E-UNKNOWN-KEY-SUGGEST"), codes(d));
        assertEquals("set", d.sorted().get(1).args().get(2));
        Diagnostic inSet = d.sorted().get(2);
        assertEquals(line(changes, "maxx"), inSet.pos().line());
        assertEquals("max", inSet.args().get(2));
    }

    @Test
    void anAmendingRubricHoldsAmendsRegulationAndChangesOnly() {
        Path draft = Drafts.file(dir.resolve("draft/rubric.yaml"), Drafts.HEADER + "  []\ncriteria: []\n");
        Drafts.file(dir.resolve("base/rubric.yaml"), Fixtures.MINI);
        Diagnostic d = only(RubricLoader.load(draft).diagnostics(), "E-UNKNOWN-KEY");
        assertTrue(english(d).contains("unknown key \"criteria\" in this amending rubric"), english(d));
    }

    @Test
    void theDraftRegulationNeedsItsOwnId() {
        Drafts.file(dir.resolve("base/rubric.yaml"), Fixtures.MINI);
        Path draft = Drafts.file(dir.resolve("draft/rubric.yaml"), "amends: ../base\nregulation:\n  cite: Dự thảo\nchanges: []\n");
        Diagnostic d = only(RubricLoader.load(draft).diagnostics(), "E-MISSING-KEY");
        assertEquals(draft, d.pos().file());
        assertEquals("id", d.args().get(0));
    }

    @Test
    void theRegulationsTitleIsWrittenOnceInTheBlockOrByAChange() {
        String changes = """
                  - cite: Điều 9
                    regulation:
                    set: { title: Quy định khác }
                """;
        Path draft = Drafts.file(dir.resolve("draft/rubric.yaml"), Drafts.HEADER.replace("  id: mini-draft\n", "  id: mini-draft\n  title: Quy định mới\n") + changes);
        Drafts.file(dir.resolve("base/rubric.yaml"), Fixtures.MINI);
        Diagnostic d = only(Drafts.check(draft), "E-CHANGE-TWICE");
        assertEquals(4, d.args().get(2), "the line of title: in the regulation block");
    }

    @Test
    void aBaseWithoutRatingOrCriteriaStillTakesAdditions() {
        String base = Fixtures.MINI.substring(0, Fixtures.MINI.indexOf("criteria:"));
        Path draft = Drafts.draft(dir, base, """
                  - cite: Điều 1
                    criterion: "1"
                    add: { title: Một, max: 10, items: [ { id: "1.1", title: Công sở, max: 10, assessed: office } ] }
                  - cite: Điều 2
                    class: Đạt
                    add: { otherwise: true }
                """);
        assertEquals(List.of("W-UNUSED-PARAMETER", "W-UNUSED-FIELD"), codes(Drafts.check(draft)));
    }

    @Test
    void whereAnAddedPartGoes() {
        String changes = """
                  - cite: Điều 1
                    item: "1.3"
                    add: { title: Mới, max: 1, assessed: office }
                  - cite: Điều 2
                    item: "1.4"
                    in: "7"
                    add: { title: Mới, max: 1, assessed: office }
                  - cite: Điều 3
                    item: "1.5"
                    in: "1"
                    after: "1.1"
                    add: { title: Mới, max: 1, assessed: office }
                  - cite: Điều 4
                    item: "1.1"
                    after: "1.2"
                    set: { max: 6 }
                  - cite: Điều 5
                    class: Trung bình
                    in: "1"
                    add: { min: 3 }
                """;
        Diagnostics d = check(changes);
        List<String> found = codes(d).stream().filter(c -> c.startsWith("E-CHANGE")).toList();
        assertEquals(List.of("E-CHANGE-WHERE", "E-CHANGE-NOT-FOUND-SUGGEST", "E-CHANGE-PLACE-BOTH", "E-CHANGE-PLACE", "E-CHANGE-PLACE"), found);
        Diagnostic noCriterion = d.sorted().stream().filter(x -> x.code().equals("E-CHANGE-NOT-FOUND-SUGGEST")).findFirst().orElseThrow();
        assertEquals(line(changes, "in: \"7\""), noCriterion.pos().line());
        assertTrue(english(noCriterion).contains("has no criterion (or section bonus, deductions) \"7\""), english(noCriterion));
    }

    @Test
    void whatCannotBeChangedSo() {
        String changes = """
                  - cite: Điều 1
                    section: bonuses
                    set: { max: 2 }
                  - cite: Điều 2
                    regulation:
                    replace: { title: Mới }
                  - cite: Điều 3
                    regulation:
                    set: { decision: Quyết định số 2/2026 }
                  - cite: Điều 4
                    item: "1.1"
                    set: { id: "1.9" }
                  - cite: Điều 5
                    item: "1.2"
                    tier: đủ
                    set: { points: 4 }
                  - cite: Điều 6
                    item: "1.1"
                    remove: false
                  - cite: Điều 7
                    section: bonus
                    set: { max: 2 }
                """;
        assertEquals(List.of("E-CHANGE-SECTION", "E-CHANGE-REGULATION-OP", "E-CHANGE-SET-REGULATION", "E-CHANGE-SET-ID",
                "E-CHANGE-NO-TIERS", "E-TYPE-VALUE", "E-CHANGE-NOT-FOUND"), codes(check(changes)));
    }

    @Test
    void anAddedPartMustBeNewAndCarryTheNameTheChangeGives() {
        String changes = """
                  - cite: Điều 1
                    item: "1.1"
                    in: "1"
                    add: { title: Mới, max: 1, assessed: office }
                  - cite: Điều 2
                    item: "1.3"
                    in: "1"
                    add: { id: "1.4", title: Mới, max: 1, assessed: office }
                  - cite: Điều 3
                    criterion: "2"
                    add: Tiêu chí hai
                """;
        Diagnostics d = check(changes);
        assertEquals(List.of("E-CHANGE-EXISTS", "E-CHANGE-ID", "E-TYPE-VALUE"), codes(d));
        assertTrue(english(d.sorted().get(1)).contains("\"id: 1.4\" differs from the item this change names, \"1.3\""), english(d.sorted().get(1)));
    }

    @Test
    void aChangeWithoutACiteIsAWarning() {
        String changes = """
                  - item: "1.1"
                    tier: đã xử lý
                    set: { points: 2 }
                """;
        Diagnostics d = check(changes);
        assertEquals(List.of("W-CHANGE-NO-CITE"), codes(d));
        assertEquals("Dự thảo sửa đổi QĐ 1/2026", RubricLoader.load(dir.resolve("draft/rubric.yaml")).rubric().item("1.1").orElseThrow().cite());
    }

    @Test
    void everyAmendmentCodeReadsInBothLanguages() {
        Messages en = Messages.diagnostics(Locale.ENGLISH);
        Messages vi = Messages.diagnostics(Messages.VIETNAMESE);
        for (String code : List.of("E-AMEND-BASE-MISSING", "E-AMEND-CYCLE", "E-CHANGE-TARGET", "E-CHANGE-TIER-ITEM", "E-CHANGE-OP",
                "E-CHANGE-PLACE-BOTH", "E-CHANGE-PLACE", "E-CHANGE-SECTION", "E-CHANGE-REGULATION-OP", "E-CHANGE-SET-REGULATION",
                "E-CHANGE-SET-ID", "E-CHANGE-NOT-FOUND", "E-CHANGE-NOT-FOUND-SUGGEST", "E-CHANGE-EXISTS", "E-CHANGE-REMOVED",
                "E-CHANGE-TWICE", "E-CHANGE-ID", "E-CHANGE-WHERE", "E-CHANGE-NO-TIERS", "W-CHANGE-NO-CITE")) {
            assertTrue(en.has(code + ".message") && vi.has(code + ".message"), code);
            assertTrue(en.has(code + ".hint") == vi.has(code + ".hint"), code);
        }
    }
}
