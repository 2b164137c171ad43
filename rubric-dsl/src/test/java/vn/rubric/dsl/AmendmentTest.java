package vn.rubric.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.rubric.dsl.Fixtures.MINI;
import static vn.rubric.dsl.Fixtures.codes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.compile.DrlCompiler;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.load.RubricLoader;
import vn.rubric.dsl.model.Amendment;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.RatingClass;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.model.Scoring;
import vn.rubric.dsl.model.Tier;

/** An amending rubric is the regulation it amends with its changes applied: each operation, on each kind of part. */
class AmendmentTest {

    @TempDir
    Path dir;

    private Rubric effective(String changes) {
        Path draft = Drafts.draft(dir, changes);
        Diagnostics d = Drafts.check(draft);
        assertEquals(List.of(), d.all().stream().map(Diagnostic::toString).toList());
        return RubricLoader.load(draft).rubric();
    }

    private static Scoring.PickOne tiers(Rubric r, String item) {
        return (Scoring.PickOne) r.item(item).orElseThrow().scoring();
    }

    private static List<String> labels(Rubric r, String item) {
        return tiers(r, item).tiers().stream().map(Tier::label).toList();
    }

    private static List<String> itemIds(Rubric r) {
        return r.allItems().stream().map(Item::id).toList();
    }

    @Test
    void aRubricWrittenWholeAmendsNothing() {
        assertNull(RubricLoader.parse(Fixtures.FILE, MINI).rubric().amendment());
    }

    @Test
    void aTiersPointsAreSetAndTheItemCitesTheDraftWhileTheOthersKeepTheBase() {
        Rubric r = effective("""
                  - cite: Điều 1, khoản 1
                    item: "1.1"
                    tier: đã xử lý
                    set: { points: 2 }
                """);
        assertEquals(2.0, tiers(r, "1.1").tiers().get(1).points().value());
        assertEquals("Dự thảo sửa đổi QĐ 1/2026, Điều 1, khoản 1", r.item("1.1").orElseThrow().cite());
        assertEquals("QĐ 1/2026", r.item("1.2").orElseThrow().cite());
        assertEquals("Dự thảo sửa đổi QĐ 1/2026", r.regulation().cite());
    }

    @Test
    void theDraftHasItsOwnIdentityAndInheritsTitleAuthorityAndTotal() {
        Rubric r = effective("");
        assertEquals("mini-draft", r.regulation().id());
        assertEquals("Quy định thử", r.regulation().title());
        assertEquals(10.0, r.regulation().total());
        assertEquals("Dự thảo sửa đổi Quyết định số 1/2026/QĐ-UBND", r.regulation().decision());
        assertEquals(dir.resolve("draft/rubric.yaml"), r.file());
    }

    @Test
    void theAmendmentRecordsEveryChangeInOrderWithItsCite() {
        Rubric r = effective("""
                  - cite: Điều 1, khoản 1
                    class: Khá
                    set: { min: 6 }
                  - cite: Điều 1, khoản 2
                    item: "1.1"
                    tier: không có
                    set: { points: 6, text: Không để xảy ra điểm nóng }
                  - cite: Điều 1, khoản 3
                    parameter: top
                    set: { value: 8 }
                """);
        Amendment a = r.amendment();
        assertEquals(dir.resolve("base/rubric.yaml"), a.baseFile());
        assertEquals("mini", a.baseId());
        assertEquals(List.of(a.baseFile()), a.bases());
        assertEquals(List.of(
                new Amendment.Target(Amendment.Kind.RATING_CLASS, "Khá", null),
                new Amendment.Target(Amendment.Kind.TIER, "1.1", "không có"),
                new Amendment.Target(Amendment.Kind.PARAMETER, "top", null)), a.changes().stream().map(Amendment.Change::target).toList());
        assertEquals(List.of(List.of("min"), List.of("points", "text"), List.of("value")), a.changes().stream().map(Amendment.Change::keys).toList());
        assertEquals(List.of("Điều 1, khoản 1", "Điều 1, khoản 2", "Điều 1, khoản 3"), a.changes().stream().map(Amendment.Change::cite).toList());
        assertEquals(dir.resolve("draft/rubric.yaml"), a.changes().get(1).pos().file());
        assertEquals(10, a.changes().get(1).pos().line());
        assertEquals(6.0, r.rating().get(1).min().value());
        assertEquals(8.0, r.parameters().get("top").value());
    }

    @Test
    void anItemIsAddedInACriterionOrBesideAnotherItem() {
        Rubric r = effective("""
                  - cite: Điều 1, khoản 1
                    item: "1.4"
                    in: "1"
                    add: { title: Công khai, max: 1, assessed: office }
                  - cite: Điều 1, khoản 1
                    item: "1.3"
                    after: "1.2"
                    add: { title: Tiếp dân, max: 1, assessed: office, round-to: 0.25 }
                  - cite: Điều 1, khoản 1
                    item: "1.0"
                    before: "1.1"
                    add: { title: Kế hoạch, max: 1, cite: "Điều 1, khoản 1, điểm a", assessed: office }
                  - cite: Điều 1, khoản 1
                    criterion: "1"
                    set: { max: 13 }
                  - cite: Điều 1, khoản 1
                    regulation:
                    set: { total: 13 }
                """);
        assertEquals(List.of("1.0", "1.1", "1.2", "1.3", "1.4"), itemIds(r));
        assertEquals("Dự thảo sửa đổi QĐ 1/2026, Điều 1, khoản 1", r.item("1.4").orElseThrow().cite());
        assertEquals("Điều 1, khoản 1, điểm a", r.item("1.0").orElseThrow().cite(), "a cite the change writes is kept");
        assertEquals(13.0, r.regulation().total());
    }

    @Test
    void anItemIsReplacedOrRemoved() {
        Rubric r = effective("""
                  - cite: Điều 1, khoản 1
                    item: "1.2"
                    replace: { title: Công sở văn minh, max: 4, formula: office * 4 }
                  - cite: Điều 1, khoản 2
                    item: "1.1"
                    remove: true
                  - cite: Điều 1, khoản 2
                    criterion: "1"
                    set: { max: 4 }
                  - cite: Điều 1, khoản 2
                    regulation:
                    set: { total: 4 }
                  - cite: Điều 1, khoản 2
                    class: Xuất sắc
                    set: { min: 3.5, barred-if: [] }
                  - cite: Điều 1, khoản 2
                    class: Khá
                    set: { min: 2 }
                  - cite: Điều 1, khoản 2
                    parameter: top
                    remove: true
                  - cite: Điều 1, khoản 2
                    evidence: hot_spot
                    remove: true
                """);
        assertEquals(List.of("1.2"), itemIds(r));
        assertInstanceOf(Scoring.Formula.class, r.item("1.2").orElseThrow().scoring());
        assertTrue(r.evidence().containsKey("office") && !r.evidence().containsKey("hot_spot"));
        assertTrue(r.rating().get(0).barredIf().isEmpty());
    }

    @Test
    void settingOneWayOfScoringDropsTheOtherAndWhatOnlyItUsed() {
        Rubric r = effective("""
                  - cite: Điều 1, khoản 1
                    item: "1.2"
                    set:
                      pick-one:
                        - { label: văn minh, when: office >= 0.5, points: 4 }
                        - { label: chưa văn minh, otherwise: true, points: 0 }
                """);
        // assessed and its round-to are gone; a pick-one with round-to would be an unknown key
        assertEquals(List.of("văn minh", "chưa văn minh"), labels(r, "1.2"));
    }

    @Test
    void tiersAreAddedAboveTheFallbackReplacedAndRemoved() {
        Rubric r = effective("""
                  - cite: Điều 1, khoản 1
                    item: "1.1"
                    tier: đang xử lý
                    add: { when: hot_spot == unhandled and office >= 0.5, points: 1 }
                  - cite: Điều 1, khoản 1
                    item: "1.1"
                    tier: không có
                    replace: { text: Không xảy ra điểm nóng, when: hot_spot == none, points: 6 }
                  - cite: Điều 1, khoản 1
                    item: "1.1"
                    tier: chưa xử lý
                    remove: true
                  - cite: Điều 1, khoản 1
                    item: "1.1"
                    tier: bất kỳ
                    after: đang xử lý
                    add: { otherwise: true, points: 0 }
                """);
        assertEquals(List.of("không có", "đã xử lý", "đang xử lý", "bất kỳ"), labels(r, "1.1"));
        assertEquals("Không xảy ra điểm nóng", tiers(r, "1.1").tiers().get(0).text());
        assertTrue(tiers(r, "1.1").tiers().get(3).isFallback());
    }

    @Test
    void aTiersConditionReplacesItsOtherwise() {
        Rubric r = effective("""
                  - cite: Điều 1, khoản 1
                    item: "1.1"
                    tier: chưa xử lý
                    set: { when: hot_spot == unhandled }
                """);
        assertTrue(tiers(r, "1.1").tiers().stream().noneMatch(Tier::isFallback));
    }

    @Test
    void criteriaAreAddedReplacedAndRemoved() {
        Rubric r = effective("""
                  - cite: Điều 2
                    criterion: "2"
                    add:
                      title: Tiêu chí hai
                      max: 10
                      items:
                        - { id: "2.1", title: Công sở, max: 10, assessed: office }
                  - cite: Điều 3
                    criterion: "0"
                    before: "1"
                    add:
                      title: Tiêu chí không
                      max: 5
                      cite: QĐ khác, Điều 9
                      items:
                        - { id: "0.1", title: Công sở, max: 5, assessed: office }
                  - cite: Điều 4
                    criterion: "1"
                    remove: true
                  - cite: Điều 4
                    regulation:
                    set: { total: 15, title: "Quy định thử, sửa đổi" }
                  - cite: Điều 4
                    evidence: hot_spot
                    remove: true
                  - cite: Điều 4
                    class: Xuất sắc
                    replace: { min: top }
                """);
        assertEquals(List.of("0", "2"), r.criteria().stream().map(c -> c.id()).toList());
        assertEquals("Dự thảo sửa đổi QĐ 1/2026, Điều 2", r.item("2.1").orElseThrow().cite(), "items of an added criterion cite its change");
        assertEquals("QĐ khác, Điều 9", r.item("0.1").orElseThrow().cite());
        assertEquals("Quy định thử, sửa đổi", r.regulation().title());
    }

    @Test
    void classesAreAddedAboveTheFallbackAndGetQuotasAndBars() {
        Rubric r = effective("""
                  - cite: Điều 1
                    class: Trung bình
                    add: { min: 3 }
                  - cite: Điều 1
                    class: Tốt
                    after: Xuất sắc
                    add: { min: 7 }
                  - cite: Điều 2
                    class: Xuất sắc
                    set:
                      quota: { at-most-percent: 20, tie-break: ["1"] }
                      barred-if:
                        - when: hot_spot != none
                          because: Có điểm nóng
                  - cite: Điều 3
                    class: Khá
                    remove: true
                """);
        assertEquals(List.of("Xuất sắc", "Tốt", "Trung bình", "Yếu"), r.rating().stream().map(RatingClass::name).toList());
        assertEquals(20.0, r.rating().get(0).quota().percent().value());
        assertEquals("Có điểm nóng", r.rating().get(0).barredIf().get(0).because());
    }

    @Test
    void parametersAndEvidenceAreAddedSetAndRemoved() {
        String base = MINI.replace("top: { value: 9, label: Điểm tối thiểu xếp loại xuất sắc }", "top: 9");
        Path draft = Drafts.draft(dir, base, """
                  - cite: Điều 1
                    parameter: top
                    set: { label: Điểm xuất sắc }
                  - cite: Điều 1
                    parameter: good
                    add: 5
                  - cite: Điều 1
                    class: Khá
                    set: { min: good }
                  - cite: Điều 2
                    evidence: office
                    set: { label: Văn hóa công sở (đoàn thẩm định), default: 0.5 }
                  - cite: Điều 2
                    evidence: staff
                    before: office
                    add: { label: Cán bộ, type: count, default: 0 }
                  - cite: Điều 2
                    class: Xuất sắc
                    set: { barred-if: [ "hot_spot == unhandled", "staff > 100" ] }
                """);
        Diagnostics d = Drafts.check(draft);
        assertEquals(List.of(), d.all().stream().map(Diagnostic::toString).toList());
        Rubric r = RubricLoader.load(draft).rubric();
        assertEquals(9.0, r.parameters().get("top").value());
        assertEquals("Điểm xuất sắc", r.parameters().get("top").label());
        assertEquals(5.0, r.parameters().get("good").value());
        assertEquals(List.of("hot_spot", "staff", "office"), List.copyOf(r.evidence().keySet()));
        assertEquals(0.5, r.evidence().get("office").defaultValue());
    }

    @Test
    void bonusAndDeductionsAreAddedSetAndRemoved() {
        String base = MINI.replace("rating:", """
                deductions:
                  max: 2
                  items:
                    - { id: "TR.1", title: Chậm báo cáo, max: 2, assessed: office }
                rating:""");
        Path draft = Drafts.draft(dir, base, """
                  - cite: Điều 3
                    section: bonus
                    add:
                      max: 1
                      items:
                        - { id: "T.1", title: Sáng kiến, max: 1, assessed: office }
                  - cite: Điều 4
                    section: deductions
                    set: { max: 3, title: Điểm trừ mới }
                  - cite: Điều 4
                    item: "TR.1"
                    set: { max: 3 }
                """);
        assertEquals(List.of(), Drafts.check(draft).all().stream().map(Diagnostic::toString).toList());
        Rubric r = RubricLoader.load(draft).rubric();
        assertEquals(1.0, r.bonus().max());
        assertEquals("Dự thảo sửa đổi QĐ 1/2026, Điều 3", r.item("T.1").orElseThrow().cite());
        assertEquals("Điểm trừ mới", r.deductions().title());
        assertEquals(3.0, r.item("TR.1").orElseThrow().max());

        Path removing = Drafts.draft(dir, base, """
                  - cite: Điều 4
                    section: deductions
                    remove: true
                """);
        assertNull(RubricLoader.load(removing).rubric().deductions());
    }

    @Test
    void anItemChangedTwiceCitesBothArticles() {
        Rubric r = effective("""
                  - cite: Điều 1, khoản 1
                    item: "1.1"
                    tier: đã xử lý
                    set: { points: 2 }
                  - cite: Điều 1, khoản 2
                    item: "1.1"
                    set: { title: Không để xảy ra điểm nóng kéo dài }
                """);
        assertEquals("Dự thảo sửa đổi QĐ 1/2026, Điều 1, khoản 1; Điều 1, khoản 2", r.item("1.1").orElseThrow().cite());
    }

    @Test
    void aDraftOfADraftRestsOnBoth() {
        Drafts.draft(dir, """
                  - cite: Điều 1
                    item: "1.1"
                    tier: đã xử lý
                    set: { points: 2 }
                """);
        Path second = Drafts.file(dir.resolve("second/rubric.yaml"), """
                amends: ../draft/rubric.yaml
                regulation:
                  id: mini-draft-2
                  cite: Dự thảo 2
                changes:
                  - cite: Điều 5
                    item: "1.1"
                    tier: chưa xử lý
                    set: { points: 1 }
                """);
        assertEquals(List.of(), Drafts.check(second).all().stream().map(Diagnostic::toString).toList());
        Rubric r = RubricLoader.load(second).rubric();
        assertEquals(List.of(6.0, 2.0, 1.0), tiers(r, "1.1").tiers().stream().map(t -> t.points().value()).toList());
        assertEquals("Dự thảo 2, Điều 5", r.item("1.1").orElseThrow().cite());
        assertEquals("QĐ 1/2026", r.item("1.2").orElseThrow().cite());
        assertEquals("mini-draft", r.amendment().baseId());
        assertEquals(List.of(dir.resolve("draft/rubric.yaml"), dir.resolve("base/rubric.yaml")), r.amendment().bases());
        assertEquals(1, r.amendment().changes().size());
    }

    @Test
    void anEditorBufferIsLoadedWithItsBaseFromDisk() throws Exception {
        Path draft = Drafts.draft(dir, "");
        String unsaved = Drafts.HEADER + """
                  - cite: Điều 1
                    class: Khá
                    set: { min: 6 }
                """;
        Rubric r = RubricLoader.parse(draft, unsaved).rubric();
        assertEquals(6.0, r.rating().get(1).min().value());
        assertEquals("", Files.readString(draft, StandardCharsets.UTF_8).substring(Drafts.HEADER.length()));
    }

    @Test
    void openTextsStandInForTheFilesOnDisk() {
        Path draft = Drafts.draft(dir, "");
        Path base = dir.resolve("base/rubric.yaml").toAbsolutePath().normalize();
        String unsavedBase = MINI.replace("min: 5", "min: 4");
        Rubric r = RubricLoader.load(draft, p -> p.equals(base) ? unsavedBase : null).rubric();
        assertEquals(4.0, r.rating().get(1).min().value());
    }

    @Test
    void aFindingOnABaseLineNamesThatLineAndSaysItIsInTheAmendedRegulation() {
        Path draft = Drafts.draft(dir, """
                  - cite: Điều 1
                    evidence: office
                    remove: true
                """);
        Diagnostics d = Drafts.check(draft);
        assertEquals(List.of("E-UNKNOWN-NAME"), codes(d));
        Diagnostic unknown = d.all().get(0);
        Path base = dir.resolve("base/rubric.yaml");
        assertEquals(base, unknown.pos().file());
        assertEquals(Fixtures.lineOf(MINI, "assessed: office"), unknown.pos().line());
        String en = Messages.diagnostics(Locale.ENGLISH).render(unknown);
        assertTrue(en.startsWith(base + ":" + unknown.pos().line() + ":"), en);
        assertTrue(en.contains("(in the regulation this draft amends: " + base + ")"), en);
        assertTrue(Messages.diagnostics(Messages.VIETNAMESE).render(unknown).contains("(trong quy định được sửa đổi: " + base + ")"));
    }

    @Test
    void aFindingOnADraftLineNamesTheDraftLine() {
        Path draft = Drafts.draft(dir, """
                  - cite: Điều 1
                    item: "1.1"
                    tier: không có
                    set: { points: 8 }
                """);
        Diagnostic d = Drafts.check(draft).all().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals(draft, d.pos().file());
        assertNull(d.note());
    }

    @Test
    void theCompiledRulesSayWhichFileALineIsIn() {
        Rubric r = effective("""
                  - cite: Điều 1
                    item: "1.1"
                    tier: đã xử lý
                    set: { points: 2 }
                """);
        String drl = DrlCompiler.compile(r).drl();
        assertTrue(drl.contains("@source(\"../base/rubric.yaml:" + Fixtures.lineOf(MINI, "id: \"1.2\"") + "\")"), drl);
        assertNotNull(r.amendment());
    }
}
